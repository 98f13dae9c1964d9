using Jixiao.Money;

namespace Jixiao.Disclosures;

/// <summary>
/// A row of a disclosure table: its key (a code, <c>total</c>, or a fixed row key), the code and label as printed,
/// and one figure per column of the part's template (null where the cell is unreadable or the column absent).
/// A blank cell is a zero printed with the table's precision.
/// </summary>
public sealed class DisclosureRow(string key, string? code, string label, Figure?[] values)
{
    public string Key { get; } = key;
    public string? Code { get; } = code;
    public string Label { get; } = label;
    public Figure?[] Values { get; } = values;

    /// <summary>The printed text of each cell (for messages about unreadable cells), parallel to <see cref="Values"/>.</summary>
    public string?[] RawValues { get; init; } = [];

    /// <summary>
    /// For each column of the part's template, the index of the cell it was read from in its line of the source (-1
    /// where it was not printed); empty when not known. A finding on a figure is boxed on that cell.
    /// </summary>
    public int[] SourceCells { get; init; } = [];

    /// <summary>Line of the source file the row starts on (0 when generated).</summary>
    public int Line { get; init; }

    /// <summary>True when the row was in the document (false for a row the checker filled in as zero).</summary>
    public bool Printed { get; init; } = true;

    /// <summary>
    /// False when the document printed no code and the reader found <see cref="Code"/> from the printed name in the
    /// year's catalog (set S table 6 prints names only).
    /// </summary>
    public bool CodePrinted { get; init; } = true;

    /// <summary>The government economic name printed beside a departmental one (set S table 6: 基本工资 | 工资奖金津补贴).</summary>
    public string? GovernmentLabel { get; init; }

    /// <summary>The government economic code printed beside a departmental one, if any.</summary>
    public string? GovernmentCode { get; init; }

    public override string ToString() => $"{Code} {Label}";
}
