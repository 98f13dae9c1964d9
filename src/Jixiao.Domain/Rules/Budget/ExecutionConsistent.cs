using System.Globalization;
using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Money;
using Jixiao.Monitoring;
using Jixiao.Targets;

namespace Jixiao.Rules.Budget;

/// <summary>
/// PKG-08: a project's execution data hold together with its budget and declaration. Each indicator reading names an
/// annual indicator of the declaration (when one is declared): a reading of no declared indicator is monitored against
/// nothing (names compare as <see cref="Indicator.Matches"/> has them). Over the year's flows, 实际支出 ≤ 下达 ≤
/// 全年预算 (the adjusted budget, else the project's lines, else — no line names the project — the declaration's stated
/// 年度资金总额, else no verdict: never a budget of 0): beyond it an error, or an info when the execution explains it (evaluation-domain.md: “unless explained”). Money flowing from a source the declaration does not
/// plan (nor the adjusted budget) is a warning: a source forgotten in the declaration or mistyped in the flows.
/// </summary>
public sealed class ExecutionConsistent : IBudgetRule
{
    public RuleInfo Info { get; } = new("PKG-08", Severity.Error,
        "执行情况与预算、绩效目标一致：指标实际值对应年度绩效指标，实际支出 ≤ 下达资金 ≤ 全年预算（有说明时为提示），资金来源见于申报",
        "evaluation-domain.md 双监控；自评审核：资金");

    public void Check(UnitBudget budget, CatalogSet? catalogs, RuleResults results)
    {
        results.Touch(Info.Id);
        if (!budget.Projects.Any(p => p.Execution is { IsEmpty: false })) return;
        var money = budget.ProjectTotals();
        var subject = BudgetRuleText.Subject(budget);
        for (int i = 0; i < budget.Projects.Count; i++)
        {
            var p = budget.Projects[i];
            if (p.Execution is not { IsEmpty: false } x) continue;
            string where = $"$.projects[{i.ToString(CultureInfo.InvariantCulture)}].execution";
            string project = $"项目“{p.Name}”（{p.Code}）";
            CheckReadings(results, subject, where, project, p.Targets, x);
            // a project no line names has no lines' total (not a budget of 0): the stated total, else no verdict
            Yuan? lines = money.TryGetValue(p.Code, out var inLines) ? inLines : null;
            CheckMoney(results, subject, where, project, x, lines, p.Targets?.AnnualFunds.StatedTotal);
            CheckSources(results, subject, where, project, p.Targets, x);
        }
    }

    private void CheckReadings(RuleResults results, string subject, string where, string project, TargetDeclaration? declaration, ProjectExecution x)
    {
        if (x.Readings.Count == 0) return;
        var annual = declaration?.AnnualIndicators ?? [];
        if (annual.Count == 0) return; // nothing declared to hold the readings against
        for (int k = 0; k < x.Readings.Count; k++)
        {
            var r = x.Readings[k];
            string at = $"{where}.readings[{k.ToString(CultureInfo.InvariantCulture)}]";
            var named = annual.Where(a => a.IsNamedBy(r.Indicator)).ToList();
            var matching = r.Level2 is { } l2 ? named.Where(a => a.Level2 == l2).ToList() : named;
            string reading = $"{project}{Iso(r.AsOf)}的指标实际值“{r.Indicator}”";
            if (matching.Count == 1) { results.Pass(Info.Id); continue; }
            if (matching.Count > 1)
            {
                results.Add(new Finding(Info.Id, Severity.Error, subject, at + ".level2",
                    $"{reading}在年度绩效指标中不止一个（{string.Join("、", matching.Select(a => IndicatorFramework.Name(a.Level2)))}），须注明二级指标")
                { Expected = "二级指标（level2）", Actual = "（无）" });
                continue;
            }
            string message = named.Count > 0
                ? $"{reading}注明的二级指标“{IndicatorFramework.Name(r.Level2!.Value)}”与绩效目标不符（申报为“{IndicatorFramework.Name(named[0].Level2)}”）"
                : $"{reading}不是绩效目标中的年度指标";
            results.Add(new Finding(Info.Id, Severity.Error, subject, at + (named.Count > 0 ? ".level2" : ".indicator"), message)
            {
                Expected = named.Count > 0 ? IndicatorFramework.Name(named[0].Level2) : Names(annual),
                Actual = named.Count > 0 ? IndicatorFramework.Name(r.Level2!.Value) : r.Indicator,
            });
        }
    }

    private void CheckMoney(RuleResults results, string subject, string where, string project, ProjectExecution x, Yuan? lines, Yuan? stated)
    {
        if (x.Flows.Count == 0) return;
        var (released, spent) = x.Through(12);
        string explained = x.Explanation is { } e ? $"；已说明：{e}" : "，未说明原因（execution.explanation）";
        var severity = x.Explanation is null ? Severity.Error : Severity.Info;

        if (spent > released)
            results.Add(new Finding(Info.Id, severity, subject, where + ".flows",
                $"{project}实际支出 {Amount(spent)} 超过下达资金 {Amount(released)}（多 {Amount(spent - released)}）{explained}")
            { Expected = $"≤ {Amount(released)}", Actual = Amount(spent) });
        else results.Pass(Info.Id);

        (Yuan Amount, string What)? year = x.AdjustedTotal is { } adjusted ? (adjusted, "调整后的全年预算")
            : lines is { } l ? (l, "预算行合计")
            : stated is { } s ? (s, "申报的年度资金总额")
            : null;
        if (year is not { } y) { results.Insufficient(Info.Id); return; }
        if (released > y.Amount)
            results.Add(new Finding(Info.Id, severity, subject, where + ".flows",
                $"{project}下达资金 {Amount(released)} 超过{y.What} {Amount(y.Amount)}（多 {Amount(released - y.Amount)}）{explained}")
            { Expected = $"≤ {Amount(y.Amount)}", Actual = Amount(released) });
        else results.Pass(Info.Id);
    }

    private void CheckSources(RuleResults results, string subject, string where, string project, TargetDeclaration? declaration, ProjectExecution x)
    {
        if (declaration is null || x.Flows.Count == 0) return;
        var planned = declaration.AnnualFunds.Sources.Where(s => s.Amount.Value != 0m).Select(s => s.Source)
            .Concat(x.AdjustedBudget.Where(s => s.Amount.Value != 0m).Select(s => s.Source)).ToHashSet();
        if (planned.Count == 0) return; // a declaration that splits no money has no sources to hold the flows against
        var reported = new HashSet<FundSource>();
        for (int k = 0; k < x.Flows.Count; k++)
        {
            var source = x.Flows[k].Source;
            if (Covered(source, planned)) { results.Pass(Info.Id); continue; }
            if (!reported.Add(source)) continue;
            results.Add(new Finding(Info.Id, Severity.Warning, subject, $"{where}.flows[{k.ToString(CultureInfo.InvariantCulture)}].source",
                $"{project}有来自“{source.ToChinese()}”的资金，绩效目标申报的年度资金来源中没有它（{string.Join("、", planned.Select(s => s.ToChinese()))}）")
            { Expected = string.Join("、", planned.Select(s => s.ToChinese())), Actual = source.ToChinese() });
        }
    }

    private static readonly FundSource[] Levels = [FundSource.Central, FundSource.Provincial, FundSource.Local];

    /// <summary>财政资金 (a Hebei form's one line for every level of government) covers the levels, and a level covers it.</summary>
    private static bool Covered(FundSource source, HashSet<FundSource> planned) =>
        planned.Contains(source)
        || (Levels.Contains(source) && planned.Contains(FundSource.Fiscal))
        || (source == FundSource.Fiscal && Levels.Any(planned.Contains));

    private static string Names(IReadOnlyList<Indicator> indicators)
    {
        var names = indicators.Select(a => a.Name).Where(n => n.Length > 0).Distinct().ToList();
        return string.Join("、", names.Take(8)) + (names.Count > 8 ? $" 等 {names.Count} 项" : "");
    }

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Amount(Yuan v) => BudgetRuleText.Yuan(v.Value);
}
