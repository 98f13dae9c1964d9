using System.Text;
using Jixiao.Documents.Targets.Rendering;
using Jixiao.Evaluations;

namespace Jixiao.Documents.Evaluations.Rendering;

/// <summary>
/// Writes self-evaluations each in its own layout — the national 项目支出绩效自评表 or the Shanxi 财政支出项目绩效自评表 —
/// as one workbook (a sheet per evaluation, named after its project) or one HTML page (a section per evaluation), on the
/// target forms' grid machinery: the same fields in the same places in both, A4 portrait, each fitted to one printed page
/// as the form is filed. Money in 万元 with two decimals, scores as numbers.
/// </summary>
public static class SelfEvaluationFormWriter
{
    /// <summary>Writes the workbook to <paramref name="path"/>, all or nothing; failures are <see cref="DocumentWriteException"/>.</summary>
    public static void WriteXlsx(IReadOnlyList<(SelfEvaluation Evaluation, SelfEvaluationLayout Layout)> forms, string path)
    {
        var grids = Grids(forms, path);
        AtomicFile.Write(path, stream => TargetFormXlsxWriter.WriteGrids(grids, Title(forms), stream));
    }

    /// <summary>Writes the workbook to a stream.</summary>
    public static void WriteXlsx(IReadOnlyList<(SelfEvaluation Evaluation, SelfEvaluationLayout Layout)> forms, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        TargetFormXlsxWriter.WriteGrids(Grids(forms, "（输出流）"), Title(forms), stream);
    }

    /// <summary>Writes the page to <paramref name="path"/> as UTF-8, all or nothing; failures are <see cref="DocumentWriteException"/>.</summary>
    public static void WriteHtml(IReadOnlyList<(SelfEvaluation Evaluation, SelfEvaluationLayout Layout)> forms, string path)
    {
        var html = TargetFormHtmlWriter.ToHtml(Grids(forms, path), Title(forms));
        AtomicFile.Write(path, stream => stream.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(html)));
    }

    /// <summary>The page as a string.</summary>
    public static string ToHtml(IReadOnlyList<(SelfEvaluation Evaluation, SelfEvaluationLayout Layout)> forms) =>
        TargetFormHtmlWriter.ToHtml(Grids(forms, "（输出）"), Title(forms));

    private static IReadOnlyList<FormGrid> Grids(IReadOnlyList<(SelfEvaluation Evaluation, SelfEvaluationLayout Layout)> forms, string target)
    {
        ArgumentNullException.ThrowIfNull(forms);
        if (forms.Count == 0) throw new DocumentWriteException(target, "没有绩效自评表，无法生成文件");
        return forms.Select(f =>
        {
            ArgumentNullException.ThrowIfNull(f.Evaluation, nameof(forms));
            return f.Layout == SelfEvaluationLayout.National
                ? SelfEvaluationXlsxWriter.National(f.Evaluation)
                : SelfEvaluationXlsxWriter.Shanxi(f.Evaluation);
        }).ToList();
    }

    /// <summary>The document's title: the form's name when every evaluation is in one layout.</summary>
    private static string Title(IReadOnlyList<(SelfEvaluation Evaluation, SelfEvaluationLayout Layout)> forms) =>
        forms.Select(f => f.Layout).Distinct().ToList() switch
        {
            [SelfEvaluationLayout.National] => SelfEvaluations.NationalTitle,
            [SelfEvaluationLayout.Shanxi] => SelfEvaluationXlsxWriter.DocumentTitle,
            _ => "绩效自评表",
        };
}
