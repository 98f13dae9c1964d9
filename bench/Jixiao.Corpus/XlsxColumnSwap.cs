using ClosedXML.Excel;

namespace Jixiao.Corpus;

/// <summary>
/// Moves a value column of a written workbook: on a sheet whose last two columns hold only figures under the 栏次 row,
/// the two columns are swapped, header cells with them (a header merged over one of them alone moves with it).
/// </summary>
internal static class XlsxColumnSwap
{
    /// <summary>Swaps the last two columns on up to <paramref name="sheets"/> sheets; returns the sheets changed.</summary>
    public static List<string> Apply(string path, Random random, int sheets)
    {
        var changed = new List<string>();
        using var workbook = new XLWorkbook(path);
        var candidates = workbook.Worksheets.Where(Swappable).OrderBy(_ => random.Next()).Take(sheets).ToList();
        foreach (var ws in candidates)
        {
            Swap(ws);
            changed.Add(ws.Name);
        }
        workbook.Save();
        return changed;
    }

    private static int LastColumn(IXLWorksheet ws) => ws.LastColumnUsed()?.ColumnNumber() ?? 0;

    private static int IndexRow(IXLWorksheet ws)
    {
        int last = ws.LastRowUsed()?.RowNumber() ?? 0;
        for (int r = 1; r <= Math.Min(last, 12); r++)
            if (ws.Cell(r, 1).GetString().Trim() == "栏次") return r;
        return 0;
    }

    private static bool Swappable(IXLWorksheet ws)
    {
        int last = LastColumn(ws), index = IndexRow(ws);
        if (last < 4 || index == 0) return false;
        int lastRow = ws.LastRowUsed()!.RowNumber();
        int figures = 0;
        for (int r = index + 1; r <= lastRow; r++)
            foreach (var c in new[] { last - 1, last })
            {
                var cell = ws.Cell(r, c);
                if (cell.IsEmpty()) continue;
                if (cell.DataType != XLDataType.Number) return false;
                figures++;
            }
        if (figures < 4) return false;
        foreach (var m in ws.MergedRanges)
        {
            int a = m.RangeAddress.FirstAddress.ColumnNumber, b = m.RangeAddress.LastAddress.ColumnNumber;
            bool touches = b >= last - 1 && a <= last;
            if (!touches) continue;
            if (a == b) continue;                           // a header over one column moves with it
            if (a <= last - 1 && b >= last && m.RangeAddress.FirstAddress.RowNumber < index) continue; // a group over both stays
            return false;
        }
        return true;
    }

    private static void Swap(IXLWorksheet ws)
    {
        int last = LastColumn(ws), lastRow = ws.LastRowUsed()!.RowNumber();
        var single = ws.MergedRanges
            .Where(m => m.RangeAddress.FirstAddress.ColumnNumber == m.RangeAddress.LastAddress.ColumnNumber
                        && m.RangeAddress.FirstAddress.ColumnNumber >= last - 1)
            .Select(m => (Column: m.RangeAddress.FirstAddress.ColumnNumber, Top: m.RangeAddress.FirstAddress.RowNumber, Bottom: m.RangeAddress.LastAddress.RowNumber))
            .ToList();
        var groups = ws.MergedRanges
            .Where(m => m.RangeAddress.FirstAddress.ColumnNumber <= last - 1 && m.RangeAddress.LastAddress.ColumnNumber >= last)
            .Select(m => (Top: m.RangeAddress.FirstAddress.RowNumber, Bottom: m.RangeAddress.LastAddress.RowNumber))
            .ToHashSet();
        foreach (var (column, top, bottom) in single) ws.Range(top, column, bottom, column).Unmerge();
        int temp = last + 3;
        for (int r = 1; r <= lastRow; r++)
        {
            if (groups.Any(g => r >= g.Top && r <= g.Bottom)) continue;
            var a = ws.Cell(r, last - 1);
            var b = ws.Cell(r, last);
            var t = ws.Cell(r, temp);
            t.CopyFrom(a);
            a.CopyFrom(b);
            b.CopyFrom(t);
            t.Clear(XLClearOptions.All);
        }
        ws.Column(temp).Clear(XLClearOptions.All);
        foreach (var (column, top, bottom) in single)
        {
            int other = column == last ? last - 1 : last;
            ws.Range(top, other, bottom, other).Merge();
        }
    }
}
