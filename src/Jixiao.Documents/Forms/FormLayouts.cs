using Jixiao.Documents.Text;

namespace Jixiao.Documents.Forms;

/// <summary>
/// The form layouts: those shipped in <c>Forms/Layouts/*.json</c> and a user's (<see cref="UserFormFolder"/>), which
/// add a layout or replace a shipped one of the same id. A form is read in the layout whose labels it shows.
/// </summary>
internal static class FormLayouts
{
    private const string Prefix = "Jixiao.Documents.Forms.Layouts.";

    private static readonly Lazy<IReadOnlyList<FormLayout>> Shipped = new(() =>
    {
        var assembly = typeof(FormLayouts).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n =>
            {
                using var stream = assembly.GetManifestResourceStream(n)!;
                using var reader = new StreamReader(stream);
                return FormLayoutParser.Parse(reader.ReadToEnd(), "内置表样 " + n[Prefix.Length..]);
            }).ToArray();
    });

    private static IReadOnlyList<FormLayout> _user = [];

    /// <summary>Every layout, the user's first (a user's layout of a shipped id replaces it).</summary>
    public static IReadOnlyList<FormLayout> All =>
        [.. _user, .. Shipped.Value.Where(s => !_user.Any(u => string.Equals(u.Id, s.Id, StringComparison.OrdinalIgnoreCase)))];

    /// <summary>The layout with id <paramref name="id"/>; <see cref="KeyNotFoundException"/> for an unknown id.</summary>
    public static FormLayout Get(string id) =>
        All.FirstOrDefault(l => string.Equals(l.Id, id, StringComparison.OrdinalIgnoreCase))
        ?? throw new KeyNotFoundException($"没有表样“{id}”（现有：{string.Join("、", All.Select(l => l.Id))}）");

    /// <summary>Sets the user's layouts (read at start, before any form is read or printed).</summary>
    public static void Configure(IReadOnlyList<FormLayout> user) => _user = user;

    /// <summary>
    /// The layout of kind <paramref name="kind"/> whose recognising labels a form's rows show most, at least as many as it
    /// asks; null when none does (the form is then read by the reader of its province's older form).
    /// </summary>
    public static FormLayout? Recognise(IReadOnlyList<TextRow> rows, int start, int end, FormKind kind)
    {
        FormLayout? best = null;
        int bestCount = 0;
        foreach (var (layout, count) in Shown(rows, start, end, kind))
            if (count >= layout.RecogniseAtLeast && count > bestCount) (best, bestCount) = (layout, count);
        return best;
    }

    /// <summary>Each layout of kind <paramref name="kind"/> with the number of its recognising labels the form's rows show.</summary>
    public static IEnumerable<(FormLayout Layout, int Count)> Shown(IReadOnlyList<TextRow> rows, int start, int end, FormKind kind)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (int r = start; r < end; r++)
            foreach (var cell in rows[r].Filled) keys.Add(FormLabel.Key(cell));
        foreach (var layout in All)
            if (layout.Kind == kind) yield return (layout, layout.Recognise.Count(l => keys.Any(l.MatchesKey)));
    }
}
