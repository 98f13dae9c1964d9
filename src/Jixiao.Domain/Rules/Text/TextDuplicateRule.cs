using Jixiao.Disclosures;
using Jixiao.Money;

namespace Jixiao.Rules.Text;

/// <summary>
/// TXT-DUP-01: a sentence that counts the same money twice. Parts listed together under a total where one part is a
/// component of another (judged from the tables: 对个人和家庭的补助, economic 类 303, stands wholly in the 人员经费 column
/// of the 基本支出 table, so it is already inside 人员支出), or parts whose sum exceeds their total while a subset of them
/// equals it.
/// </summary>
public sealed class TextDuplicateRule : IDisclosureRule
{
    public static readonly RuleInfo Info = new("TXT-DUP-01", Severity.Warning, "说明文字重复计算同一笔资金", "tables.md 勾稽关系：文字与表格");

    /// <summary>Lists longer than this are not searched for a subset equal to the total.</summary>
    public const int MaxSubsetSearch = 16;

    public IReadOnlyList<RuleInfo> Rules { get; } = [Info];

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Info.Id);
        var text = TextAnalysis.Of(disclosure);
        foreach (var (block, statement) in text.Statements())
        foreach (var list in statement.Lists)
        {
            if (list.Parent is null || list.Parts.Count < 2) continue;
            bool found = Nested(text, block, statement, list, results);
            if (!found) found = SubsetEqualsTotal(text, block, list, results);
            if (!found) results.Pass(Info.Id);
        }
    }

    private static bool Nested(TextAnalysis text, TextBlock block, ParsedStatement statement, StatedList list, RuleResults results)
    {
        bool found = false;
        var parts = list.Parts.Select(p => (Part: p, Reading: text.Read(p))).Where(x => x.Reading.Resolved && !x.Reading.PriorYear).ToArray();
        var reported = new HashSet<StatedAmount>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < parts.Length; i++)
        for (int j = 0; j < parts.Length; j++)
        {
            if (i == j || reported.Contains(parts[i].Part)) continue;
            var inner = parts[i];
            var outer = parts[j];
            bool same = inner.Reading.Targets.Any(a => outer.Reading.Targets.Any(b => a.Id == b.Id));
            if (same && i > j) continue; // the same money named twice: report at the second mention only once
            if (!inner.Reading.Targets.Any(a => outer.Reading.Targets.Any(b => text.Labels.Within(a, b, text.Disclosure)))) continue;
            reported.Add(inner.Part);
            found = true;
            var innerName = TextSumRule.ShortLabel(text, inner.Part);
            var outerName = TextSumRule.ShortLabel(text, outer.Part);
            var why = WhyWithin(text, inner.Reading, outer.Reading);
            results.Add(TextAnalysis.Finding(Info.Id, Info.Severity, block,
                $"“{TextSumRule.ShortLabel(text, list.Parent!)}”{list.Parent!.Printed}之下并列的“{innerName}”{inner.Part.Printed}已包含在“{outerName}”{outer.Part.Printed}之内{why}，" +
                $"同一笔资金被重复列示（分项合计 {TextAnalysis.Num(FigureComparison.Sum(list.Parts.Select(p => p.Figure)).Value)}）",
                $"{outerName}中已含{innerName}", $"{innerName}{inner.Part.Printed}"));
        }
        return found;
    }

    private static string WhyWithin(TextAnalysis text, AmountReading inner, AmountReading outer)
    {
        var fi = text.FiguresOf(inner);
        var fo = text.FiguresOf(outer);
        if (fi.Count == 0 || fo.Count == 0) return "";
        var i = fi[0];
        var o = fo[0];
        if (i.Table == o.Table && i.Row is { } row && o.Row is { Key: "total" })
        {
            // the inner row's money stands in the outer figure's column of the same table
            var part = i.Table.Parts.FirstOrDefault(p => p.Rows.Contains(row));
            int col = part is null ? -1 : part.Template.Columns.ToList().FindIndex(c => c.LabelFor(text.FiscalYear) == o.ColumnLabel);
            if (col >= 0 && col < row.Values.Length && row.Values[col] is { } v)
                return $"（{i.Table.Subject}中“{Tables.TableSumRules.RowName(row)}”{TextAnalysis.Num(i.Value.Value)} 全部列在“{o.ColumnLabel}”栏：{TextAnalysis.Num(v.Value)}）";
        }
        return $"（{i.Describe()} {TextAnalysis.Num(i.Value.Value)} 属于 {o.Describe()} {TextAnalysis.Num(o.Value.Value)}）";
    }

    private static bool SubsetEqualsTotal(TextAnalysis text, TextBlock block, StatedList list, RuleResults results)
    {
        var parent = list.Parent!;
        var parts = list.Parts;
        var sum = FigureComparison.Sum(parts.Select(p => p.Figure));
        if (FigureComparison.Compare(parent.Figure, sum) != Consistency.Inconsistent || sum.Value < parent.Figure.Value) return false;
        if (parts.Count > MaxSubsetSearch) return false;
        int n = parts.Count;
        int best = -1;
        for (int mask = 1; mask < (1 << n) - 1; mask++)
        {
            var subset = FigureComparison.Sum(Enumerable.Range(0, n).Where(i => (mask & (1 << i)) != 0).Select(i => parts[i].Figure));
            if (FigureComparison.Compare(parent.Figure, subset) == Consistency.Inconsistent) continue;
            if (best < 0 || System.Numerics.BitOperations.PopCount((uint)mask) > System.Numerics.BitOperations.PopCount((uint)best)) best = mask;
        }
        if (best < 0) return false;
        var extra = Enumerable.Range(0, n).Where(i => (best & (1 << i)) == 0).Select(i => parts[i]).ToArray();
        var kept = Enumerable.Range(0, n).Where(i => (best & (1 << i)) != 0).Select(i => parts[i]).ToArray();
        results.Add(TextAnalysis.Finding(Info.Id, Info.Severity, block,
            $"“{TextSumRule.ShortLabel(text, parent)}”{parent.Printed}之下所列分项合计 {TextAnalysis.Num(sum.Value)}，超过总数；" +
            $"其中 {string.Join(" + ", kept.Select(p => TextSumRule.ShortLabel(text, p) + p.Printed))} 已等于总数，" +
            $"{string.Join("、", extra.Select(p => "“" + TextSumRule.ShortLabel(text, p) + "”" + p.Printed))}疑为重复计算",
            parent.Printed, TextAnalysis.Num(sum.Value)));
        return true;
    }
}
