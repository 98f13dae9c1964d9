namespace Jixiao.Documents.Forms;

/// <summary>
/// The values of one form by field (docs/form-layouts.md, the field names): what the grid builder prints and what the
/// form reader gives back. Money is in 元 whatever unit the form prints; a value not known is absent, never 0.
/// </summary>
internal sealed class FormData
{
    public Dictionary<string, FormValue> Fields { get; } = new(StringComparer.Ordinal);

    /// <summary>The indicator rows, in printed order.</summary>
    public List<FormDataRow> Indicators { get; } = [];

    /// <summary>The printed money sources in order: <c>group</c> (the group's field), <c>source</c>, <c>amount</c> in 元.</summary>
    public List<FormDataRow> Sources { get; } = [];

    /// <summary>The score table in order: a section row (<c>section</c>, <c>points</c>, <c>score</c>, <c>isSection</c>) or an item (<c>section</c>, <c>group</c>, <c>name</c>, <c>points</c>, <c>score</c>).</summary>
    public List<FormDataRow> Scores { get; } = [];

    /// <summary>The people in order (<c>name</c>, <c>title</c>, <c>office</c>, <c>phone</c>).</summary>
    public List<FormDataRow> People { get; } = [];

    /// <summary>The points of a 资金支出计划 in order (<c>label</c>, <c>share</c> in percent).</summary>
    public List<FormDataRow> Plan { get; } = [];

    /// <summary>The decimals a money field was printed with (1077.00: 2), for a total compared as printed.</summary>
    public Dictionary<string, int> Decimals { get; } = new(StringComparer.Ordinal);

    /// <summary>The unit the form's money was printed in (10000 for 万元, 1 for 元) when the form says it (单位：元).</summary>
    public decimal? Unit { get; set; }

    /// <summary>The headings of the texts (<c>text:</c> fields) in the model's order.</summary>
    public List<string> TextHeadings { get; } = [];

    /// <summary>The line each field was read from (none when rendered).</summary>
    public Dictionary<string, int> Lines { get; } = new(StringComparer.Ordinal);

    /// <summary>False when the reader found nothing of a form under its title (附件：…绩效自评表 names a form, prints none).</summary>
    public bool HasContent { get; set; } = true;

    /// <summary>True when the form printed its indicator table (a summary form prints none: its indicators are unknown, not absent).</summary>
    public bool IndicatorsPrinted { get; set; } = true;

    public string? Text(string field) => Fields.TryGetValue(field, out var v) ? v.Text : null;

    public decimal? Number(string field) => Fields.TryGetValue(field, out var v) ? v.Number : null;

    public int Line(string field) => Lines.GetValueOrDefault(field);

    public void Set(string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text)) Fields[field] = new FormValue(text, null);
    }

    public void Set(string field, decimal? number)
    {
        if (number is { } n) Fields[field] = new FormValue(null, n);
    }
}

/// <summary>A value: a text, or a number (元 for money, points, a percent).</summary>
internal readonly record struct FormValue(string? Text, decimal? Number);

/// <summary>One indicator row's values by field, and the line it was read from (0 when rendered).</summary>
internal sealed class FormDataRow
{
    public Dictionary<string, FormValue> Fields { get; } = new(StringComparer.Ordinal);

    public int Line { get; init; }

    public string? Text(string field) => Fields.TryGetValue(field, out var v) ? v.Text : null;

    public decimal? Number(string field) => Fields.TryGetValue(field, out var v) ? v.Number : null;

    public void Set(string field, string? text)
    {
        if (!string.IsNullOrWhiteSpace(text)) Fields[field] = new FormValue(text, null);
    }

    public void Set(string field, decimal? number)
    {
        if (number is { } n) Fields[field] = new FormValue(null, n);
    }
}
