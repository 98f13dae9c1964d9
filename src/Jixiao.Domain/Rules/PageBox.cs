using System.Globalization;

namespace Jixiao.Rules;

/// <summary>A rectangle on a page in PDF points, origin at the bottom left.</summary>
public readonly record struct PageBox(double Left, double Bottom, double Right, double Top)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Left:F1},{Bottom:F1},{Right:F1},{Top:F1}");
}
