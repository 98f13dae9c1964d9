using System.Globalization;
using System.Text.Json;
using Jixiao.Budget;
using Jixiao.Evaluations;
using Jixiao.Monitoring;
using Jixiao.Targets;

namespace Jixiao.Documents.Package;

/// <summary>
/// Writes a <see cref="UnitBudget"/> in the data package format: the budget as the records of
/// <see cref="PackageJsonContext"/> (source-generated, no reflection), Chinese names, amounts in 元 with two decimals,
/// empty lists and absent values left out.
/// </summary>
internal static class PackageWriter
{
    public static void Write(UnitBudget budget, Stream stream) =>
        JsonSerializer.Serialize(stream, Budget(budget, parentUnit: null), PackageJsonContext.Writing.BudgetJson);

    private static List<T?>? ListOf<TSource, T>(IReadOnlyCollection<TSource> items, Func<TSource, T> map) where T : class =>
        items.Count == 0 ? null : items.Select(x => (T?)map(x)).ToList();

    private static BudgetJson Budget(UnitBudget b, BudgetUnit? parentUnit) => new()
    {
        Format = parentUnit is null ? PackageReader.FormatName : null,
        Unit = b.Unit != parentUnit ? Unit(b.Unit) : null,
        FiscalYear = b.Year.Value,
        Lines = b.Lines.Select(l => (LineJson?)new LineJson(l.Functional.Value, l.Economic?.Value, PackageNames.Kinds.Name(l.Kind),
            PackageNames.Sources.Name(l.Source), JsonDecimal.Amount(l.Amount.Value))
        {
            Id = l.Id,
            CarryOver = l.CarryOver ? true : null,
            Project = l.ProjectCode,
            Unit = l.UnitCode,
        }).ToList(),
        Projects = ListOf(b.Projects, p => new ProjectJson(p.Code, p.Name)
        {
            Purpose = p.Purpose,
            Targets = p.Targets is { } t ? Targets(t) : null,
            Execution = p.Execution is { } x ? Execution(x) : null,
            Evaluation = p.Evaluation is { } e ? Evaluation(e) : null,
            PublishedEvaluation = p.PublishedEvaluation is { } pe ? Published(pe, p.Name) : null,
        }),
        ThreePublic = ListOf(b.ThreePublic, t => new ThreePublicJson(PackageNames.ThreePublicKinds.Name(t.Kind), PackageNames.Sources.Name(t.Source),
            JsonDecimal.Amount(t.Amount.Value))),
        Procurement = ListOf(b.Procurement, p => new ProcurementJson(PackageNames.ProcurementCategories.Name(p.Category), p.Name,
            PackageNames.Sources.Name(p.Source), JsonDecimal.Amount(p.Amount.Value))
        {
            Project = p.ProjectCode,
            Quantity = p.Quantity is { } q ? JsonDecimal.Number(q) : null,
            MeasureUnit = p.MeasureUnit,
        }),
        Assets = ListOf(b.Assets, a => new AssetJson(PackageNames.AssetKinds.Name(a.Kind), a.Quantity is { } q ? JsonDecimal.Number(q) : null,
            JsonDecimal.Amount(a.Value.Value))),
        SubUnits = ListOf(b.SubUnits, Unit),
        PriorYear = b.PriorYear is { } py ? Budget(py, b.Unit) : null,
    };

    private static UnitJson Unit(BudgetUnit u) => new(u.Code, u.Name, PackageNames.Natures.Name(u.Nature))
    {
        ParentCode = u.ParentCode,
        Rank = u.Rank,
        FundingForm = u.FundingForm,
        AuthorizedStaff = u.AuthorizedStaff,
        ActualStaff = u.ActualStaff,
    };

    private static TargetsJson Targets(TargetDeclaration d) => new()
    {
        Department = d.Department is { } dept ? new DepartmentJson(dept.Code, dept.Name) : null,
        ImplementingUnit = d.ImplementingUnit,
        Nature = d.Nature is { } n ? PackageNames.ProjectNatures.Name(n) : null,
        PeriodYears = d.PeriodYears,
        ImplementationFunds = Funds(d.ImplementationFunds),
        AnnualFunds = Funds(d.AnnualFunds),
        Texts = Texts(d.Texts),
        ImplementationGoal = d.ImplementationGoal,
        AnnualGoal = d.AnnualGoal,
        ImplementationIndicators = ListOf(d.ImplementationIndicators, Indicator),
        AnnualIndicators = ListOf(d.AnnualIndicators, Indicator),
        SpendingPlan = d.SpendingPlan?.Points.Select(p => (PlanPointJson?)new PlanPointJson(p.Label, p.Month, JsonDecimal.Number(p.CumulativePercent))).ToList(),
        SignOff = SignOff(d.SignOff),
    };

    // 一级 follows from 二级; written so that the file reads like the form.
    private static IndicatorJson Indicator(Indicator i) => new(PackageNames.Level1Indicators.Name(i.Level1), PackageNames.Level2Indicators.Name(i.Level2),
        i.Name, i.Target.Text)
    {
        Description = i.Description,
        Basis = i.Basis,
    };

    private static SignOffJson? SignOff(SignOff? s) => s is { } x ? new SignOffJson(x.Head, x.Handler, x.Phone, x.Date) : null;

    private static List<TextJson?>? Texts(IReadOnlyList<(string Heading, string Text)> texts) => ListOf(texts, t => new TextJson(t.Heading, t.Text));

    private static FundsJson? Funds(DeclaredFunds funds) =>
        funds.StatedTotal is null && funds.Sources.Count == 0
            ? null
            : new FundsJson(funds.StatedTotal is { } t ? JsonDecimal.Amount(t.Value) : null,
                funds.Sources.Select(s => (FundJson?)new FundJson(PackageNames.FundSources.Name(s.Source), JsonDecimal.Amount(s.Amount.Value))).ToList());

    private static ExecutionJson Execution(ProjectExecution x) => new(
        ListOf(x.AdjustedBudget, a => new FundJson(PackageNames.FundSources.Name(a.Source), JsonDecimal.Amount(a.Amount.Value))),
        ListOf(x.Flows, f => new FlowJson(f.Period.ToString(), PackageNames.FundSources.Name(f.Source), JsonDecimal.Amount(f.Released.Value),
            JsonDecimal.Amount(f.Spent.Value))),
        ListOf(x.Readings, r => new ReadingJson(r.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            r.Level2 is { } l2 ? PackageNames.Level2Indicators.Name(l2) : null, r.Indicator, r.Actual.Text, r.Note)),
        x.Explanation);

    private static EvaluationJson Evaluation(EvaluationInput e) => new(e.Template)
    {
        Judged = ListOf(e.Judged, j => new JudgedJson(j.Key, JsonDecimal.Number(j.Value.Score), j.Value.Band)),
        Indicators = ListOf(e.Indicators, i => new IndicatorEntryJson(i.Name)
        {
            Level2 = i.Level2 is { } l2 ? PackageNames.Level2Indicators.Name(l2) : null,
            Points = i.Points is { } p ? JsonDecimal.Number(p) : null,
            Score = i.Judged is { } j ? JsonDecimal.Number(j.Score) : null,
            Band = i.Judged?.Band,
            Deviation = i.Deviation,
        }),
        Texts = Texts(e.Texts),
        Evaluators = ListOf(e.Evaluators, Evaluator),
        SignOff = SignOff(e.SignOff),
    };

    private static EvaluatorJson Evaluator(Evaluator p) => new(p.Name, p.Title, p.Office, p.Phone);

    private static PublishedEvaluationJson Published(SelfEvaluation e, string projectName) => new()
    {
        // the form's 项目名称 is the project's name, written once unless they differ
        ProjectName = e.ProjectName != projectName ? e.ProjectName : null,
        Title = e.Title,
        Year = e.Year,
        Department = e.Department,
        BudgetUnit = e.BudgetUnit,
        Nature = e.Nature is { } n ? PackageNames.ProjectNatures.Name(n) : null,
        Period = e.Period,
        Funds = EvaluationFunds(e.Funds),
        Texts = Texts(e.Texts),
        Indicators = ListOf(e.Indicators, i => new IndicatorResultJson(PackageNames.Level2Indicators.Name(i.Level2), i.Name, i.Target.Text, i.Actual.Text)
        {
            Progress = i.StatedProgress,
            Points = i.Points is { } p ? JsonDecimal.Number(p) : null,
            Score = i.Score is { } s ? JsonDecimal.Number(s) : null,
            Deviation = i.Deviation,
        }),
        Scores = ListOf(e.Scores, s => new ScoredItemJson(s.Section, s.Group, s.Name, JsonDecimal.Number(s.Points), Number(s.Score))),
        Sections = ListOf(e.Sections, s => new SectionScoreJson(s.Section, JsonDecimal.Number(s.Points), Number(s.Score))),
        Total = e.Total is { } t ? new StatedScoreJson(JsonDecimal.Number(t.Points), Number(t.Score)) : null,
        Grade = e.Grade,
        Evaluators = ListOf(e.Evaluators, Evaluator),
        SignOff = SignOff(e.SignOff),
        Template = e.Template,
    };

    private static JsonDecimal? Number(decimal? value) => value is { } v ? JsonDecimal.Number(v) : null;

    private static EvaluationFundsJson? EvaluationFunds(EvaluationFunds f) =>
        f.InitialBudget is null && f.Budgeted.Count == 0 && f.Released is null && f.Spent.Count == 0
            ? null
            : new EvaluationFundsJson(
                f.InitialBudget is { } i ? JsonDecimal.Amount(i.Value) : null,
                ListOf(f.Budgeted, b => new PrintedAmountJson(b.Source, JsonDecimal.Amount(b.Amount.Value))),
                f.Released is { } r ? JsonDecimal.Amount(r.Value) : null,
                ListOf(f.Spent, s => new PrintedAmountJson(s.Source, JsonDecimal.Amount(s.Amount.Value))));
}
