using Jixiao.Documents;
using Jixiao.Documents.Evaluations.Rendering;
using Jixiao.Documents.Targets.Rendering;
using Jixiao.Evaluations;
using Jixiao.Targets;

namespace Jixiao.Application.Forms;

/// <summary>The forms a file holds — target forms and self-evaluations — as read or, for a budget, as declared.</summary>
/// <param name="FromBudget">true when read from a data package or workbook: the forms' money comes from its lines</param>
public sealed record FormSet(IReadOnlyList<TargetForm> Forms, IReadOnlyList<SelfEvaluation> Evaluations, bool FromBudget)
{
    /// <summary>The forms and self-evaluations whose project code or name contains <paramref name="fragment"/>.</summary>
    public FormSet Matching(string fragment) =>
        this with { Forms = FormFiles.Matching(Forms, fragment), Evaluations = FormFiles.Matching(Evaluations, fragment) };

    public bool IsEmpty => Forms.Count + Evaluations.Count == 0;

    /// <summary>
    /// What the rendered forms leave empty, and why — a field printed but unreadable, a total the budget lacks — each
    /// “项目名（第12行）：…，表中留空”.
    /// </summary>
    public IEnumerable<string> Warnings()
    {
        foreach (var form in Forms)
        {
            foreach (var p in form.Problems)
                yield return $"{form.Project.Name}（第{p.Line}行）：{p.Field} 印作“{p.Printed}”，应为{p.Expected}，表中留空";
            if (FromBudget && form.Declaration.AnnualFunds.StatedTotal is null)
                yield return $"{form.Project.Name}：预算明细中没有该项目的金额，年度资金总额留空";
        }
    }
}

/// <summary>
/// The project performance target forms of a published document (as read) or of a data package / workbook (the
/// projects that declared targets; their 年度 totals are the projects' money in the budget lines), each in its layout,
/// and the 绩效自评表 a published document or a package holds as published — written as a workbook or a page.
/// </summary>
public static class FormFiles
{
    /// <summary>The formats the forms are written in.</summary>
    public static readonly IReadOnlyList<OutputFormat> Formats = [OutputFormat.Xlsx, OutputFormat.Html];

    /// <summary>
    /// The forms of the file: as printed, or for a budget with their money from its lines; the self-evaluations of a
    /// published document, or those a package keeps as published (a unit's own are computed by <see cref="Evaluation.OwnEvaluations"/>).
    /// </summary>
    public static FormSet Load(string path)
    {
        if (File.Exists(path) && FileTypes.Of(path).IsBudget)
        {
            var budget = DocumentLoader.LoadBudget(path);
            // the self-evaluations a package keeps as published (an imported document's): printed as they were
            return new(TargetForms.AsDeclared(budget, Jixiao.Documents.Forms.TargetFormShapes.Of),
                budget.Projects.Select(p => p.PublishedEvaluation).OfType<SelfEvaluation>().ToList(), true);
        }
        var disclosure = DocumentLoader.Load(path);
        return new(disclosure.TargetForms, disclosure.SelfEvaluations, false);
    }

    /// <summary>Why a file has no form to render, in the words for its kind.</summary>
    public static string NoFormsReason(string path) => FileTypes.Of(path).IsBudget
        ? "没有项目填报绩效目标，也没有公开的绩效自评表（单位自评请用 jixiao evaluate 生成）"
        : "文件中没有项目支出绩效目标申报表、绩效目标表或绩效自评表";

    /// <summary>Writes the forms, the target forms first, in <paramref name="format"/> (one of <see cref="Formats"/>).</summary>
    public static void Write(FormSet forms, OutputFormat format, string path)
    {
        bool xlsx = format switch
        {
            OutputFormat.Xlsx => true,
            OutputFormat.Html => false,
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "绩效目标表只写出 xlsx 或 html"),
        };
        if (forms.Evaluations.Count == 0)
        {
            if (xlsx) TargetFormXlsxWriter.Write(forms.Forms, path);
            else TargetFormHtmlWriter.Write(forms.Forms, path);
        }
        else if (xlsx) SelfEvaluationXlsxWriter.Write(forms.Forms, forms.Evaluations, path);
        else SelfEvaluationHtmlWriter.Write(forms.Forms, forms.Evaluations, path);
    }

    /// <summary>The self-evaluations whose project name contains <paramref name="fragment"/> (spaces and full-width forms ignored).</summary>
    public static IReadOnlyList<SelfEvaluation> Matching(IReadOnlyList<SelfEvaluation> evaluations, string fragment)
    {
        var wanted = IndicatorFramework.Compact(fragment);
        if (wanted.Length == 0) return evaluations;
        return evaluations.Where(e => IndicatorFramework.Compact(e.ProjectName).Contains(wanted, StringComparison.Ordinal)).ToList();
    }

    /// <summary>The forms whose project code or name contains <paramref name="fragment"/> (spaces and full-width forms ignored).</summary>
    public static IReadOnlyList<TargetForm> Matching(IReadOnlyList<TargetForm> forms, string fragment)
    {
        var wanted = IndicatorFramework.Compact(fragment);
        if (wanted.Length == 0) return forms;
        return forms.Where(f => IndicatorFramework.Compact(f.Project.Code).Contains(wanted, StringComparison.OrdinalIgnoreCase)
            || IndicatorFramework.Compact(f.Project.Name).Contains(wanted, StringComparison.Ordinal)).ToList();
    }
}
