using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// Reads a date as a cell gives it: an Excel date cell comes as <c>2023-06-30</c> (<see cref="CellText"/>); a date typed
/// as text may also be <c>2023/6/30</c>, <c>2023.6.30</c> or <c>2023年6月30日</c>.
/// </summary>
internal static partial class CellDates
{
    public static bool TryParse(string text, out DateOnly date)
    {
        date = default;
        var m = DatePattern().Match(text.Normalize(System.Text.NormalizationForm.FormKC));
        if (!m.Success) return false;
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
        int day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        if (year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    [GeneratedRegex(@"^\s*(?<y>\d{4})\s*(?:[-/.]\s*(?<m>\d{1,2})\s*[-/.]\s*(?<d>\d{1,2})|年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日)\s*$")]
    private static partial Regex DatePattern();
}
