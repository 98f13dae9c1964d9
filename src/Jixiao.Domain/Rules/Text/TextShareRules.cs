using Jixiao.Disclosures;
using Jixiao.Money;

namespace Jixiao.Rules.Text;

/// <summary>
/// TXT-PCT-01: a share stated next to an amount (“基本支出298.30万元，占4.52%”, “占总支出的4.52%”) equals the amount
/// divided by the whole it is a share of — the whole the sentence names (“总支出”), else the total the amount is listed
/// under, else the tables' total for that label (基本支出 → 支出合计) — under interval logic: 占9.80% holds for an exact
/// 9.803 %, since the intervals overlap. TXT-PCT-02: a share printed without its % (“占比20”, “占总支出的9.8”).
/// </summary>
public sealed class TextShareRules : IDisclosureRule
{
    public static readonly RuleInfo Share = new("TXT-PCT-01", Severity.Error, "说明文字所列占比与金额、总数一致", "tables.md 勾稽关系：文字与表格");
    public static readonly RuleInfo PercentSign = new("TXT-PCT-02", Severity.Warning, "占比缺少百分号", "预算公开文字规范");

    public IReadOnlyList<RuleInfo> Rules { get; } = [Share, PercentSign];

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(Share.Id);
        results.Touch(PercentSign.Id);
        var text = TextAnalysis.Of(disclosure);
        foreach (var (block, statement) in text.Statements())
        foreach (var share in statement.Shares)
        {
            var excerpt = statement.Excerpt(share.Start - 12, share.Start + share.Printed.Length);
            if (!share.HasPercentSign)
            {
                results.Add(TextAnalysis.Finding(PercentSign.Id, PercentSign.Severity, block,
                    $"“{excerpt}”：占比 {share.Printed} 后缺少“%”，无法判断是百分数还是其他单位", share.Printed + "%", share.Printed));
            }
            else results.Pass(PercentSign.Id);
            CheckShare(text, block, statement, share, excerpt, results);
        }
    }

    private static void CheckShare(TextAnalysis text, TextBlock block, ParsedStatement statement, StatedShare share, string excerpt, RuleResults results)
    {
        if (share.Amount is not { } amount) return;
        var bases = new List<(Figure Value, string Label)>();
        bool missing = false;
        if (share.BaseLabel is { } baseLabel)
        {
            var r = text.ReadLabel(baseLabel, block, statement, amount);
            if (!r.Resolved) return; // a whole the vocabulary does not know
            var figures = text.FiguresOf(r);
            if (figures.Count == 0) missing = true;
            bases.AddRange(figures.Select(f => (f.Value, $"{f.Describe()}")));
        }
        else
        {
            if (amount.Parent is { } parent) bases.Add((parent.Figure, $"文字所述“{TextSumRule.ShortLabel(text, parent)}”"));
            var reading = text.Read(amount);
            if (reading.Resolved && !reading.PriorYear)
            {
                foreach (var t in reading.Targets)
                {
                    if (text.Labels.ShareBaseOf(t) is not { } whole) continue;
                    var figures = text.Labels.Figures(whole, text.Disclosure);
                    if (figures.Count == 0) missing = true;
                    bases.AddRange(figures.Select(f => (f.Value, f.Describe())));
                }
            }
        }
        bases = bases.Where(b => b.Value.Low > 0m).ToList();
        if (bases.Count == 0)
        {
            if (missing) results.Insufficient(Share.Id);
            return;
        }
        var stated = share.Percent.AsPrinted;
        (decimal Exact, decimal Low, decimal High) Of(Figure whole) =>
            (amount.Figure.Value / whole.Value * 100m, Math.Max(0m, amount.Figure.Low) / whole.High * 100m, amount.Figure.High / whole.Low * 100m);
        foreach (var b in bases)
        {
            var (_, lo, hi) = Of(b.Value);
            if (stated.High >= lo && stated.Low <= hi) { results.Pass(Share.Id); return; }
        }
        var first = bases[0];
        var (exact, low, high) = Of(first.Value);
        results.Add(TextAnalysis.Finding(Share.Id, Share.Severity, block,
            $"“{excerpt}”：文字所述占比 {share.Printed}，按 {TextSumRule.ShortLabel(text, amount)}{amount.Printed} ÷ {first.Label} {TextAnalysis.Num(first.Value.Value)} " +
            $"计算为 {TextAnalysis.Pct(exact)}（区间 [{TextAnalysis.Pct(low)}, {TextAnalysis.Pct(high)}]），相差 {TextAnalysis.Num(Math.Abs(stated.Value - exact), 4)} 个百分点",
            TextAnalysis.Pct(exact), share.Printed));
    }
}
