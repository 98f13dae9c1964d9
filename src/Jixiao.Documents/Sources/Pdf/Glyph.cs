namespace Jixiao.Documents.Sources.Pdf;

/// <summary>A printed character on an upright page: its text, left and right edge, baseline and size (points).</summary>
internal readonly record struct Glyph(string Value, double Left, double Right, double Baseline, double Size)
{
    public double CenterX => (Left + Right) / 2;
    public double CenterY => Baseline + Size * 0.35;
    public double Top => Baseline + Size * 0.85;
    public double Bottom => Baseline - Size * 0.15;
}
