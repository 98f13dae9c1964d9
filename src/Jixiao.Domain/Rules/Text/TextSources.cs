using Jixiao.Disclosures;

namespace Jixiao.Rules.Text;

/// <summary>The texts of a disclosure a text rule reads: explanation paragraphs, table titles and header lines, project names.</summary>
internal static class TextSources
{
    public static IEnumerable<(string Subject, string Location, string Text, int Line)> Of(Disclosure d, bool projects)
    {
        foreach (var (p, ordinal) in TextBlock.Number(d.Paragraphs))
            yield return (TextBlock.SubjectOf(p.Section), $"第{ordinal}段", p.Text, p.Line);
        foreach (var t in d.Tables)
        {
            yield return (t.Subject, "表题", t.PrintedTitle, t.Line);
            foreach (var h in t.HeaderLines) yield return (t.Subject, "表头", h, t.Line);
        }
        if (projects)
            foreach (var p in d.Projects)
                yield return ($"项目“{p.Name}”", "项目名称", p.Name, p.Line);
    }
}
