using Jixiao.Documents.Text;
using Jixiao.Targets;

namespace Jixiao.Documents.Forms;

/// <summary>
/// Reads the target forms of a document in their layouts (docs/form-layouts.md, <c>kind: target-declaration</c>): every
/// form from its title to the next, read by the generic <see cref="FormReader"/> in the layout whose title ending it
/// has — of several, the one whose recognising labels it shows most — and filled into a <see cref="TargetForm"/> by
/// <see cref="TargetDeclarationFields"/>. A title under which no form is printed (a line of the contents) starts none.
/// </summary>
internal static class TargetFormReader
{
    /// <summary>True when <paramref name="rows"/> hold a title of a target form of the layouts <paramref name="which"/> takes.</summary>
    public static bool Contains(IReadOnlyList<TextRow> rows, Func<FormLayout, bool> which) =>
        rows.Any(r => TitleLayouts(r, Layouts(which)).Count > 0);

    public static IReadOnlyList<TargetForm> Read(IReadOnlyList<TextRow> rows, Func<FormLayout, bool> which)
    {
        var layouts = Layouts(which);
        var forms = new List<TargetForm>();
        for (int i = 0; i < rows.Count; i++)
        {
            var candidates = TitleLayouts(rows[i], layouts);
            if (candidates.Count == 0) continue;
            int end = i + 1;
            while (end < rows.Count && TitleLayouts(rows[end], layouts).Count == 0) end++;
            var layout = candidates.Count == 1 ? candidates[0]
                : FormLayouts.Shown(rows, i, end, FormKind.TargetDeclaration).Where(s => candidates.Contains(s.Layout))
                    .OrderByDescending(s => s.Count).Select(s => s.Layout).First();
            var (data, problems) = FormReader.Read(layout, rows, i, end);
            var form = TargetDeclarationFields.FromData(data, layout, problems, rows[i].Line, data.IndicatorsPrinted);
            // a line of the contents (目录) that names a form is not one: a form prints its identity, money or indicators
            if (data.Text("projectCode") is not null || data.Text("projectName") is not null || data.Number("funds.annual") is not null
                || data.Number("funds.implementation") is not null || data.Indicators.Count > 0)
                forms.Add(form);
            i = end - 1;
        }
        return forms;
    }

    private static List<FormLayout> Layouts(Func<FormLayout, bool> which) =>
        [.. FormLayouts.All.Where(l => l.Kind == FormKind.TargetDeclaration && which(l))];

    /// <summary>
    /// The layouts a row is the title of: one of its first cells (a converter's bookmark dropped — rows are not always
    /// separated before a title) ends with the layout's title ending and is no longer than a title.
    /// </summary>
    private static List<FormLayout> TitleLayouts(TextRow row, List<FormLayout> layouts)
    {
        var found = new List<FormLayout>();
        int filled = row.Filled.Count();
        foreach (var cell in row.Filled.Take(4))
        {
            var text = FormReader.WithoutBookmark(cell.Trim());
            if (text.Length is <= 5 or >= 120) continue;
            foreach (var layout in layouts)
                if (layout.Title.IsTitle(text, filled) && !found.Contains(layout)) found.Add(layout);
        }
        return found;
    }
}
