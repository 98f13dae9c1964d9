using System.Text.RegularExpressions;
using Jixiao.Disclosures;
using Jixiao.Text;

namespace Jixiao.Rules.Documents;

/// <summary>
/// DOC-03: the unit budget's fiscal year is known, and the table headers agree with it and with each other: one
/// 预算年度 (also a year in a title or in a year column such as 2023年合计), one budget unit (<c>362001兴隆县医疗保障局本级</c>,
/// <c>单位名称：某县医疗保障局</c>), one amount unit (万元).
/// </summary>
public sealed partial class HeadersAgree : IDisclosureRule
{
    public static readonly RuleInfo Info = new("DOC-03", Severity.Error, "预算年度可确定，各表表头的年度、单位、金额单位一致", "tables.md 表头");

    public IReadOnlyList<RuleInfo> Rules { get; } = [Info];

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Info.Id);
        if (disclosure.Year is null)
        {
            results.Add(new Finding(Info.Id, Info.Severity, "全文", "表头",
                "未能确定预算年度：表头没有“预算年度：”，标题和封面也没有年份")
            { Expected = "预算年度", Actual = "（无）" });
        }
        else results.Pass(Info.Id);
        if (disclosure.Tables.Count == 0) return;

        // 预算年度: each table's header against the document's year
        int? year = disclosure.Year?.Value;
        var yearsByTable = disclosure.Tables.Select(t => (Table: t, Years: YearsOf(t))).Where(x => x.Years.Count > 0).ToList();
        year ??= yearsByTable.SelectMany(x => x.Years).GroupBy(y => y).OrderByDescending(g => g.Count()).Select(g => (int?)g.Key).FirstOrDefault();
        foreach (var (table, years) in yearsByTable)
        {
            var other = years.Where(y => y != year).ToList();
            if (other.Count == 0) { results.Pass(Info.Id); continue; }
            results.Add(new Finding(Info.Id, Info.Severity, table.Subject, "表头",
                $"{table.Subject}表头的年度为 {string.Join("、", other)}，与本文件预算年度 {year} 不一致")
            { Expected = year?.ToString(System.Globalization.CultureInfo.InvariantCulture), Actual = string.Join("、", other), Line = table.Line == 0 ? null : table.Line });
        }

        Agree(results, disclosure, "预算单位", t => UnitOf(t));
        Agree(results, disclosure, "金额单位", t => t.Unit);
    }

    // The value most tables print is taken as the document's; every table that prints another is reported.
    private static void Agree(RuleResults results, Disclosure d, string what, Func<DisclosureTable, string?> valueOf)
    {
        var values = d.Tables.Select(t => (Table: t, Value: valueOf(t))).Where(x => !string.IsNullOrEmpty(x.Value)).ToList();
        if (values.Count < 2) return;
        var major = values.GroupBy(x => Names.Normalize(x.Value)).OrderByDescending(g => g.Count()).ThenBy(g => g.Min(x => x.Table.Template.Number)).First();
        var majorShown = major.First().Value;
        foreach (var (table, value) in values)
        {
            if (Names.Normalize(value) == major.Key) { results.Pass(Info.Id); continue; }
            results.Add(new Finding(Info.Id, Info.Severity, table.Subject, "表头",
                $"{table.Subject}表头的{what}为“{value}”，其他各表为“{majorShown}”")
            { Expected = majorShown, Actual = value, Line = table.Line == 0 ? null : table.Line });
        }
    }

    /// <summary>The years a table's header and title state.</summary>
    internal static List<int> YearsOf(DisclosureTable table)
    {
        var years = new List<int>();
        foreach (var cell in table.HeaderLines)
        {
            var n = Names.Normalize(cell);
            if (BudgetYear().Match(n) is { Success: true } m) years.Add(int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
            else if (YearColumn().Match(n) is { Success: true } c) years.Add(int.Parse(c.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        }
        if (TitleYear().Match(Names.Normalize(table.PrintedTitle)) is { Success: true } t)
            years.Add(int.Parse(t.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture));
        return years.Distinct().ToList();
    }

    /// <summary>The budget unit a table's header names, if any.</summary>
    internal static string? UnitOf(DisclosureTable table)
    {
        foreach (var cell in table.HeaderLines)
        {
            var n = Names.Normalize(cell);
            if (UnitCodeName().Match(n) is { Success: true } m) return m.Value;
            if (UnitName().Match(n) is { Success: true } u) return u.Groups[1].Value;
        }
        return null;
    }

    [GeneratedRegex(@"预算年度:?(\d{4})")]
    private static partial Regex BudgetYear();

    [GeneratedRegex(@"^(20\d{2})年(?:合计|预算数|预算)?$")]
    private static partial Regex YearColumn();

    [GeneratedRegex(@"^(20\d{2})年(?:度)?")]
    private static partial Regex TitleYear();

    [GeneratedRegex(@"^\d{6,15}[^\d:]{2,60}$")]
    private static partial Regex UnitCodeName();

    [GeneratedRegex(@"^(?:单位名称|预算单位|部门名称):(.{2,60})$")]
    private static partial Regex UnitName();
}
