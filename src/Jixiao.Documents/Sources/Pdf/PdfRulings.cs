using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>A horizontal or vertical ruling line: at <see cref="Pos"/> (y or x), from <see cref="From"/> to <see cref="To"/> along it.</summary>
internal readonly record struct Ruling(double Pos, double From, double To);

/// <summary>
/// The ruling lines of a page: stroked path segments and thin filled rectangles (how Word, WPS, LibreOffice and
/// ONLYOFFICE draw cell borders), snapped to common positions and joined where they touch. Clipping paths are not
/// lines: exporters clip every cell, which says nothing about borders.
/// </summary>
internal static class PdfRulings
{
    /// <summary>How far apart two lines may be and still be one border (points).</summary>
    public const double Snap = 1.5;

    /// <summary>How far a line may stop short of another and still meet it (points).</summary>
    public const double Join = 2.5;

    private const double Thin = 2.5;

    public static (List<Ruling> Horizontal, List<Ruling> Vertical) Find(Page page, PdfGridReader.Turn turn)
    {
        var h = new List<Ruling>();
        var v = new List<Ruling>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping || !(path.IsStroked || path.IsFilled)) continue;
            foreach (var sub in path)
            {
                if (path.IsFilled && !path.IsStroked)
                {
                    // A filled shape is a border only when it is a thin bar.
                    var box = sub.GetBoundingRectangle();
                    if (box is not { } raw) continue;
                    var p1 = turn.Apply(new PdfPoint(raw.Left, raw.Bottom));
                    var p2 = turn.Apply(new PdfPoint(raw.Right, raw.Top));
                    var b = new Grid.GridBox(Math.Min(p1.X, p2.X), Math.Min(p1.Y, p2.Y), Math.Max(p1.X, p2.X), Math.Max(p1.Y, p2.Y));
                    if (b.Height <= Thin && b.Width > Thin) h.Add(new Ruling((b.Bottom + b.Top) / 2, b.Left, b.Right));
                    else if (b.Width <= Thin && b.Height > Thin) v.Add(new Ruling((b.Left + b.Right) / 2, b.Bottom, b.Top));
                    continue;
                }
                PdfPoint? start = null, current = null;
                foreach (var command in sub.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move m:
                            start = current = m.Location;
                            break;
                        case PdfSubpath.Line l:
                            Add(turn.Apply(l.From), turn.Apply(l.To), h, v);
                            current = l.To;
                            break;
                        case PdfSubpath.BezierCurve c:
                            current = c.EndPoint;
                            break;
                        case PdfSubpath.Close:
                            if (start is { } s && current is { } cur) Add(turn.Apply(cur), turn.Apply(s), h, v);
                            current = start;
                            break;
                    }
                }
            }
        }
        return (Merge(h), Merge(v));
    }

    private static void Add(PdfPoint a, PdfPoint b, List<Ruling> h, List<Ruling> v)
    {
        double dx = Math.Abs(a.X - b.X), dy = Math.Abs(a.Y - b.Y);
        if (dy <= 1 && dx >= 1) h.Add(new Ruling((a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        else if (dx <= 1 && dy >= 1) v.Add(new Ruling((a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
    }

    /// <summary>Lines within <see cref="Snap"/> of each other take one position; touching pieces become one line.</summary>
    private static List<Ruling> Merge(List<Ruling> lines)
    {
        var result = new List<Ruling>();
        if (lines.Count == 0) return result;
        lines.Sort((a, b) => a.Pos.CompareTo(b.Pos));
        int i = 0;
        while (i < lines.Count)
        {
            int j = i;
            double sum = 0;
            while (j < lines.Count && lines[j].Pos - lines[i].Pos <= Snap) sum += lines[j++].Pos;
            double pos = Math.Round(sum / (j - i), 2);
            var group = lines.GetRange(i, j - i);
            group.Sort((a, b) => a.From.CompareTo(b.From));
            double from = group[0].From, to = group[0].To;
            for (int k = 1; k < group.Count; k++)
            {
                if (group[k].From <= to + Join) { to = Math.Max(to, group[k].To); continue; }
                result.Add(new Ruling(pos, from, to));
                from = group[k].From;
                to = group[k].To;
            }
            result.Add(new Ruling(pos, from, to));
            i = j;
        }
        return result;
    }
}
