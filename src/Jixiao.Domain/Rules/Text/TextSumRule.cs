using Jixiao.Disclosures;
using Jixiao.Money;

namespace Jixiao.Rules.Text;

/// <summary>
/// TXT-SUM-01: a sentence that states a total and lists its parts (“共计安排16.18万元，主要用于…办公费4.55万元、差旅费1万元…”,
/// “预算安排2.5万元，其中：…公务用车购置及运维费1.5万元(其中：…)；公务接待费1万元”) — the parts at one nesting level add up
/// to the total; a bracketed “(其中：…)” is a list of its own under its part. Parts adding up to more than the total are an
/// error; parts adding up to less are an error only when the tables show the list is complete (a “其中” may name only
/// some parts) — without the tables that is insufficient_data.
/// </summary>
public sealed class TextSumRule : IDisclosureRule
{
    public static readonly RuleInfo Info = new("TXT-SUM-01", Severity.Error, "说明文字所列分项之和等于所述总数", "tables.md 勾稽关系：文字与表格");

    public IReadOnlyList<RuleInfo> Rules { get; } = [Info];

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Info.Id);
        var text = TextAnalysis.Of(disclosure);
        foreach (var (block, statement) in text.Statements())
        foreach (var list in statement.Lists)
        {
            if (list.Parent is not { } parent) continue;
            var sum = FigureComparison.Sum(list.Parts.Select(p => p.Figure));
            var consistency = FigureComparison.Compare(parent.Figure, sum);
            var what = Describe(text, statement, parent, list.Parts);
            var diff = Math.Abs(parent.Figure.Value - sum.Value);
            var tolerance = parent.Figure.HalfWidth + sum.HalfWidth;
            if (consistency == Consistency.Equal) { results.Pass(Info.Id); continue; }
            if (consistency == Consistency.WithinRounding)
            {
                results.Add(TextAnalysis.Finding(Info.Id, Severity.Info, block,
                    $"{what}：分项合计 {TextAnalysis.Num(sum.Value)}，相差 {TextAnalysis.Num(diff)}，在舍入容差 {TextAnalysis.Num(tolerance)} 内，属四舍五入差异",
                    TextAnalysis.Num(sum.Value), parent.Printed));
                continue;
            }
            if (sum.Value < parent.Figure.Value)
            {
                var complete = IsComplete(text, parent, list.Parts);
                if (complete is null) { results.Insufficient(Info.Id); continue; }
                if (complete == false) continue; // “其中” names only some of the parts: nothing to add up
            }
            results.Add(TextAnalysis.Finding(Info.Id, Info.Severity, block,
                $"{what}：分项合计 {TextAnalysis.Num(sum.Value)}，与所述总数 {parent.Printed} 相差 {TextAnalysis.Num(diff)}，超出舍入容差 {TextAnalysis.Num(tolerance)}" +
                (sum.Value > parent.Figure.Value ? "（分项之和大于总数）" : "（按表格，所列分项即总数的全部组成）"),
                TextAnalysis.Num(sum.Value), parent.Printed));
        }
    }

    /// <summary>
    /// Whether the parts make up the whole total according to the tables: the table figures of the parts (the stated
    /// amount where a part names nothing known) add up to the table figure of the total. Null when the total names no
    /// figure of the tables at hand.
    /// </summary>
    private static bool? IsComplete(TextAnalysis text, StatedAmount parent, IReadOnlyList<StatedAmount> parts)
    {
        var pr = text.Read(parent);
        if (!pr.Resolved || pr.PriorYear) return null;
        var total = text.FiguresOf(pr);
        if (total.Count == 0) return null;
        var figures = new List<Figure>();
        foreach (var part in parts)
        {
            var r = text.Read(part);
            var f = r.Resolved ? text.FiguresOf(r) : [];
            figures.Add(f.Count > 0 ? f[0].Value : part.Figure);
        }
        var sum = FigureComparison.Sum(figures);
        return total.Any(t => FigureComparison.Compare(t.Value, sum) != Consistency.Inconsistent);
    }

    internal static string Describe(TextAnalysis text, ParsedStatement statement, StatedAmount parent, IReadOnlyList<StatedAmount> parts) =>
        $"“{ShortLabel(text, parent)}”{parent.Printed} = " + string.Join(" + ", parts.Select(p => $"{ShortLabel(text, p)}{p.Printed}"));

    /// <summary>The name of an amount for messages: the vocabulary term, else the end of its label.</summary>
    internal static string ShortLabel(TextAnalysis text, StatedAmount a)
    {
        var r = text.Read(a);
        if (r.Match is { } m)
        {
            // the printed form of the term: the label's tail of the same length (keeps “（境）” and quotes as printed)
            var label = a.Label;
            return label.Length >= m.Term.Length ? TailLike(label, m.Term) : m.Term;
        }
        var l = a.Label.Trim();
        return l.Length <= 12 ? l : "…" + l[^12..];
    }

    private static string TailLike(string label, string term)
    {
        // the last stretch of the label whose key is the term (“因公出国（境）费” for 因公出国(境)费)
        for (int i = label.Length - 1; i >= 0; i--)
        for (int j = label.Length; j > i; j--)
            if (StatementParser.Key(label[i..j]) == term) return label[i..j].Trim();
        return term;
    }
}
