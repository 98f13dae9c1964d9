using System.Globalization;
using System.Text;

namespace Jixiao.Documents.Sources.Xlsx;

/// <summary>
/// A cell's number format reduced to what shows on the printed page: the decimals, the thousands separator, a percent,
/// a date, parentheses for negatives, or General. A figure stored as 2940.0500000001 under <c>#,##0.00</c> shows as
/// <c>2,940.05</c>, as Excel prints it.
/// </summary>
internal sealed record NumberFormat(NumberFormatKind Kind, int Decimals, bool Thousands, bool NegativeInParentheses)
{
    public static readonly NumberFormat General = new(NumberFormatKind.General, 0, false, false);
    public static readonly NumberFormat Text = new(NumberFormatKind.Text, 0, false, false);

    /// <summary>The formats Excel builds in, by id (ids 14–22 and the Chinese 27–36, 50–58 are dates).</summary>
    public static NumberFormat BuiltIn(uint id) => id switch
    {
        1 => Parse("0"),
        2 => Parse("0.00"),
        3 => Parse("#,##0"),
        4 => Parse("#,##0.00"),
        9 => Parse("0%"),
        10 => Parse("0.00%"),
        11 or 48 => new(NumberFormatKind.Scientific, 2, false, false),
        37 or 38 => Parse("#,##0 ;(#,##0)"),
        39 or 40 => Parse("#,##0.00;(#,##0.00)"),
        49 => Text,
        (>= 14 and <= 22) or (>= 27 and <= 36) or (>= 45 and <= 47) or (>= 50 and <= 58) => new(NumberFormatKind.Date, 0, false, false),
        _ => General,
    };

    /// <summary>A format code such as <c>#,##0.00_ ;[Red]-#,##0.00</c>: its first section decides decimals and separators.</summary>
    public static NumberFormat Parse(string code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Trim().Equals("General", StringComparison.OrdinalIgnoreCase)) return General;
        var sections = Sections(code);
        var first = Strip(sections[0]);
        bool parens = sections.Count > 1 && Strip(sections[1]).Contains('(');
        if (first.Trim() == "@") return Text;
        var lower = first.ToLowerInvariant();
        if (lower.IndexOfAny(['y', 'm', 'd', 'h', 's']) >= 0 && lower.IndexOfAny(['0', '#']) < 0) return new(NumberFormatKind.Date, 0, false, false);
        if (lower.Contains("e+") || lower.Contains("e-")) return new(NumberFormatKind.Scientific, DecimalsOf(first), false, false);
        if (first.IndexOfAny(['0', '#', '?']) < 0) return General;
        bool thousands = false;
        int point = first.IndexOf('.');
        var integer = point < 0 ? first : first[..point];
        for (int i = 0; i < integer.Length; i++)
            if (integer[i] == ',' && i > 0 && integer[..i].IndexOfAny(['0', '#', '?']) >= 0 && i + 1 < integer.Length && integer[i + 1] is '0' or '#' or '?')
                thousands = true;
        var kind = first.Contains('%') ? NumberFormatKind.Percent : NumberFormatKind.Number;
        return new(kind, DecimalsOf(first), thousands, parens);
    }

    /// <summary>The value as displayed.</summary>
    public string Display(string stored)
    {
        if (Kind == NumberFormatKind.Text) return stored;
        if (!decimal.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            return double.TryParse(stored, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d.ToString("G10", CultureInfo.InvariantCulture) : stored;
        switch (Kind)
        {
            case NumberFormatKind.General:
                return GeneralText(value);
            case NumberFormatKind.Date:
                if (value is < 0 or > 2958465) return GeneralText(value);
                var date = DateTime.FromOADate((double)value);
                return date.TimeOfDay == TimeSpan.Zero
                    ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                    : date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            case NumberFormatKind.Scientific:
                return ((double)value).ToString("0." + new string('0', Decimals) + "E+00", CultureInfo.InvariantCulture);
            case NumberFormatKind.Percent:
                return Fixed(value * 100m) + "%";
            default:
                return Fixed(value);
        }
    }

    private string Fixed(decimal value)
    {
        var rounded = Math.Round(value, Decimals, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString((Thousands ? "N" : "F") + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        if (rounded >= 0) return text;
        return NegativeInParentheses ? $"({text})" : "-" + text;
    }

    /// <summary>Excel's General: at most 10 significant digits, no trailing zeros.</summary>
    private static string GeneralText(decimal value)
    {
        if (value == 0m) return "0";
        int digits = (int)Math.Floor(Math.Log10((double)Math.Abs(value))) + 1;
        int decimals = Math.Clamp(10 - digits, 0, 10);
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return rounded.ToString("0.##########", CultureInfo.InvariantCulture);
    }

    private static int DecimalsOf(string section)
    {
        int point = section.IndexOf('.');
        if (point < 0) return 0;
        int n = 0;
        for (int i = point + 1; i < section.Length && section[i] is '0' or '#' or '?'; i++) n++;
        return Math.Min(n, 10);
    }

    private static List<string> Sections(string code)
    {
        var sections = new List<string>();
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (c == '"') quoted = !quoted;
            if (c == '\\' && i + 1 < code.Length) { sb.Append(c).Append(code[++i]); continue; }
            if (c == ';' && !quoted) { sections.Add(sb.ToString()); sb.Clear(); continue; }
            sb.Append(c);
        }
        sections.Add(sb.ToString());
        return sections;
    }

    // Quoted literals, [colour]/[$-804] brackets, escaped characters and _x / *x padding say nothing about the figure.
    private static string Strip(string section)
    {
        var sb = new StringBuilder();
        for (int i = 0; i < section.Length; i++)
        {
            char c = section[i];
            if (c == '"') { int end = section.IndexOf('"', i + 1); i = end < 0 ? section.Length : end; continue; }
            if (c == '[') { int end = section.IndexOf(']', i + 1); i = end < 0 ? section.Length : end; continue; }
            if (c is '\\' or '_' or '*') { i++; continue; }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
