using Jixiao.Budget;
using Jixiao.Documents;
using Jixiao.Documents.Evaluations.Rendering;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Targets;

namespace Jixiao.Application.Evaluation;

/// <summary>The projects' own self-evaluations, or why none can be made (in Chinese, naming the file).</summary>
public sealed record EvaluationRun(IReadOnlyList<OwnEvaluation> Evaluations, string? Problem)
{
    /// <summary>True when every item of every evaluation is scored: none rejected, none left unscored.</summary>
    public bool IsComplete => Evaluations.All(e => e.IsComplete);
}

/// <summary>
/// A project's own self-evaluation (单位自评) computed from a data package — its lines, execution data and the
/// evaluator's entries — for every project with an <c>evaluation</c> (or the ones chosen): the score table with how
/// each score follows, the total and the grade; and the filled forms written as a workbook or a page.
/// </summary>
public static class OwnEvaluations
{
    /// <summary>The formats the filled forms are written in.</summary>
    public static readonly IReadOnlyList<OutputFormat> Formats = [OutputFormat.Xlsx, OutputFormat.Html];

    /// <summary>
    /// Evaluates the projects of <paramref name="budget"/> (read from <paramref name="path"/>): those whose code or name
    /// <paramref name="fragment"/> names, or, without one, those with an <c>evaluation</c>; each by
    /// <paramref name="template"/>, or without one by the template its evaluation names.
    /// </summary>
    public static EvaluationRun Evaluate(string path, UnitBudget budget, string? fragment, ScoreTemplate? template)
    {
        var projects = fragment is null ? budget.Projects.Where(p => p.Evaluation is not null).ToList() : Matching(budget.Projects, fragment);
        if (projects.Count == 0)
            return new([], fragment is null
                ? $"{path}：没有项目填写绩效自评（evaluation）；可用 --project 指定要评价的项目"
                : $"{path}：没有项目的编码或名称含“{fragment}”（共 {budget.Projects.Count} 个项目）");
        var evaluations = new List<OwnEvaluation>(projects.Count);
        var linesByProject = SelfEvaluations.LinesByProject(budget);
        foreach (var p in projects)
        {
            var templateOf = template;
            if (templateOf is null)
            {
                var id = p.Evaluation?.Template ?? "national";
                if (!ScoreTemplates.AvailableIds.Contains(id, StringComparer.OrdinalIgnoreCase))
                    return new([], $"{path}：项目“{p.Name}”（{p.Code}）的评分模板“{id}”不存在（现有：{string.Join("、", ScoreTemplates.AvailableIds)}）；省里自己的模板文件用 --template FILE 给出");
                templateOf = ScoreTemplates.Get(id);
            }
            evaluations.Add(SelfEvaluations.Compute(budget, p, templateOf, linesByProject));
        }
        return new(evaluations, null);
    }

    /// <summary>Writes the filled forms, one per evaluation, in <paramref name="format"/> (one of <see cref="Formats"/>).</summary>
    public static void WriteForms(IReadOnlyList<OwnEvaluation> evaluations, OutputFormat format, string path)
    {
        var forms = evaluations.Select(e => (e.Form, LayoutOf(e.Template))).ToList();
        switch (format)
        {
            case OutputFormat.Xlsx: SelfEvaluationFormWriter.WriteXlsx(forms, path); break;
            case OutputFormat.Html: SelfEvaluationFormWriter.WriteHtml(forms, path); break;
            default: throw new ArgumentOutOfRangeException(nameof(format), format, "绩效自评表只写出 xlsx 或 html");
        }
    }

    /// <summary>A shipped template by id, or a province's template file; the problem in Chinese otherwise.</summary>
    public static (ScoreTemplate? Template, string? Problem) ResolveTemplate(string value)
    {
        if (ScoreTemplates.AvailableIds.FirstOrDefault(i => string.Equals(i, value, StringComparison.OrdinalIgnoreCase)) is { } id)
            return (ScoreTemplates.Get(id), null);
        if (!File.Exists(value))
            return (null, $"未知的评分模板“{value}”：可用 {string.Join("、", ScoreTemplates.AvailableIds)}，或省里自己的模板文件（.json）的路径");
        string text;
        try
        {
            DocumentLoader.RequireReadableFile(value); // not a named pipe, not above the size limit
            text = File.ReadAllText(value);
        }
        catch (DocumentReadException e) { return (null, $"无法读取评分模板文件 {e.Message}"); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, $"无法读取评分模板文件 {value}：{DocumentLoader.ReadFailure(e)}");
        }
        try { return (ScoreTemplates.Parse(text), null); }
        catch (FormatException e) { return (null, $"评分模板文件 {value}：{e.Message}"); }
    }

    /// <summary>
    /// The form a template fills: one that scores the project's own indicators is the national 项目支出绩效自评表, one of
    /// fixed items only the Shanxi 财政支出项目绩效自评表.
    /// </summary>
    public static SelfEvaluationLayout LayoutOf(ScoreTemplate template) =>
        template.Sections.Any(s => s.Indicators is not null) ? SelfEvaluationLayout.National : SelfEvaluationLayout.Shanxi;

    /// <summary>The project whose code is <paramref name="fragment"/>, else those whose code or name contains it (spaces and full-width forms ignored).</summary>
    public static List<Project> Matching(IReadOnlyList<Project> projects, string fragment)
    {
        var exact = projects.Where(p => string.Equals(p.Code, fragment.Trim(), StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count > 0) return exact;
        var wanted = IndicatorFramework.Compact(fragment);
        if (wanted.Length == 0) return [.. projects];
        return projects.Where(p => IndicatorFramework.Compact(p.Code).Contains(wanted, StringComparison.OrdinalIgnoreCase)
            || IndicatorFramework.Compact(p.Name).Contains(wanted, StringComparison.Ordinal)).ToList();
    }
}
