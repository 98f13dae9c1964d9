using System.Text.RegularExpressions;
using Jixiao.Evaluations;
using Jixiao.Rules.Text;
using Jixiao.Targets;

namespace Jixiao.Rules;

/// <summary>
/// Whether a form was filled in at all. Units publish the blank template now and then (the 表样 with its prompts left
/// in: <c>指标1：</c>, <c>XX</c>, empty money and score cells). Such a form is reported once as unfilled (EVAL-FILL-01,
/// TGT-FILL-01), and every other rule lacks data on it: an empty score is not a score of 0, and a template with no
/// 成本指标 row is not a project that forgot its cost.
/// </summary>
public static partial class FormFill
{
    /// <summary>
    /// True when <paramref name="text"/> holds nothing a filler wrote: blank, punctuation, a placeholder (<c>XX</c>,
    /// <c>某某</c>, <c>请填写</c>) or a numbered prompt of the template (<c>指标1：</c>, <c>三级指标2</c>).
    /// </summary>
    public static bool IsPrompt(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return true;
        string t = TextPlaceholders.Words(text);
        // not TextPlaceholders.IsNonAnswer: 无 is a real actual value (投诉：无), never a prompt
        if (t.Length == 0 || NumberedPrompt().IsMatch(t) || t is "待补充" or "待定" or "填写" or "请填写") return true;
        return TextPlaceholders.IsOnlyPlaceholders(text, t);
    }

    /// <summary>An evaluation with no money, no indicator value, no score and no grade: the template as it was handed out.</summary>
    public static bool IsUnfilled(SelfEvaluation e) =>
        e.Funds.InitialBudget is null && e.Funds.Budgeted.Count == 0 && e.Funds.Released is null && e.Funds.Spent.Count == 0
        && e.Indicators.All(i => IsPrompt(i.Target.Text) && IsPrompt(i.Actual.Text) && i.Score is null)
        && e.Scores.All(s => s.Score is null) && e.Sections.All(s => s.Score is null)
        && e.Total?.Score is null && IsPrompt(e.Grade);

    /// <summary>
    /// A filled evaluation whose score column is blank: items with their points printed, yet no item, section or total
    /// scored. The items are then unscored, not scored 0.
    /// </summary>
    public static bool IsUnscored(SelfEvaluation e) =>
        !IsUnfilled(e)
        && (e.Scores.Any(s => s.Points > 0m) || e.Indicators.Any(i => i.Points is > 0m))
        && e.Scores.All(s => s.Score is null) && e.Indicators.All(i => i.Score is null)
        && e.Sections.All(s => s.Score is null) && e.Total?.Score is null;

    /// <summary>A target form with no money in either column, no indicator value and no goal.</summary>
    public static bool IsUnfilled(TargetForm form)
    {
        var d = form.Declaration;
        return Empty(d.AnnualFunds) && Empty(d.ImplementationFunds) && form.PrintedTotal is null
            && d.AnnualIndicators.All(i => IsPrompt(i.Target.Text)) && d.ImplementationIndicators.All(i => IsPrompt(i.Target.Text))
            && IsPrompt(d.AnnualGoal) && IsPrompt(d.ImplementationGoal);
    }

    private static bool Empty(DeclaredFunds funds) => funds.StatedTotal is null && funds.Sources.Count == 0;

    /// <summary>The evaluations the rules check; an unfilled one leaves each of <paramref name="rules"/> without data.</summary>
    public static IEnumerable<SelfEvaluation> Filled(IReadOnlyList<SelfEvaluation> evaluations, RuleResults results, IReadOnlyList<RuleInfo> rules)
    {
        foreach (var e in evaluations)
        {
            if (IsUnfilled(e)) { foreach (var r in rules) results.Insufficient(r.Id); continue; }
            yield return e;
        }
    }

    /// <summary>The target forms the rules check; an unfilled one leaves each of <paramref name="rules"/> without data.</summary>
    public static IEnumerable<TargetForm> Filled(IReadOnlyList<TargetForm> forms, RuleResults results, IReadOnlyList<RuleInfo> rules)
    {
        foreach (var form in forms)
        {
            if (IsUnfilled(form)) { foreach (var r in rules) results.Insufficient(r.Id); continue; }
            yield return form;
        }
    }

    // 指标1, 三级指标2, 指标一 — the template's numbered rows; 指标名称 / 指标值 echo its headings
    [GeneratedRegex(@"^(?:(?:一级|二级|三级)?指标(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,2}|名称|值|内容)?)$")]
    private static partial Regex NumberedPrompt();
}
