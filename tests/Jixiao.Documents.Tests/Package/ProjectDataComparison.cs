using Jixiao.Evaluations;
using Jixiao.Monitoring;

namespace Jixiao.Documents.Tests.Package;

/// <summary>
/// Field-by-field equality of a project's year data (the records hold lists, which compare by reference). A
/// published evaluation's line numbers say where a document printed it and are not part of the package.
/// </summary>
internal static class ProjectDataComparison
{
    public static void ShouldBeSame(ProjectExecution? actual, ProjectExecution? expected, string what)
    {
        if (expected is null) { actual.ShouldBeNull(what); return; }
        actual.ShouldNotBeNull(what);
        actual.AdjustedBudget.ShouldBe(expected.AdjustedBudget, what);
        actual.Flows.ShouldBe(expected.Flows, what);
        actual.Readings.ShouldBe(expected.Readings, what);
        actual.Explanation.ShouldBe(expected.Explanation, what);
    }

    public static void ShouldBeSame(EvaluationInput? actual, EvaluationInput? expected, string what)
    {
        if (expected is null) { actual.ShouldBeNull(what); return; }
        actual.ShouldNotBeNull(what);
        actual.Template.ShouldBe(expected.Template, what);
        actual.Judged.OrderBy(j => j.Key, StringComparer.Ordinal).ShouldBe(expected.Judged.OrderBy(j => j.Key, StringComparer.Ordinal), what);
        actual.Indicators.ShouldBe(expected.Indicators, what);
        actual.Texts.ShouldBe(expected.Texts, what);
        actual.Evaluators.ShouldBe(expected.Evaluators, what);
        actual.SignOff.ShouldBe(expected.SignOff, what);
    }

    public static void ShouldBeSame(SelfEvaluation? actual, SelfEvaluation? expected, string what)
    {
        if (expected is null) { actual.ShouldBeNull(what); return; }
        actual.ShouldNotBeNull(what);
        (actual.ProjectName, actual.Title, actual.Year, actual.Department, actual.BudgetUnit, actual.Nature, actual.Period, actual.Grade, actual.Template)
            .ShouldBe((expected.ProjectName, expected.Title, expected.Year, expected.Department, expected.BudgetUnit, expected.Nature, expected.Period,
                expected.Grade, expected.Template), what);
        actual.Funds.InitialBudget.ShouldBe(expected.Funds.InitialBudget, what);
        actual.Funds.Budgeted.ShouldBe(expected.Funds.Budgeted, what);
        actual.Funds.Released.ShouldBe(expected.Funds.Released, what);
        actual.Funds.Spent.ShouldBe(expected.Funds.Spent, what);
        actual.Texts.ShouldBe(expected.Texts, what);
        actual.Indicators.ShouldBe(expected.Indicators.Select(i => i with { Line = 0 }), what);
        actual.Scores.ShouldBe(expected.Scores.Select(s => s with { Line = 0 }), what);
        actual.Sections.ShouldBe(expected.Sections.Select(s => s with { Line = 0 }), what);
        actual.Total.ShouldBe(expected.Total is { } t ? t with { Line = 0 } : null, what);
        actual.Evaluators.ShouldBe(expected.Evaluators, what);
        actual.SignOff.ShouldBe(expected.SignOff, what);
    }
}
