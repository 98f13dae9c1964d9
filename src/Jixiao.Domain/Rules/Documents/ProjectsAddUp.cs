using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Rules.Tables;
using Jixiao.Tables;
using Jixiao.Text;

namespace Jixiao.Rules.Documents;

/// <summary>
/// XT-10: the projects declared in the disclosure's performance target tables (<see cref="Disclosure.Projects"/>, each
/// converted from its unit to 万元) add up to the 项目支出 total of the 支出总表 (set H 表3, set S 表3): every project
/// money goes to carries targets (tables.md, “Between tables”).
/// </summary>
public sealed class ProjectsAddUp : IDisclosureRule
{
    public static readonly RuleInfo Info = new("XT-10", Severity.Error, "绩效目标表项目资金合计 = 支出总表项目支出合计", "tables.md 勾稽关系：表间");

    public IReadOnlyList<RuleInfo> Rules { get; } = [Info];

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Info.Id);
        if (disclosure.Projects.Count == 0) return;
        var summary = ExpenditureSummary(disclosure);
        if (summary is null) return;
        var (table, cell, row) = summary.Value;
        if (cell is null) { results.Insufficient(Info.Id); return; }
        if (disclosure.Projects.Any(p => p.Amount is null)) { results.Insufficient(Info.Id); return; }
        var sum = FigureComparison.Sum(disclosure.Projects.Select(p => InUnit(p, table.Unit)));
        FigureCheck.Compare(results, Info.Id, Info.Severity, table.Subject,
            $"行“合计”，列“项目支出” ↔ {disclosure.Projects.Count}张绩效目标表",
            $"{table.Subject}项目支出合计", cell.Value, sum,
            $"{disclosure.Projects.Count}个项目绩效目标表资金合计", row?.Line ?? table.Line);
    }

    /// <summary>The 支出总表 of the set (title ends with 支出总表, not 收支总表) and its 合计 × 项目支出 cell.</summary>
    internal static (DisclosureTable Table, Figure? Cell, DisclosureRow? Row)? ExpenditureSummary(Disclosure d)
    {
        foreach (var template in d.Set.Tables)
        {
            var title = Names.Normalize(template.Title);
            if (!title.EndsWith("支出总表", StringComparison.Ordinal) || title.EndsWith("收支总表", StringComparison.Ordinal)) continue;
            var part = template.Parts.FirstOrDefault(p => p.RowSource == RowSourceKind.Functional && p.ColumnIndex("project") >= 0);
            if (part is null) continue;
            var table = d.Table(template.Id);
            if (table is null) return null;
            var dp = table.Part(part.Key)!;
            int col = part.ColumnIndex("project");
            var total = dp.Row("total");
            if (!dp.ColumnPresent[col]) return (table, null, total);
            return (table, total is null ? null : total.Values[col], total);
        }
        return null;
    }

    /// <summary>
    /// A declared amount in the unit of the table it is compared with (元 or 万元): a form in 元 against a 万元 table is
    /// divided by 10 000, a form in 万元 against an exact 元 table multiplied — the precision travels with it.
    /// </summary>
    internal static Figure InUnit(DeclaredProject p, string tableUnit)
    {
        var f = p.Amount!.Value;
        bool formInYuan = Names.Normalize(p.Unit) == "元";
        bool tableInYuan = Names.Normalize(tableUnit) == "元";
        if (formInYuan == tableInYuan) return f;
        return formInYuan ? new Figure(f.Value / 10_000m, f.HalfWidth / 10_000m) : new Figure(f.Value * 10_000m, f.HalfWidth * 10_000m);
    }
}
