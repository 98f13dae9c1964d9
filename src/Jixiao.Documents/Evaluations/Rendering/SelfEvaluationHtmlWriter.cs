using System.Text;
using Jixiao.Documents.Targets.Rendering;
using Jixiao.Evaluations;
using Jixiao.Targets;

namespace Jixiao.Documents.Evaluations.Rendering;

/// <summary>
/// Writes self-evaluations as one self-contained UTF-8 HTML page, one section per evaluation in the Shanxi
/// 财政支出项目绩效自评表 layout — the same grid as the workbook; printed, each starts a new A4 page.
/// </summary>
public static class SelfEvaluationHtmlWriter
{
    /// <summary>Writes the page to <paramref name="path"/>, all or nothing; failures are <see cref="DocumentWriteException"/>.</summary>
    public static void Write(IReadOnlyList<SelfEvaluation> evaluations, string path)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        SelfEvaluationXlsxWriter.Require(evaluations, path);
        AtomicFile.Write(path, stream => Write(evaluations, stream));
    }

    /// <summary>Writes the page to a stream as UTF-8 (no byte-order mark).</summary>
    public static void Write(IReadOnlyList<SelfEvaluation> evaluations, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(ToHtml(evaluations)));
    }

    /// <summary>The target forms and the self-evaluations of one document on one page, the target forms first; all or nothing.</summary>
    public static void Write(IReadOnlyList<TargetForm> targetForms, IReadOnlyList<SelfEvaluation> evaluations, string path)
    {
        ArgumentNullException.ThrowIfNull(targetForms);
        ArgumentNullException.ThrowIfNull(evaluations);
        var grids = SelfEvaluationXlsxWriter.Grids(targetForms, evaluations, path);
        var html = TargetFormHtmlWriter.ToHtml(grids, SelfEvaluationXlsxWriter.Title(targetForms, evaluations));
        AtomicFile.Write(path, stream => stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html)));
    }

    /// <summary>The page as a string.</summary>
    public static string ToHtml(IReadOnlyList<SelfEvaluation> evaluations)
    {
        ArgumentNullException.ThrowIfNull(evaluations);
        SelfEvaluationXlsxWriter.Require(evaluations, "（输出）");
        return TargetFormHtmlWriter.ToHtml(SelfEvaluationXlsxWriter.Grids(evaluations), SelfEvaluationXlsxWriter.Title([], evaluations));
    }
}
