using Jixiao.Disclosures;
using Jixiao.Documents;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Rules.Evaluations;
using Jixiao.Rules;
using Jixiao.Rules.Budget;
using Jixiao.Tables;

namespace Jixiao.Application.Checking;

/// <summary>
/// Checks one file of any kind: a published text is read and checked; a data package or workbook is rendered exactly
/// (元) in the chosen set and its tables checked together with the package rules (PKG-…). The self-evaluations a
/// package keeps as published (<c>projects[].publishedEvaluation</c>) get the review rules (EVAL-…) as on the text
/// they came from, and so do the unit's own, computed from <c>execution</c> and <c>evaluation</c>.
/// </summary>
public sealed class CheckService(TableSet setForBudgets, TableSetLibrary sets)
{
    private readonly Checker _checker = new();
    private readonly PackageChecker _package = new();

    /// <summary>Checks the file and says which file it was: its SHA-256 goes with the report.</summary>
    public DocumentReport Check(string path) => Check(path, CancellationToken.None);

    /// <inheritdoc cref="Check(string)"/>
    /// <param name="path">the file</param>
    /// <param name="cancellationToken">stops a long read of a published document (<see cref="DocumentLoader.Load"/>)</param>
    public DocumentReport Check(string path, CancellationToken cancellationToken) => CheckFile(path, cancellationToken) with { Sha256 = Hash(path) };

    private static string? Hash(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }
    }

    /// <summary>
    /// Saves a copy of the checked PDF with each finding of <paramref name="report"/> boxed on its cell and numbered
    /// (written whole or not at all); throws <see cref="DocumentReadException"/> or <see cref="DocumentWriteException"/>.
    /// </summary>
    public static void Annotate(string checkedPdf, DocumentReport report, string output) =>
        Jixiao.Documents.Sources.Pdf.PdfAnnotator.AnnotateTo(checkedPdf, report.Findings, output);

    private DocumentReport CheckFile(string path, CancellationToken cancellationToken)
    {
        if (!FileTypes.Of(path).IsBudget) return _checker.Check(DocumentLoader.Load(path, sets, cancellationToken));
        return CheckBudget(DocumentLoader.LoadBudget(path), path);
    }

    /// <summary>
    /// Checks a budget held in memory (a revision being edited in the web application) exactly as the package file of it
    /// would be checked; <paramref name="name"/> names it in the report.
    /// </summary>
    public DocumentReport CheckBudget(Jixiao.Budget.UnitBudget budget, string name)
    {
        string path = name;
        var package = _package.Check(budget);
        DocumentReport report;
        // A line whose code the catalog does not know, or a 基本支出 line without its economic 款, has no row to go to:
        // the tables cannot be derived (they would not add up for want of it), so every table rule lacks its data (never
        // a pass, never a false sum error) and the PKG-01 / PKG-02 findings say which lines to correct.
        if (package.Rules.Any(r => r.Rule.Id is CodesInCatalog.RuleId or BasicLineHasEconomicCode.RuleId && r.Outcome == Outcome.Fail))
            report = PackageChecker.Merge(FormsOnly(budget, path, Outcome.InsufficientData), package);
        // A package of forms alone (target forms or self-evaluations imported from a document that printed no tables)
        // has no table to check: the table rules do not apply — empty tables would pass them on nothing.
        else if (budget.Lines.Count == 0 && budget.Projects.Any(p => p.Targets is not null || p.PublishedEvaluation is not null))
            report = PackageChecker.Merge(FormsOnly(budget, path, Outcome.NotApplicable), package);
        else
        {
            var disclosure = TableRenderer.Render(budget, setForBudgets, RenderPrecision.ExactYuan);
            disclosure.TargetForms.AddRange(Jixiao.Targets.TargetForms.AsDeclared(budget, Jixiao.Documents.Forms.TargetFormShapes.Of));
            report = PackageChecker.Merge(_checker.Check(disclosure), package) with { Source = path };
        }
        return WithEvaluations(report, budget, path);
    }

    /// <summary>
    /// The report of a budget whose tables are not checked: every table rule gets <paramref name="tables"/> (lacking
    /// data when the tables cannot be derived, not applicable when there are none) — never a pass — while the projects'
    /// target forms, which need no table, are checked as usual (and the published self-evaluations, after).
    /// </summary>
    private DocumentReport FormsOnly(Jixiao.Budget.UnitBudget budget, string path, Outcome tables)
    {
        bool declared = budget.Projects.Any(p => p.Targets is not null);
        bool evaluated = budget.Projects.Any(p => p.PublishedEvaluation is not null);
        var kind = !declared && evaluated ? DocumentKind.SelfEvaluation : DocumentKind.PerformanceTargets;
        var forms = Disclosure(budget, path, kind);
        forms.TargetForms.AddRange(Jixiao.Targets.TargetForms.AsDeclared(budget, Jixiao.Documents.Forms.TargetFormShapes.Of));
        var report = _checker.Check(forms);
        return report with
        {
            Kind = tables == Outcome.NotApplicable ? kind : DocumentKind.UnitBudget,
            Rules = report.Rules.Select(r => r.Outcome == Outcome.NotApplicable && !ConcernsForms(r.Rule.Id) ? (r.Rule, tables) : r).ToArray(),
        };
    }

    /// <summary>Target-form and self-evaluation rules need no table: their outcome never stands for the tables'.</summary>
    private static bool ConcernsForms(string ruleId) =>
        ruleId.StartsWith("TGT-", StringComparison.Ordinal) || ruleId.StartsWith("EVAL-", StringComparison.Ordinal);

    /// <summary>
    /// <paramref name="report"/> with the review rules' findings and outcomes on the package's self-evaluations, checked
    /// as a document of self-evaluations (the only rules that read one are EVAL-…): those kept as published, and the
    /// unit's own, computed from its execution and the evaluator's entries — whose entered scores outside their points or
    /// band, and items still to score, are said here too (EVAL-SCORE-01), as <c>jixiao evaluate</c> says them.
    /// </summary>
    private DocumentReport WithEvaluations(DocumentReport report, Jixiao.Budget.UnitBudget budget, string path)
    {
        var forms = budget.Projects.Select(p => p.PublishedEvaluation).OfType<Jixiao.Evaluations.SelfEvaluation>().ToList();
        var entries = new List<Finding>();
        foreach (var project in budget.Projects)
        {
            if (project.Evaluation is not { } input) continue;
            if (!ScoreTemplates.AvailableIds.Any(i => string.Equals(i, input.Template, StringComparison.OrdinalIgnoreCase))) continue;
            var own = SelfEvaluations.Compute(budget, project, ScoreTemplates.Get(input.Template));
            forms.Add(own.Form);
            string subject = EvaluationScoreRules.Subject(own.Form);
            foreach (var problem in own.Sheet.Problems)
                entries.Add(new Finding(EvaluationScoreRules.ScoreWithinPoints.Id, Severity.Error, subject, "评分表", problem));
            foreach (var item in own.Sheet.Items.Where(i => i.Rejection is not null))
                entries.Add(new Finding(EvaluationScoreRules.ScoreWithinPoints.Id, item.RejectedEntry ? Severity.Error : Severity.Warning, subject,
                    $"评分表“{(item.Group.Length > 0 ? item.Group + "/" : "")}{item.Name}”",
                    item.RejectedEntry ? item.Rejection! : $"自评尚未完成：{item.Rejection}"));
        }
        if (forms.Count == 0) return report;
        var evaluations = Disclosure(budget, path, DocumentKind.SelfEvaluation);
        evaluations.SelfEvaluations.AddRange(forms);
        var checkedEvaluations = _checker.Check(evaluations);
        var outcomes = checkedEvaluations.Rules.ToDictionary(r => r.Rule.Id, r => r.Outcome, StringComparer.Ordinal);
        if (entries.Count > 0) outcomes[EvaluationScoreRules.ScoreWithinPoints.Id] = Outcome.Fail;
        return report with
        {
            // a package keeps no line of the document the form was printed in: 0 is no line
            Findings = [.. report.Findings, .. checkedEvaluations.Findings.Select(f => f.Line == 0 ? f with { Line = null } : f), .. entries],
            Rules = report.Rules.Select(r => (r.Rule, outcomes.TryGetValue(r.Rule.Id, out var o) ? Stronger(r.Outcome, o) : r.Outcome)).ToArray(),
            SelfEvaluations = forms,
        };
    }

    /// <summary>Of two outcomes of one rule on parts of one document, the one that says more: fail, pass, lacking data, not applicable.</summary>
    private static Outcome Stronger(Outcome a, Outcome b) => Rank(a) >= Rank(b) ? a : b;

    private static int Rank(Outcome o) => o switch
    {
        Outcome.Fail => 3,
        Outcome.Pass => 2,
        Outcome.InsufficientData => 1,
        _ => 0,
    };

    private Disclosure Disclosure(Jixiao.Budget.UnitBudget budget, string path, DocumentKind kind) => new()
    {
        Source = path,
        Kind = kind,
        Set = setForBudgets,
        UnitCode = budget.Unit.Code,
        UnitName = budget.Unit.Name,
        Year = budget.Year,
    };
}
