namespace Jixiao.Targets.Library;

/// <summary>
/// Builds an <see cref="IndicatorLibrary"/> in one pass: each form is added once, each of its indicators looked up
/// in a dictionary by (二级, normalised name), so the work is linear in the number of indicator rows and a caller can
/// add the forms of 20,000 units file by file without holding the documents.
/// </summary>
public sealed class IndicatorLibraryBuilder
{
    private readonly Dictionary<(Level2Indicator, string), EntryAccumulator> entries = [];
    private readonly List<LibraryProject> projects = [];

    // The same names and values recur on thousands of forms: normalise each printed text once.
    private readonly Dictionary<string, string> keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> valueTexts = new(StringComparer.Ordinal);

    /// <summary>Adds a form: both halves of a Shanxi form, the one table of a Hebei form. <paramref name="source"/> names where it came from.</summary>
    public IndicatorLibraryBuilder Add(TargetForm form, string? source = null)
    {
        var d = form.Declaration;
        var project = new LibraryProject(projects.Count, form.Project.Name, string.IsNullOrWhiteSpace(form.Project.Code) ? null : form.Project.Code,
            d.AnnualGoal ?? d.ImplementationGoal, form.Layout, form.Year, source);
        projects.Add(project);
        foreach (var indicator in d.ImplementationIndicators) Add(indicator, project);
        foreach (var indicator in d.AnnualIndicators) Add(indicator, project);
        return this;
    }

    private void Add(Indicator indicator, LibraryProject project)
    {
        if (!keys.TryGetValue(indicator.Name, out var key)) keys.Add(indicator.Name, key = Text.Names.Normalize(indicator.Name));
        if (key.Length == 0) return; // a 二级 row with no 三级 printed
        if (!entries.TryGetValue((indicator.Level2, key), out var entry))
            entries.Add((indicator.Level2, key), entry = new EntryAccumulator(indicator.Level2, key));
        var target = indicator.Target;
        string? valueText = null;
        if (target.Kind != TargetValueKind.Empty && !valueTexts.TryGetValue(target.Text, out valueText))
            valueTexts.Add(target.Text, valueText = ComparisonSign.ValueText(target));
        entry.Add(indicator, valueText, project);
    }

    public IndicatorLibrary Build()
    {
        var list = new List<IndicatorEntry>(entries.Count);
        foreach (var accumulator in entries.Values) list.Add(accumulator.ToEntry());
        list.Sort(IndicatorLibrary.DefaultOrder);
        return new IndicatorLibrary([.. projects], list);
    }
}
