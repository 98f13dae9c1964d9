using System.Globalization;
using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Rules.Targets;

/// <summary>
/// The 审核要点 of a target form that concern its money, its cost indicators and its two halves (performance-targets-domain.md):
/// TGT-MONEY-01/02/03, TGT-COST-01/02/03, TGT-HALF-01. Each finding names the project, the field and what was expected.
/// Not applicable to a document without target forms.
/// </summary>
public sealed class TargetFormRules : IDisclosureRule
{
    public static readonly RuleInfo SourcesAddUp = new("TGT-MONEY-01", Severity.Error, "项目资金各来源之和 = 资金总额（实施期、年度各一列）", "performance-targets-domain.md 审核要点：资金");
    public static readonly RuleInfo PeriodMatchesYear = new("TGT-MONEY-02", Severity.Error, "一年期项目实施期资金 = 年度资金；多年期项目实施期资金 = 年度资金 × 项目期", "performance-targets-domain.md 审核要点：资金");
    public static readonly RuleInfo SameSplit = new("TGT-MONEY-03", Severity.Error, "实施期与年度的资金来源构成一致", "performance-targets-domain.md 审核要点：资金");
    public static readonly RuleInfo CostWithinMoney = new("TGT-COST-01", Severity.Error, "成本指标（总成本）不超过项目资金", "performance-targets-domain.md 审核要点：成本指标");
    public static readonly RuleInfo CostPresent = new("TGT-COST-02", Severity.Error, "每张申报表都有成本指标", "performance-targets-domain.md 审核要点：成本指标");
    public static readonly RuleInfo UnitCostTimesCount = new("TGT-COST-03", Severity.Warning, "单位成本 × 数量 = 项目资金", "performance-targets-domain.md 审核要点：成本指标");
    public static readonly RuleInfo HalvesAgree = new("TGT-HALF-01", Severity.Warning, "一年期项目同一指标在实施期与年度的指标值相同", "performance-targets-domain.md 审核要点：两栏一致");

    public static readonly RuleInfo PlanRises = new("TGT-PLAN-01", Severity.Error, "资金支出计划逐期累计不减少，且年底达到 100%", "performance-targets-domain.md 审核要点：资金支出计划");

    public IReadOnlyList<RuleInfo> Rules { get; } = [SourcesAddUp, PeriodMatchesYear, SameSplit, CostWithinMoney, CostPresent, UnitCostTimesCount, HalvesAgree, PlanRises];

    /// <summary>Target forms are checked alone or inside a budget disclosure.</summary>
    public bool Reads(DocumentKind kind) => kind is DocumentKind.UnitBudget or DocumentKind.PerformanceTargets;

    public void Check(Disclosure disclosure, RuleResults results)
    {
        foreach (var r in Rules) results.Touch(r.Id);
        foreach (var form in FormFill.Filled(disclosure.TargetForms, results, Rules))
        {
            try
            {
                CheckForm(results, form);
            }
            catch (OverflowException)
            {
                // Figures beyond decimal's range (a garbled 28-digit number) cannot be computed with: no verdict on this form.
                foreach (var r in Rules) results.Insufficient(r.Id);
            }
        }
    }

    /// <summary>How findings name a form, as its layout calls it: 绩效目标申报表“离休干部业务经办费” (Shanxi) or 绩效目标表“宣传印刷费” (Hebei).</summary>
    public static string Subject(TargetForm form)
    {
        return $"{form.Shape.FormName}“{(form.Project.Name.Length > 0 ? form.Project.Name : form.PrintedLine is { } l ? $"第{l}行" : form.Project.Code)}”";
    }

    private static void CheckForm(RuleResults results, TargetForm form)
    {
        var d = form.Declaration;
        string subject = Subject(form);
        // A form of the year's column only (the Hebei 绩效目标表): the rules comparing the two columns do not apply to it.
        bool twoColumns = form.Shape.HasImplementationPeriod;
        // A money cell that could not be read (RD-CELL-01) leaves its source out: the sums would blame the form for the
        // reader's gap, so the money rules give no verdict on it; likewise a share of the plan.
        bool moneyUnread = form.Problems.Any(p => !IsPlanField(p.Field));
        if (moneyUnread)
        {
            results.Insufficient(SourcesAddUp.Id);
            if (twoColumns) { results.Insufficient(PeriodMatchesYear.Id); results.Insufficient(SameSplit.Id); }
        }
        else
        {
            if (twoColumns) CheckSources(results, subject, form, "实施期", d.ImplementationFunds);
            CheckSources(results, subject, form, "年度", d.AnnualFunds);
            if (twoColumns) CheckPeriod(results, subject, form);
        }
        if (twoColumns) CheckCosts(results, subject, form, "实施期", d.ImplementationIndicators, d.ImplementationFunds.StatedTotal);
        CheckCosts(results, subject, form, "年度", d.AnnualIndicators, d.AnnualFunds.StatedTotal);
        if (twoColumns) CheckHalves(results, subject, form);
        if (form.Problems.Any(p => IsPlanField(p.Field))) results.Insufficient(PlanRises.Id);
        else if (d.SpendingPlan is { Points.Count: > 0 } plan) CheckPlan(results, subject, form, plan);
    }

    private static bool IsPlanField(string field) => field.StartsWith("资金支出计划", StringComparison.Ordinal);

    // 25% / 50% / 75% / 100%: cumulative shares never fall, and the last is 100 %.
    private static void CheckPlan(RuleResults results, string subject, TargetForm form, SpendingPlan plan)
    {
        var points = plan.Points;
        // each fault once: a share above 100 %, a fall, an end short of 100 % (the words only when one is found)
        string Printed() => string.Join(" / ", points.Select(p => $"{p.Label} {Pct(p.CumulativePercent)}%"));
        bool failed = false;
        for (int i = 0; i < points.Count; i++)
        {
            if (points[i].CumulativePercent <= 100m) continue;
            results.Add(new Finding(PlanRises.Id, PlanRises.Severity, subject, $"资金支出计划（{points[i].Label}）",
                $"资金支出计划是累计比例，{points[i].Label} 的 {Pct(points[i].CumulativePercent)}% 超过 100%（{Printed()}）")
            { Expected = "不超过 100%", Actual = $"{Pct(points[i].CumulativePercent)}%", Line = form.PrintedLine });
            failed = true;
            break;
        }
        for (int i = 1; i < points.Count; i++)
        {
            if (points[i].CumulativePercent >= points[i - 1].CumulativePercent) continue;
            results.Add(new Finding(PlanRises.Id, PlanRises.Severity, subject, $"资金支出计划（{points[i].Label}）",
                $"资金支出计划是累计比例，{points[i].Label} 的 {Pct(points[i].CumulativePercent)}% 低于 {points[i - 1].Label} 的 {Pct(points[i - 1].CumulativePercent)}%（{Printed()}）")
            { Expected = $"不低于 {Pct(points[i - 1].CumulativePercent)}%", Actual = $"{Pct(points[i].CumulativePercent)}%", Line = form.PrintedLine });
            failed = true;
            break;
        }
        if (points[^1].CumulativePercent < 100m)
        {
            results.Add(new Finding(PlanRises.Id, PlanRises.Severity, subject, $"资金支出计划（{points[^1].Label}）",
                $"资金支出计划到 {points[^1].Label} 累计 {Pct(points[^1].CumulativePercent)}%，年度资金应全部支出，应为 100%（{Printed()}）")
            { Expected = "100%", Actual = $"{Pct(points[^1].CumulativePercent)}%", Line = form.PrintedLine });
            failed = true;
        }
        if (!failed) results.Pass(PlanRises.Id);
    }

    private static string Pct(decimal p) => p.ToString("0.##", CultureInfo.InvariantCulture);

    private static string Yuan(Yuan y) => y.Value.ToString("#,##0.00", CultureInfo.InvariantCulture) + " 元";

    private static void CheckSources(RuleResults results, string subject, TargetForm form, string column, DeclaredFunds funds)
    {
        if (funds.StatedTotal is not { } total) { results.Insufficient(SourcesAddUp.Id); return; }
        if (funds.Sources.Count == 0) { results.Insufficient(SourcesAddUp.Id); return; }
        var sum = funds.SourcesTotal;
        if (sum == total) { results.Pass(SourcesAddUp.Id); return; }
        results.Add(new Finding(SourcesAddUp.Id, SourcesAddUp.Severity, subject, $"项目资金（{column}）",
            $"{column}各资金来源之和 {Yuan(sum)}，与{column}资金总额 {Yuan(total)} 不等（相差 {Yuan(new Yuan(total.Value - sum.Value))}）")
        { Expected = Yuan(total), Actual = Yuan(sum), Line = form.PrintedLine });
    }

    private static void CheckPeriod(RuleResults results, string subject, TargetForm form)
    {
        var d = form.Declaration;
        if (d.ImplementationFunds.StatedTotal is not { } period || d.AnnualFunds.StatedTotal is not { } year)
        {
            results.Insufficient(PeriodMatchesYear.Id);
            results.Insufficient(SameSplit.Id);
            return;
        }
        int years = d.PeriodYears ?? (d.Nature == ProjectNature.OneOff ? 1 : 0);
        if (years <= 0) results.Insufficient(PeriodMatchesYear.Id);
        else
        {
            var expected = new Yuan(year.Value * years);
            if (period == expected) results.Pass(PeriodMatchesYear.Id);
            else results.Add(new Finding(PeriodMatchesYear.Id, PeriodMatchesYear.Severity, subject, "项目资金（实施期、年度）",
                years == 1
                    ? $"项目期 1 年，实施期资金总额 {Yuan(period)} 应等于年度资金总额 {Yuan(year)}"
                    : $"项目期 {years} 年，实施期资金总额 {Yuan(period)} 应为年度资金总额 {Yuan(year)} × {years} = {Yuan(expected)}")
            { Expected = Yuan(expected), Actual = Yuan(period), Line = form.PrintedLine });
        }

        // The sources with money in one column must be the sources with money in the other. A one-year project has the
        // same amounts too — compared only when both columns add up and their totals agree, since otherwise TGT-MONEY-01
        // or TGT-MONEY-02 already says what differs.
        var periodSources = d.ImplementationFunds.Sources.Where(s => s.Amount.Value != 0).Select(s => s.Source).Distinct().Order().ToArray();
        var yearSources = d.AnnualFunds.Sources.Where(s => s.Amount.Value != 0).Select(s => s.Source).Distinct().Order().ToArray();
        if (periodSources.Length == 0 && yearSources.Length == 0) { results.Insufficient(SameSplit.Id); return; }
        bool same = periodSources.SequenceEqual(yearSources)
            && (years != 1 || period != year || !AddsUp(d.ImplementationFunds) || !AddsUp(d.AnnualFunds)
                || periodSources.All(s => d.ImplementationFunds.Of(s) == d.AnnualFunds.Of(s)));
        if (same) { results.Pass(SameSplit.Id); return; }
        results.Add(new Finding(SameSplit.Id, SameSplit.Severity, subject, "项目资金（资金来源）",
            $"实施期资金来自{Split(d.ImplementationFunds)}，年度资金来自{Split(d.AnnualFunds)}，两栏的资金来源不一致")
        { Expected = Split(d.ImplementationFunds), Actual = Split(d.AnnualFunds), Line = form.PrintedLine });
    }

    private static bool AddsUp(DeclaredFunds funds) => funds.StatedTotal is not { } total || funds.Sources.Count == 0 || funds.SourcesTotal == total;

    private static string Split(DeclaredFunds funds) =>
        string.Join("、", funds.Sources.Where(s => s.Amount.Value != 0).Select(s => $"{s.Source.ToChinese()} {Yuan(s.Amount)}")) is { Length: > 0 } text ? text : "（无）";

    private static void CheckCosts(RuleResults results, string subject, TargetForm form, string half, IReadOnlyList<Indicator> indicators, Yuan? money)
    {
        if (!form.IndicatorsPrinted) { results.Insufficient(CostPresent.Id); return; }
        var costs = indicators.Where(i => i.Level2 == Level2Indicator.Cost).ToList();
        if (costs.Count == 0)
        {
            results.Add(new Finding(CostPresent.Id, CostPresent.Severity, subject, $"{half}绩效指标（成本指标）",
                $"{half}绩效指标没有成本指标；成本指标为必填") { Expected = "至少一个成本指标", Actual = "无", Line = form.PrintedLine });
            return;
        }
        results.Pass(CostPresent.Id);
        foreach (var cost in costs)
        {
            var target = cost.Target;
            if (target.Kind == TargetValueKind.Unreadable) { results.Insufficient(CostWithinMoney.Id); continue; }
            if (target.Value is not { } value || target.Kind != TargetValueKind.Quantity || value.Unit.Dimension != Jixiao.Targets.Dimension.Money)
                continue; // a qualitative cost target, or one compared with a named amount: nothing to compute
            if (value.TryGetYuan(out var stated)) CheckTotalCost(results, subject, form, half, cost, stated, money);
            else CheckUnitCost(results, subject, form, half, cost, value, indicators, money);
        }
    }

    private static void CheckTotalCost(RuleResults results, string subject, TargetForm form, string half, Indicator cost, Yuan stated, Yuan? money)
    {
        if (money is not { } m) { results.Insufficient(CostWithinMoney.Id); return; }
        // Whatever its sign (≤ X, = X, even ≥ X), a cost target that names more than the money cannot be met with it.
        if (stated.Value <= m.Value) { results.Pass(CostWithinMoney.Id); return; }
        results.Add(new Finding(CostWithinMoney.Id, CostWithinMoney.Severity, subject, $"{half}成本指标“{cost.Name}”",
            $"{half}成本指标“{cost.Name}”的指标值“{cost.Target.Text}”即 {Yuan(stated)}，超过{half}资金总额 {Yuan(m)}")
        { Expected = $"不超过 {Yuan(m)}", Actual = $"{cost.Target.Text}（{Yuan(stated)}）", Line = form.LineOf(cost) });
    }

    // 18000元/年 (per person per year) × 2人 = 36,000 元: the count is the 数量指标 in the unit the cost is per, or, for a
    // cost per period (元/年), the first count.
    private static void CheckUnitCost(RuleResults results, string subject, TargetForm form, string half, Indicator cost, Quantity unitCost,
        IReadOnlyList<Indicator> indicators, Yuan? money)
    {
        if (money is not { } m) { results.Insufficient(UnitCostTimesCount.Id); return; }
        string per = unitCost.Unit.Per ?? "";
        var counts = indicators.Where(i => i.Level2 == Level2Indicator.Quantity && i.Target.Value is { } q && q.Unit.Dimension == Jixiao.Targets.Dimension.Count).ToList();
        var count = counts.FirstOrDefault(i => per.StartsWith(i.Target.Value!.Value.Unit.Text, StringComparison.Ordinal))
            ?? (per is "年" or "月" or "季度" || per.Length == 0
                ? counts.FirstOrDefault(i => i.Target.Value!.Value.Unit.Text is "人" or "名" or "户") ?? counts.FirstOrDefault()
                : null);
        if (count is null) { results.Insufficient(UnitCostTimesCount.Id); return; }
        var n = count.Target.Value!.Value;
        var product = new Yuan(unitCost.Value * unitCost.Unit.Factor * n.InBase);
        // ≤ a unit cost (or ≤ a count) only caps the product; = asks for the money exactly.
        bool caps = cost.Target.Comparison is Comparison.AtMost or Comparison.LessThan
            || count.Target.Comparison is Comparison.AtMost or Comparison.LessThan;
        if (product == m || (caps && product.Value <= m.Value) || cost.Target.Comparison is Comparison.AtLeast or Comparison.GreaterThan)
        {
            results.Pass(UnitCostTimesCount.Id);
            return;
        }
        results.Add(new Finding(UnitCostTimesCount.Id, UnitCostTimesCount.Severity, subject, $"{half}成本指标“{cost.Name}”",
            caps
                ? $"单位成本“{cost.Target.Text}”× 数量指标“{count.Name}”“{count.Target.Text}” = {Yuan(product)}，超过{half}资金总额 {Yuan(m)}"
                : $"单位成本“{cost.Target.Text}”× 数量指标“{count.Name}”“{count.Target.Text}” = {Yuan(product)}，与{half}资金总额 {Yuan(m)} 不等")
        { Expected = Yuan(m), Actual = Yuan(product), Line = form.LineOf(cost) });
    }

    private static void CheckHalves(RuleResults results, string subject, TargetForm form)
    {
        var d = form.Declaration;
        int years = d.PeriodYears ?? (d.Nature == ProjectNature.OneOff ? 1 : 0);
        if (years > 1) return; // a multi-year project's year is a part of its period: the values may differ
        if (years != 1 || d.ImplementationIndicators.Count == 0 || d.AnnualIndicators.Count == 0) { results.Insufficient(HalvesAgree.Id); return; }
        // An indicator listed twice (TGT-DUP-01) pairs its k-th 年度 row with its k-th 实施期 row.
        // (a dozen rows a half: index scans, nothing allocated)
        var annuals = d.AnnualIndicators;
        var periods = d.ImplementationIndicators;
        for (int a = 0; a < annuals.Count; a++)
        {
            var annual = annuals[a];
            int k = 0;
            for (int j = 0; j < a; j++) if (SameIndicator(annuals[j], annual)) k++;
            Indicator? period = null;
            for (int j = 0; j < periods.Count && period is null; j++)
                if (SameIndicator(periods[j], annual) && k-- == 0) period = periods[j];
            if (period is null) continue;
            if (Same(period.Target, annual.Target)) { results.Pass(HalvesAgree.Id); continue; }
            results.Add(new Finding(HalvesAgree.Id, HalvesAgree.Severity, subject, $"{IndicatorFramework.Name(annual.Level2)}“{annual.Name}”",
                $"一年期项目的“{annual.Name}”实施期指标值为“{period.Target.Text}”，年度指标值为“{annual.Target.Text}”，应相同")
            { Expected = period.Target.Text, Actual = annual.Target.Text, Line = form.LineOf(annual) });
        }
    }

    private static bool SameIndicator(Indicator a, Indicator b) => a.Level2 == b.Level2 && string.Equals(a.Name, b.Name, StringComparison.Ordinal);

    // The same value printed alike or differently (≥95% and ≥ 95 %).
    private static bool Same(TargetValue a, TargetValue b)
    {
        if (string.Equals(a.Text, b.Text, StringComparison.Ordinal) || IndicatorFramework.Compact(a.Text) == IndicatorFramework.Compact(b.Text)) return true;
        if (a.Kind != b.Kind || a.Comparison != b.Comparison) return false;
        return a.Value is { } x && b.Value is { } y && Quantity.TryCompare(x, y, out int order) && order == 0;
    }

}
