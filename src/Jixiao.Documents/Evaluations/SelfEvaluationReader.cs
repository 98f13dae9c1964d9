using Jixiao.Documents.Forms;
using Jixiao.Documents.Text;

namespace Jixiao.Documents.Evaluations;

/// <summary>
/// Reads the self-evaluations of text rows: every form from its title (a short row ending in 绩效自评表) to the next, each
/// in the layout whose labels it shows (docs/form-layouts.md) — the national 项目支出绩效自评表 and a province's own
/// layouts by the generic <see cref="FormReader"/> — and a form no layout recognises by the Shanxi reader.
/// </summary>
public static class SelfEvaluationReader
{
    /// <summary>True when <paramref name="rows"/> hold at least one self-evaluation title.</summary>
    public static bool Contains(IReadOnlyList<TextRow> rows) => ShanxiSelfEvaluationReader.Contains(rows);

    /// <summary>Every self-evaluation of <paramref name="rows"/>, in printed order; never throws.</summary>
    public static IReadOnlyList<SelfEvaluationRead> Read(IReadOnlyList<TextRow> rows)
    {
        var read = new List<SelfEvaluationRead>();
        foreach (var (start, end) in ShanxiSelfEvaluationReader.Forms(rows))
        {
            if (FormLayouts.Recognise(rows, start, end, FormKind.SelfEvaluation) is { } layout)
            {
                var (data, problems) = FormReader.Read(layout, rows, start, end);
                var evaluation = SelfEvaluationFields.FromData(data, layout, problems, rows[start].Line);
                read.Add(new SelfEvaluationRead(evaluation, rows[start].Line) { Title = evaluation.Title, Problems = problems });
            }
            else if (ShanxiSelfEvaluationReader.ReadForm(rows, start, end) is { } form) read.Add(form);
        }
        return read;
    }
}
