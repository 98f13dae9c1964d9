namespace Jixiao.Documents.Grid;

/// <summary>A rectangle on a page in PDF points, origin at the bottom left (as <c>pdftotext -bbox</c> flips it: top-left).</summary>
public readonly record struct GridBox(double Left, double Bottom, double Right, double Top)
{
    public double Width => Right - Left;
    public double Height => Top - Bottom;

    public bool Contains(double x, double y) => x >= Left && x <= Right && y >= Bottom && y <= Top;

    /// <summary>The smallest box holding both.</summary>
    public GridBox Union(GridBox other) =>
        new(Math.Min(Left, other.Left), Math.Min(Bottom, other.Bottom), Math.Max(Right, other.Right), Math.Max(Top, other.Top));

    /// <summary>Intersection over union: 1 for the same box, 0 for boxes that do not overlap.</summary>
    public double IntersectionOverUnion(GridBox other)
    {
        double w = Math.Min(Right, other.Right) - Math.Max(Left, other.Left);
        double h = Math.Min(Top, other.Top) - Math.Max(Bottom, other.Bottom);
        if (w <= 0 || h <= 0) return 0;
        double i = w * h;
        return i / (Width * Height + other.Width * other.Height - i);
    }

    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Left:F1},{Bottom:F1},{Right:F1},{Top:F1}");
}
