using Jixiao.Text;

namespace Jixiao.Targets.Library;

/// <summary>What the library gathers for one entry while forms are added; <see cref="ToEntry"/> freezes it.</summary>
internal sealed class EntryAccumulator(Level2Indicator level2, string key)
{
    private readonly List<LibraryProject> projects = [];
    private readonly Tally<string> names = new(StringComparer.Ordinal);
    private readonly Tally<string> values = new(StringComparer.Ordinal);
    private readonly Tally<Comparison> comparisons = new();
    private readonly Tally<MeasureUnit> quantityUnits = new();

    // The quantities' extremes in their common base; cleared for good when two units do not convert.
    private Quantity? min, max;
    private bool mixedUnits;
    private string? description, basis;

    public void Add(Indicator indicator, LibraryProject project)
    {
        int form = project.Index;
        if (projects.Count == 0 || projects[^1].Index != form) projects.Add(project);
        names.Add(indicator.Name.Trim(), form);

        var target = indicator.Target;
        if (target.Kind != TargetValueKind.Empty)
        {
            values.Add(ComparisonSign.ValueText(target), form);
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

        if (description is null && !string.IsNullOrWhiteSpace(indicator.Description)
            && Names.Normalize(indicator.Description) != key)
            description = indicator.Description.Trim();
        if (basis is null && !string.IsNullOrWhiteSpace(indicator.Basis)) basis = indicator.Basis.Trim();
    }

    private void AddQuantity(Quantity q, int form)
    {
        quantityUnits.Add(q.Unit, form);
        if (mixedUnits) return;
        try
        {
            if (min is not { } low) { min = max = q; return; }
            if (!Quantity.TryCompare(q, low, out int belowMin)) { mixedUnits = true; return; }
            if (belowMin < 0) min = q;
            Quantity.TryCompare(q, max!.Value, out int aboveMax);
            if (aboveMax > 0) max = q;
        }
        catch (OverflowException)
        {
            // A quantity built by hand (not parsed) can be too large for its base; it then has no range.
            mixedUnits = true;
        }
    }

    public IndicatorEntry ToEntry()
    {
        var printed = names.Ordered(StringComparer.Ordinal);
        var units = quantityUnits.Ordered(ByText);
        return new IndicatorEntry
        {
            Level2 = level2,
            Key = key,
            Name = printed[0].Value,
            PrintedNames = printed,
            Projects = projects,
            Units = [.. units.Select(u => new Tallied<string>(u.Value.Text, u.Forms))],
            Values = values.Ordered(StringComparer.Ordinal),
            Comparisons = comparisons.Ordered(Comparer<Comparison>.Default),
            Range = Range(units),
            ExampleDescription = description,
            ExampleBasis = basis,
        };
    }

    private static readonly IComparer<MeasureUnit> ByText = Comparer<MeasureUnit>.Create((a, b) => string.CompareOrdinal(a.Text, b.Text));

    private ValueRange? Range(IReadOnlyList<Tallied<MeasureUnit>> units)
    {
        if (mixedUnits || min is not { } low || max is not { } high) return null;
        // In the unit most forms print; 万元 and 元 convert exactly (decimal factors), so 50000元 shows as 5万元.
        var unit = units[0].Value;
        try
        {
            if (!low.TryConvert(unit, out var from) || !high.TryConvert(unit, out var to)) return null;
            return new ValueRange(from, to);
        }
        catch (OverflowException) { return null; }
    }
}
