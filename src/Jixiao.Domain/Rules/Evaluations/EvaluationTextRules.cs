using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Disclosures;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Money;

namespace Jixiao.Rules.Evaluations;

/// <summary>
/// EVAL-TXT-01: the amount the texts state as paid (<c>本年度共支付14.5万元</c>, <c>报销支付754万元</c>) against 实际支出资金.
/// The texts also break the payment down (<c>住院费合计支付367万元</c>), so the largest amount stated as paid is taken as
/// the total: a part never exceeds it.
/// EVAL-TXT-02: a rate the texts claim of the money (<c>资金使用率达到100%</c>, <c>预算执行率为80.56%</c>,
/// <c>资金到位率97%</c>) against the money block.
/// </summary>
public sealed partial class EvaluationTextRules : IDisclosureRule
{
    public static readonly RuleInfo PaidAgrees = new("EVAL-TXT-01", Severity.Warning, "文字说明中的支付金额与实际支出资金一致", "evaluation-domain.md 自评审核：文字与数字");

    public static readonly RuleInfo RateAgrees = new("EVAL-TXT-02", Severity.Warning, "文字说明中的预算执行率（资金使用率、支出率）、资金到位率与资金数字一致", "evaluation-domain.md 自评审核：文字与数字");

    // A claimed rate is printed to whole percents at best (达到98%); “以上” claims a floor.
    private const decimal RateTolerance = 0.5m;

    public IReadOnlyList<RuleInfo> Rules { get; } = [PaidAgrees, RateAgrees];

    public bool Reads(DocumentKind kind) => kind == DocumentKind.SelfEvaluation;

    public void Check(Disclosure disclosure, RuleResults results)
    {
        results.Touch(PaidAgrees.Id);
        results.Touch(RateAgrees.Id);
        foreach (var e in FormFill.Filled(disclosure.SelfEvaluations, results, Rules))
        {
            CheckRates(results, e);
            var paid = Paid(e).ToList();
            if (paid.Count == 0) continue;
            if (e.Funds.Spent.Count == 0) { results.Insufficient(PaidAgrees.Id); continue; }
            var (heading, printed, amount) = paid.MaxBy(p => p.Amount.Value);
            var spent = e.Funds.SpentTotal;
            if (amount == spent) { results.Pass(PaidAgrees.Id); continue; }
            results.Add(new Finding(PaidAgrees.Id, PaidAgrees.Severity, EvaluationScoreRules.Subject(e), heading,
                $"{heading}写明“{printed}”（{ScoreText.WanWithUnit(amount)}），实际支出资金却为 {ScoreText.WanWithUnit(spent)}（相差 {ScoreText.WanWithUnit(amount > spent ? amount - spent : spent - amount)}）")
            { Expected = ScoreText.WanWithUnit(spent), Actual = ScoreText.WanWithUnit(amount) });
        }
    }

    private static void CheckRates(RuleResults results, SelfEvaluation e)
    {
        var execution = SelfEvaluationReview.TemplateOf(e)?.Items.FirstOrDefault(i => i.Formula is ScoreFormula.BudgetExecution or ScoreFormula.SpentOfBudget)?.Formula
            ?? ScoreFormula.BudgetExecution;
        foreach (var (heading, text) in e.Texts)
            foreach (Match m in EvaluationWords.Default.ClaimedRate.Matches(text))
            {
                if (!decimal.TryParse(m.Groups["p"].Value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var claimed)) continue;
                bool inPlace = EvaluationWords.Default.FundsInPlaceRate.Contains(m.Groups["k"].Value);
                // 到位率: 下达 / 预算; 执行率 as the form's template has it (Shanxi 支出 / 下达, national 支出 / 预算)
                var (over, under, overName, underName) = ScoringFunds.From(e.Funds).Operands(inPlace ? ScoreFormula.FundsInPlace : execution);
                if (over is not { } o || under is not { } u || u.Value <= 0m) { results.Insufficient(RateAgrees.Id); continue; }
                decimal actual = Math.Round(o.Value / u.Value * 100m, 2, MidpointRounding.AwayFromZero);
                bool floor = m.Groups["f"].Success;
                if (floor ? actual >= claimed - RateTolerance : Math.Abs(actual - claimed) <= RateTolerance)
                {
                    results.Pass(RateAgrees.Id);
                    continue;
                }
                string formula = $"{overName} {ScoreText.Wan(o)} / {underName} {ScoreText.Wan(u)}";
                string rate = actual.ToString("0.00", CultureInfo.InvariantCulture) + "%";
                results.Add(new Finding(RateAgrees.Id, RateAgrees.Severity, EvaluationScoreRules.Subject(e), heading,
                    $"{heading}写明“{m.Value}”，而{formula} = {rate}")
                { Expected = rate, Actual = m.Groups["p"].Value + "%" + (floor ? "以上" : "") });
            }
    }

    /// <summary>Above 10 万亿 (in either unit) a printed number is not an amount of one project: skipped, never overflowed.</summary>
    private const decimal MaxAmount = Jixiao.Money.AmountLimits.MaxYuan;

    /// <summary>Every amount a text states as paid, in 元, with its heading and the words as printed.</summary>
    internal static IEnumerable<(string Heading, string Printed, Yuan Amount)> Paid(SelfEvaluation e)
    {
        foreach (var (heading, text) in e.Texts)
            foreach (Match m in PaidAmount().Matches(text))
            {
                if (!decimal.TryParse(m.Groups["n"].Value.Replace(",", "", StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var n)
                    || n > MaxAmount)
                    continue;
                // 尚未支付, 应支付, 计划支付: not a payment made
                var before = text.AsSpan(0, m.Index);
                if (before.EndsWith("未") || before.EndsWith("应") || before.EndsWith("计划") || before.EndsWith("拟") || before.EndsWith("待")) continue;
                decimal yuan = m.Groups["u"].Value.StartsWith('万') ? n * 10_000m : n;
                yield return (heading, m.Value, new Yuan(yuan));
            }
    }

    // 支付 followed (within a few characters such as 资金 or 了) by an amount in 万元 or 元
    [GeneratedRegex(@"支付(?:了|资金|金额|共计|合计|总计)?\s*(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<u>万元|元)")]
    private static partial Regex PaidAmount();
}
