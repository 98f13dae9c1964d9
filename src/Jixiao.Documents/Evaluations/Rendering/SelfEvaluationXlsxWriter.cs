using Jixiao.Documents.Targets.Rendering;
using Jixiao.Evaluations;
using Jixiao.Targets;

namespace Jixiao.Documents.Evaluations.Rendering;

/// <summary>
/// Writes self-evaluations as an Excel workbook, one sheet per evaluation named after its project, in the Shanxi
/// 财政支出项目绩效自评表 layout: money in 万元 with two decimals, scores as numbers, printed on A4, each on one page as the form is filed. The
/// styling and page set-up are the target forms' (<see cref="TargetFormXlsxWriter"/>).
/// </summary>
public static class SelfEvaluationXlsxWriter
{
    internal const string DocumentTitle = "财政支出项目绩效自评表";

    /// <summary>Writes the workbook to <paramref name="path"/>, all or nothing; failures are <see cref="DocumentWriteException"/>.</summary>
    public static void Write(IReadOnlyList<SelfEvaluation> evaluations, string path)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        Require(evaluations, path);
        AtomicFile.Write(path, stream => Write(evaluations, stream));
    }

    /// <summary>Writes the workbook to a stream.</summary>
    public static void Write(IReadOnlyList<SelfEvaluation> evaluations, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        ArgumentNullException.ThrowIfNull(stream);
        Require(evaluations, "（输出流）");
        TargetFormXlsxWriter.WriteGrids(Grids(evaluations), Title([], evaluations), stream);
    }

    /// <summary>
    /// Writes the target forms and the self-evaluations of one document in one workbook, the target forms' sheets
    /// first, each in its layout; all or nothing.
    /// </summary>
    public static void Write(IReadOnlyList<TargetForm> targetForms, IReadOnlyList<SelfEvaluation> evaluations, string path)
    {
        ArgumentNullException.ThrowIfNull(targetForms);
        ArgumentNullException.ThrowIfNull(evaluations);
        var grids = Grids(targetForms, evaluations, path);
        AtomicFile.Write(path, stream => TargetFormXlsxWriter.WriteGrids(grids, Title(targetForms, evaluations), stream));
    }

    internal static IReadOnlyList<FormGrid> Grids(IReadOnlyList<TargetForm> targetForms, IReadOnlyList<SelfEvaluation> evaluations, string target)
    {
        if (targetForms.Count + evaluations.Count == 0) throw new DocumentWriteException(target, "没有绩效目标表或绩效自评表，无法生成文件");
        return [.. TargetFormLayouts.Build(targetForms), .. Grids(evaluations)];
    }

    internal static string Title(IReadOnlyList<TargetForm> targetForms, IReadOnlyList<SelfEvaluation> evaluations) =>
        targetForms.Count > 0
            ? evaluations.Count == 0 ? "项目支出绩效目标表" : "项目支出绩效目标表与绩效自评表"
            // a document of national forms only is named as they are
            : evaluations.Count > 0 && evaluations.All(IsNational) ? SelfEvaluations.NationalTitle : DocumentTitle;

    private static bool IsNational(SelfEvaluation e) => string.Equals(e.Template, "national", StringComparison.OrdinalIgnoreCase);

    internal static IReadOnlyList<FormGrid> Grids(IReadOnlyList<SelfEvaluation> evaluations) =>
        evaluations.Select(e => IsNational(e ?? throw new ArgumentNullException(nameof(evaluations)))
                ? National(e)
                : Shanxi(e)).ToList();

    /// <summary>The national 项目支出绩效自评表, printed from its layout file as the reader reads it (docs/form-layouts.md).</summary>
    internal static FormGrid National(SelfEvaluation e) => Print(e, NationalLayoutId);

    /// <summary>The Shanxi 财政支出项目绩效自评表, printed from its layout file as the reader reads it.</summary>
    internal static FormGrid Shanxi(SelfEvaluation e) => Print(e, ShanxiLayoutId);

    private static FormGrid Print(SelfEvaluation e, string id)
    {
        var layout = Forms.FormLayouts.Get(id);
        return Forms.FormGridBuilder.Build(layout, Forms.SelfEvaluationFields.ToData(e, layout));
    }

    internal const string NationalLayoutId = "national-self-evaluation", ShanxiLayoutId = "shanxi-self-evaluation";

    internal static void Require(IReadOnlyList<SelfEvaluation> evaluations, string target)
    {
        if (evaluations.Count == 0) throw new DocumentWriteException(target, "没有绩效自评表，无法生成文件");
    }
}
