using Jixiao.Text;

namespace Jixiao.Targets.Library;

/// <summary>What the library gathers for one entry while forms are added; <see cref="ToEntry"/> freezes it.</summary>
internal sealed class EntryAccumulator(Level2Indicator level2, string key)
{
    private readonly List<LibraryProject> projects = [];
    private readonly Tally<string> names = new(StringComparer.Ordinal);
    private readonly Tally<string> values = new(StringComparer.Ordinal);
    private readonly Tally<Comparison> comparisons = new();
    private readonly Tally<string> quantityUnits = new(StringComparer.Ordinal);
    private readonly Dictionary<string, MeasureUnit> units = new(StringComparer.Ordinal);

    // The quantities' extremes in the base of the first unit seen (元 for 万元); no range once two units do not convert.
    private MeasureUnit? first;
    private decimal minBase, maxBase;
    private bool mixedUnits;
    private string? description, basis;

    /// <summary>Adds a row of <paramref name="project"/>'s form; <paramref name="valueText"/> is its value as counted, null when empty.</summary>
    public void Add(Indicator indicator, string? valueText, LibraryProject project)
    {
        int form = project.Index;
        if (projects.Count == 0 || projects[^1].Index != form) projects.Add(project);
        names.Add(indicator.Name.Trim(), form);

        var target = indicator.Target;
        if (valueText is not null)
        {
            values.Add(valueText, form);
            if (target.Comparison != Comparison.None) comparisons.Add(target.Comparison, form);
        }
        switch (target.Kind)
        {
            case TargetValueKind.Quantity when target.Value is { } q:
                AddQuantity(q, form);
                break;
            case TargetValueKind.Range:
                if (target.Lower is { } lower) AddQuantity(lower, form);
                if (target.Upper is { } upper) AddQuantity(upper, form);
                break;
        }

        // Most descriptions that repeat the name repeat it exactly: only the others need normalising.
        if (description is null && !string.IsNullOrWhiteSpace(indicator.Description) && indicator.Description != indicator.Name
            && Names.Normalize(indicator.Description) != key)
            description = indicator.Description.Trim();
        if (basis is null && !string.IsNullOrWhiteSpace(indicator.Basis)) basis = indicator.Basis.Trim();
    }

    private void AddQuantity(Quantity q, int form)
    {
        var unit = q.Unit;
        if (!units.TryGetValue(unit.Text, out var known)) units.Add(unit.Text, unit);
        quantityUnits.Add(unit.Text, form);
        if (mixedUnits) return;
        decimal value;
        try { value = q.InBase; }
        catch (OverflowException)
        {
            // A quantity built by hand (not parsed) can be too large for its base; the entry then has no range.
            mixedUnits = true;
            return;
        }
        if (first is null) { first = unit; minBase = maxBase = value; return; }
        if (!ReferenceEquals(known, first) && !unit.IsConvertibleTo(first)) { mixedUnits = true; return; }
        if (value < minBase) minBase = value;
        if (value > maxBase) maxBase = value;
    }

    public IndicatorEntry ToEntry()
    {
        var printed = names.Ordered(StringComparer.Ordinal);
        var counted = quantityUnits.Ordered(StringComparer.Ordinal);
        return new IndicatorEntry
        {
            Level2 = level2,
            Key = key,
            Name = printed[0].Value,
            PrintedNames = printed,
            Projects = projects,
            Units = counted,
            Values = values.Ordered(StringComparer.Ordinal),
            Comparisons = comparisons.Ordered(Comparer<Comparison>.Default),
            Range = Range(counted),
            ExampleDescription = description,
            ExampleBasis = basis,
        };
    }

    private ValueRange? Range(IReadOnlyList<Tallied<string>> counted)
    {
        if (mixedUnits || first is null) return null;
        // In the unit most forms print; 万元 and 元 convert exactly (decimal factors), so 50000元 shows as 5万元.
        var unit = units[counted[0].Value];
        try { return new ValueRange(new Quantity(minBase / unit.Factor, unit), new Quantity(maxBase / unit.Factor, unit)); }
        catch (OverflowException) { return null; }
    }
}
