using Jixiao.Documents.Grid;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Cells from ruling lines, the way pdfplumber and tabula's lattice mode find them: the crossings of horizontal and
/// vertical lines, then for each crossing the smallest rectangle whose four corners are crossings joined by lines;
/// cells that share corners form one table. A merged cell is simply a larger rectangle.
/// </summary>
internal static class PdfLattice
{
    public static List<List<GridBox>> Tables(List<Ruling> horizontal, List<Ruling> vertical)
    {
        const double tol = PdfRulings.Join;
        var points = new HashSet<(double X, double Y)>();
        foreach (var h in horizontal)
        foreach (var v in vertical)
            if (v.Pos >= h.From - tol && v.Pos <= h.To + tol && h.Pos >= v.From - tol && h.Pos <= v.To + tol)
                points.Add((v.Pos, h.Pos));
        if (points.Count < 4) return [];

        var byX = points.GroupBy(p => p.X).ToDictionary(g => g.Key, g => g.Select(p => p.Y).OrderByDescending(y => y).ToArray());
        var byY = points.GroupBy(p => p.Y).ToDictionary(g => g.Key, g => g.Select(p => p.X).OrderBy(x => x).ToArray());
        var hAt = horizontal.GroupBy(r => r.Pos).ToDictionary(g => g.Key, g => g.ToArray());
        var vAt = vertical.GroupBy(r => r.Pos).ToDictionary(g => g.Key, g => g.ToArray());

        bool Joined(Dictionary<double, Ruling[]> at, double pos, double a, double b)
        {
            if (!at.TryGetValue(pos, out var lines)) return false;
            double lo = Math.Min(a, b), hi = Math.Max(a, b);
            foreach (var l in lines) if (l.From <= lo + tol && l.To >= hi - tol) return true;
            return false;
        }

        var cells = new List<GridBox>();
        foreach (var (x, y) in points)
        {
            // (x, y) is a top-left corner: look down its column and right along its row, nearest first.
            var below = byX[x];
            var right = byY[y];
            bool found = false;
            foreach (var by in below)
            {
                if (by >= y) continue;
                if (!Joined(vAt, x, y, by)) break;
                foreach (var rx in right)
                {
                    if (rx <= x) continue;
                    if (!Joined(hAt, y, x, rx)) break;
                    if (points.Contains((rx, by)) && Joined(hAt, by, x, rx) && Joined(vAt, rx, y, by))
                    {
                        cells.Add(new GridBox(x, by, rx, y));
                        found = true;
                        break;
                    }
                }
                if (found) break;
            }
        }

        // Cells sharing a corner are one table.
        var parent = new Dictionary<(double, double), (double, double)>();
        (double, double) Find((double, double) p)
        {
            while (parent.TryGetValue(p, out var q) && q != p) p = parent[p] = parent.GetValueOrDefault(q, q);
            return p;
        }
        void Union((double, double) a, (double, double) b)
        {
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb) parent[ra] = rb;
        }
        foreach (var c in cells)
        {
            Union((c.Left, c.Top), (c.Right, c.Top));
            Union((c.Left, c.Top), (c.Left, c.Bottom));
            Union((c.Left, c.Top), (c.Right, c.Bottom));
        }
        return cells.GroupBy(c => Find((c.Left, c.Top)))
            .Select(g => g.ToList())
            .Where(g => g.Count >= 2)
            .OrderByDescending(g => g.Max(c => c.Top))
            .ToList();
    }
}
