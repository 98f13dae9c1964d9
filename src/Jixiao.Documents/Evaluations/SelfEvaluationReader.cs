using Jixiao.Documents.Forms;
using Jixiao.Documents.Text;
using Jixiao.Text;

namespace Jixiao.Documents.Evaluations;

/// <summary>
/// Reads the self-evaluations of text rows: every form from its title (a short row ending as a self-evaluation layout's
/// title ends, 绩效自评表) to the next, each by the generic <see cref="FormReader"/> in the layout whose labels it shows
/// (docs/form-layouts.md) — the national 项目支出绩效自评表, the Shanxi 财政支出项目绩效自评表 and a province's own.
/// </summary>
public static class SelfEvaluationReader
{
    /// <summary>True when <paramref name="rows"/> hold at least one self-evaluation title.</summary>
    public static bool Contains(IReadOnlyList<TextRow> rows) => rows.Any(IsTitle);

    /// <summary>Every self-evaluation of <paramref name="rows"/>, in printed order; never throws.</summary>
    public static IReadOnlyList<SelfEvaluationRead> Read(IReadOnlyList<TextRow> rows)
    {
        var read = new List<SelfEvaluationRead>();
        foreach (var (start, end) in Forms(rows))
        {
            if (LayoutOf(rows, start, end) is not { } layout) continue;
            var (data, problems) = FormReader.Read(layout, rows, start, end);
            // A line that only names the form (附件：…绩效自评表) starts none: a form prints its name, money or scores.
            if (!data.HasContent) continue;
            var evaluation = SelfEvaluationFields.FromData(data, layout, problems, rows[start].Line);
            read.Add(new SelfEvaluationRead(evaluation, rows[start].Line) { Title = evaluation.Title, Problems = problems });
        }
        return read;
    }

    /// <summary>
    /// The layout whose labels the form shows; for a form that shows too few of any (a file cut off after its first
    /// rows) the layout whose title its title ends with, the longest first (晋中市财政支出项目绩效自评表 → 财政支出项目绩效自评表),
    /// else the one whose labels it shows most — so that a form is always read and what it lacks is named.
    /// </summary>
    private static FormLayout? LayoutOf(IReadOnlyList<TextRow> rows, int start, int end)
    {
        if (FormLayouts.Recognise(rows, start, end, FormKind.SelfEvaluation) is { } recognised) return recognised;
        string title = Names.Normalize(rows[start].Filled.FirstOrDefault() ?? "");
        int TitleMatch(FormLayout l) => Names.Normalize(l.Title.Text) is var t && title.EndsWith(t, StringComparison.Ordinal) ? t.Length : 0;
        return FormLayouts.Shown(rows, start, end, FormKind.SelfEvaluation)
            .OrderByDescending(s => TitleMatch(s.Layout)).ThenByDescending(s => s.Count)
            .Select(s => s.Layout).FirstOrDefault();
    }

    /// <summary>Each form's rows: from a title to the next, as (first row, end).</summary>
    internal static IEnumerable<(int Start, int End)> Forms(IReadOnlyList<TextRow> rows)
    {
        int start = -1;
        for (int i = 0; i <= rows.Count; i++)
        {
            if (i < rows.Count && !IsTitle(rows[i])) continue;
            if (start >= 0) yield return (start, i);
            start = i;
        }
    }

    internal static bool IsTitle(TextRow row)
    {
        if (row.Filled.Take(4).Count() > 3) return false;
        var endings = FormLayouts.All.Where(l => l.Kind == FormKind.SelfEvaluation).Select(l => Names.Normalize(l.Title.EndsWith)).Distinct().ToList();
        // A text block may mention the form; a title ends with its name.
        return row.Filled.Any(c => Names.Normalize(c) is var n && n.Length <= 50 && endings.Any(e => n.EndsWith(e, StringComparison.Ordinal)));
    }
}
