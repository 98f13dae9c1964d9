using Jixiao.Disclosures;
using Jixiao.Money;

namespace Jixiao.Rules.Text;

/// <summary>
/// TXT-CHG-01: a change against last year (“比上年增加1.5万元，增长10%”) agrees with itself and with last year's figures:
/// with last year's tables at hand (<see cref="Disclosure.PriorYear"/>) the change and rate are computed from them;
/// otherwise a sentence that states the amount, its change and the rate is checked on its own (rate = change ÷
/// (amount − change)), and an increase larger than the amount is impossible. Anything else is insufficient_data;
/// 较上年持平 is checked against last year's figure when there is one.
/// TXT-ZERO-01: a growth rate on a zero base (the amount equals its increase: last year was 0) — growth from zero is
/// not a percentage.
/// </summary>
public sealed class TextChangeRules : IDisclosureRule
{
    public static readonly RuleInfo Change = new("TXT-CHG-01", Severity.Error, "说明文字所列增减额、增减率与上年数一致", "tables.md 说明：收支数据变动情况");
    public static readonly RuleInfo ZeroBase = new("TXT-ZERO-01", Severity.Warning, "上年为零时不应表述增长百分比", "预算公开文字规范");

    public IReadOnlyList<RuleInfo> Rules { get; } = [Change, ZeroBase];

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Change.Id);
        results.Touch(ZeroBase.Id);
        var text = TextAnalysis.Of(disclosure);
        foreach (var (block, statement) in text.Statements())
        foreach (var change in statement.Changes)
            CheckChange(text, block, statement, change, results);
    }

    private static void CheckChange(TextAnalysis text, TextBlock block, ParsedStatement statement, StatedChange c, RuleResults results)
    {
        var (current, name, reading) = Subject(text, block, statement, c);
        var excerpt = statement.Excerpt(c.Subject?.Start - (c.Subject?.Label.Length ?? 0) ?? c.Start - 12, c.Rate?.End ?? c.Amount?.End ?? c.Start + 2);
        Figure? prior = null;
        if (text.Disclosure.PriorYear is { } py && reading is { Resolved: true })
        {
            var f = text.FiguresOf(reading, py);
            if (f.Count > 0) prior = f[0].Value;
        }

        if (c.Flat)
        {
            if (current is null || prior is null) { results.Insufficient(Change.Id); return; }
            if (FigureComparison.Compare(current.Value, prior.Value) != Consistency.Inconsistent) results.Pass(Change.Id);
            else results.Add(TextAnalysis.Finding(Change.Id, Change.Severity, block,
                $"“{excerpt}”：文字称“{name}”较上年持平，本年 {TextAnalysis.Num(current.Value.Value)}，上年 {TextAnalysis.Num(prior.Value.Value)}，相差 {TextAnalysis.Num(current.Value.Value - prior.Value.Value)}",
                "持平", TextAnalysis.Num(current.Value.Value - prior.Value.Value)));
            return;
        }

        if (c.Amount is not null && c.Rate is not null && c.RateDirection != c.Direction)
        {
            results.Add(TextAnalysis.Finding(Change.Id, Change.Severity, block,
                $"“{excerpt}”：增减额写作{(c.Direction > 0 ? "增加" : "减少")}，增减率却写作{(c.RateDirection > 0 ? "增长" : "下降")}，方向矛盾",
                c.Direction > 0 ? "增长" : "下降", c.RatePrinted));
            return;
        }

        if (current is null) { results.Insufficient(Change.Id); return; }
        var a = current.Value;
        int dir = c.Direction == 0 ? 1 : c.Direction;

        if (prior is { } p)
        {
            CheckAgainstPrior(block, excerpt, name, a, p, c, results);
            return;
        }

        if (c.Amount is not { } amount) { results.Insufficient(Change.Id); return; }
        var delta = amount.Figure;
        // last year = amount − change (an increase) or amount + change (a decrease)
        var lastYear = new Figure(a.Value - dir * delta.Value, a.HalfWidth + delta.HalfWidth);
        if (dir > 0 && lastYear.High < 0m)
        {
            results.Add(TextAnalysis.Finding(Change.Id, Change.Severity, block,
                $"“{excerpt}”：“{name}”本年 {TextAnalysis.Num(a.Value)}，较上年增加 {amount.Printed}，推算上年为 {TextAnalysis.Num(lastYear.Value)}（负数），增加额不可能大于本年数",
                $"≤ {TextAnalysis.Num(a.Value)}", amount.Printed));
            return;
        }
        if (c.Rate is not { } rate) { results.Insufficient(Change.Id); return; }
        if (lastYear.Low <= 0m)
        {
            results.Add(TextAnalysis.Finding(ZeroBase.Id, ZeroBase.Severity, block,
                $"“{excerpt}”：“{name}”本年 {TextAnalysis.Num(a.Value)}，增加额 {amount.Printed} 与本年数相同，上年为 0，" +
                $"从零起的增长不是百分数，不应写“{c.RatePrinted}”，宜写“上年无此项支出”或只写增加额",
                "不写增长率", c.RatePrinted));
            return; // the rate of a zero base cannot be checked
        }
        results.Pass(ZeroBase.Id);
        // rate = Δ ÷ (A − Δ) rises with Δ and falls with A (for a decrease Δ ÷ (A + Δ) likewise): the ends of the interval
        decimal dLo = Math.Max(0m, delta.Low), dHi = delta.High;
        decimal lo = (dir > 0 ? dLo / (a.High - dLo) : dLo / (a.High + dLo)) * 100m;
        decimal denominator = dir > 0 ? a.Low - dHi : a.Low + dHi;
        decimal hi = denominator > 0m ? dHi / denominator * 100m : decimal.MaxValue / 1000m;
        decimal exact = delta.Value / lastYear.Value * 100m;
        CompareRate(block, excerpt, name, rate.AsPrinted, exact, lo, hi,
            $"{TextAnalysis.Num(delta.Value)} ÷ ({TextAnalysis.Num(a.Value)} {(dir > 0 ? "−" : "+")} {TextAnalysis.Num(delta.Value)})", c, results);
    }

    private static void CheckAgainstPrior(TextBlock block, string excerpt, string name, Figure current, Figure prior, StatedChange c, RuleResults results)
    {
        var diff = current - prior;
        if (c.Amount is { } amount)
        {
            var statedChange = new Figure(c.Direction * amount.Figure.Value, amount.Figure.HalfWidth);
            if (FigureComparison.Compare(statedChange, diff) == Consistency.Inconsistent)
            {
                results.Add(TextAnalysis.Finding(Change.Id, Change.Severity, block,
                    $"“{excerpt}”：文字所述“{name}”{(c.Direction > 0 ? "增加" : "减少")} {amount.Printed}，按本年 {TextAnalysis.Num(current.Value)} 与上年 {TextAnalysis.Num(prior.Value)} 计算为{(diff.Value >= 0 ? "增加" : "减少")} {TextAnalysis.Num(Math.Abs(diff.Value))}",
                    TextAnalysis.Num(diff.Value), amount.Printed));
                return;
            }
        }
        if (c.Rate is not { } rate) { results.Pass(Change.Id); return; }
        if (prior.Low <= 0m && prior.High >= 0m)
        {
            results.Add(TextAnalysis.Finding(ZeroBase.Id, ZeroBase.Severity, block,
                $"“{excerpt}”：“{name}”上年为 0，从零起的增长不是百分数，不应写“{c.RatePrinted}”", "不写增长率", c.RatePrinted));
            return;
        }
        results.Pass(ZeroBase.Id);
        // signed: an increase is positive, a decrease negative, on both sides
        var exact = diff.Value / prior.Value * 100m;
        var ends = new[] { diff.Low / prior.Low, diff.Low / prior.High, diff.High / prior.Low, diff.High / prior.High };
        var stated = rate.AsPrinted;
        var signed = c.RateDirection < 0 ? new Figure(-stated.Value, stated.HalfWidth) : stated;
        CompareRate(block, excerpt, name, signed, exact, ends.Min() * 100m, ends.Max() * 100m,
            $"({TextAnalysis.Num(current.Value)} − {TextAnalysis.Num(prior.Value)}) ÷ {TextAnalysis.Num(prior.Value)}", c, results);
    }

    private static void CompareRate(TextBlock block, string excerpt, string name, Figure stated, decimal exact, decimal low, decimal high,
        string formula, StatedChange c, RuleResults results)
    {
        if (stated.High >= low && stated.Low <= high) { results.Pass(Change.Id); return; }
        results.Add(TextAnalysis.Finding(Change.Id, Change.Severity, block,
            $"“{excerpt}”：文字所述“{name}”{c.RatePrinted}，按 {formula} 计算为 {TextAnalysis.Pct(exact)}（区间 [{TextAnalysis.Pct(low)}, {TextAnalysis.Pct(high)}]），" +
            $"相差 {TextAnalysis.Num(Math.Abs(stated.Value - exact), 4)} 个百分点",
            TextAnalysis.Pct(exact), c.RatePrinted));
    }

    private static (Figure? Current, string Name, AmountReading? Reading) Subject(TextAnalysis text, TextBlock block, ParsedStatement statement, StatedChange c)
    {
        if (c.Subject is { } s)
        {
            var r = text.Read(s);
            return (s.Figure, TextSumRule.ShortLabel(text, s), r);
        }
        if (c.SubjectLabel is { } label)
        {
            var r = text.ReadLabel(label, block, statement, null);
            if (r.Resolved && text.FiguresOf(r) is { Count: > 0 } f) return (f[0].Value, label, r);
            return (null, label, r);
        }
        return (null, "该项", null);
    }
}
