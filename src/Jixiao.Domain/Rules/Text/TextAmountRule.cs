using Jixiao.Disclosures;
using Jixiao.Money;

namespace Jixiao.Rules.Text;

/// <summary>
/// TXT-AMT-01: every amount of the explanations whose label names a table figure (收入, 一般公共预算拨款收入, 支出预算,
/// a 类 or an economic item, 人员经费, 机关运行经费, a “三公” item …) equals that figure, under interval logic. An amount
/// printed with fewer than two decimals is read at two (1万元 = 1.00 ± 0.005: published text drops trailing zeros, so the
/// missing decimals are no tolerance). Only an amount that still has three significant digits (6596万元, 16.2万元) and
/// matches at its own precision is taken for a deliberate rounding: a warning, not an error. An approximate amount
/// (约…, …左右) keeps its own precision. A label that names nothing known is not a finding; a needed table that is absent makes
/// the amount insufficient_data.
/// </summary>
public sealed class TextAmountRule : IDisclosureRule
{
    public static readonly RuleInfo Info = new("TXT-AMT-01", Severity.Error, "说明文字所列金额与表格数字一致", "tables.md 勾稽关系：文字与表格");

    public IReadOnlyList<RuleInfo> Rules { get; } = [Info];

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Info.Id);
        var text = TextAnalysis.Of(disclosure);
        foreach (var (match, block, statement) in Matches(text))
        {
            if (match.Figures.Count == 0)
            {
                results.Insufficient(Info.Id);
                continue;
            }
            Compare(results, text, block, statement, match);
        }
    }

    /// <summary>
    /// Every amount whose label names a table figure, with the figures it was compared with (last year's amounts only
    /// when last year's tables are at hand).
    /// </summary>
    public static IReadOnlyList<TextAmountMatch> Match(Disclosure disclosure) =>
        Matches(TextAnalysis.Of(disclosure)).Select(m => m.Match).ToArray();

    private static IEnumerable<(TextAmountMatch Match, TextBlock Block, ParsedStatement Statement)> Matches(TextAnalysis text)
    {
        var disclosure = text.Disclosure;
        foreach (var (block, statement) in text.Statements())
        foreach (var amount in statement.Amounts)
        {
            if (amount.Role != AmountRole.Level) continue;
            var reading = text.Read(amount);
            if (!reading.Resolved) continue;
            var source = disclosure;
            if (reading.PriorYear)
            {
                if (disclosure.PriorYear is null) continue; // last year's figure, and last year's tables are not at hand
                source = disclosure.PriorYear;
            }
            var figures = text.FiguresOf(reading, source);
            var best = figures.Select(f => (Figure: f, C: FigureComparison.Compare(amount.Figure, f.Value))).OrderBy(x => x.C).FirstOrDefault();
            yield return (new TextAmountMatch(block.Paragraph.Section, block.Paragraph.Line, amount, reading.Match!.Term, reading.PriorYear, figures,
                best.Figure, best.Figure is null ? null : best.C), block, statement);
        }
    }

    private static void Compare(RuleResults results, TextAnalysis text, TextBlock block, ParsedStatement statement, TextAmountMatch match)
    {
        var amount = match.Amount;
        var figures = match.Figures;
        bool priorYear = match.PriorYear;
        var best = match.Best!;
        var consistency = match.Consistency!.Value;
        var excerpt = statement.Excerpt(amount.Start - amount.Label.Length, amount.End);
        var said = $"“{excerpt}”：文字所述{(priorYear ? "上年" : "")}“{TextSumRule.ShortLabel(text, amount)}”{amount.Printed}";
        var diff = Math.Abs(amount.Figure.Value - best.Value.Value);
        switch (consistency)
        {
            case Consistency.Equal:
                results.Pass(Info.Id);
                return;
            case Consistency.WithinRounding:
                results.Add(TextAnalysis.Finding(Info.Id, Severity.Info, block,
                    $"{said}，{best.Describe()} {TextAnalysis.Num(best.Value.Value)}，相差 {TextAnalysis.Num(diff)}，在舍入区间内" +
                    $"（{TextAnalysis.Interval(amount.Figure)} 与 {TextAnalysis.Interval(best.Value)} 重叠），属四舍五入差异",
                    TextAnalysis.Num(best.Value.Value), amount.Printed));
                return;
        }
        var tolerance = amount.Figure.HalfWidth + best.Value.HalfWidth;
        bool ownPrecision = amount.MayBeRounded && amount.PrintedFigure.HalfWidth > amount.Figure.HalfWidth
                            && figures.Any(f => FigureComparison.Compare(amount.PrintedFigure, f.Value) != Consistency.Inconsistent);
        if (ownPrecision)
        {
            // Read at two decimals the amount differs; at the decimals it was printed with it is a rounding.
            results.Add(TextAnalysis.Finding(Info.Id, Severity.Warning, block,
                $"{said}，{best.Describe()}为 {TextAnalysis.Num(best.Value.Value)}，按两位小数相差 {TextAnalysis.Num(diff)}；" +
                $"按文字所印精度（{amount.PrintedFigure.FormatInterval()}）属舍入，但公开文字应与表格的两位小数一致",
                TextAnalysis.Num(best.Value.Value), amount.Printed));
            return;
        }
        results.Add(TextAnalysis.Finding(Info.Id, Info.Severity, block,
            $"{said}，{best.Describe()}为 {TextAnalysis.Num(best.Value.Value)}，相差 {TextAnalysis.Num(diff)}，超出舍入容差 {TextAnalysis.Num(tolerance, 6)}" +
            $"（文字区间 {TextAnalysis.Interval(amount.Figure)}，表格区间 {TextAnalysis.Interval(best.Value)}）",
            TextAnalysis.Num(best.Value.Value), amount.Printed));
    }
}
