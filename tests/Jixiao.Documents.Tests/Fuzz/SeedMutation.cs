using System.Text;

namespace Jixiao.Documents.Tests.Fuzz;

/// <summary>
/// Mutates a seed text the ways extraction and hand-editing damage real documents: cells dropped, swapped, cut,
/// doubled; random bytes; huge numbers; lines lost; the file emptied or truncated.
/// </summary>
internal static class SeedMutation
{
    public enum Kind { DropCell, SwapCells, CutCell, DoubleCell, RandomBytes, HugeNumber, DropLines, Truncate, Empty, JoinLines, GarbageNumber, Tabs }

    public static string Apply(string text, Kind kind, int seed, int count)
    {
        var rnd = new Random(seed);
        var lines = text.Split('\n').ToList();
        for (int k = 0; k < Math.Max(1, count); k++)
        {
            if (lines.Count == 0) break;
            int i = rnd.Next(lines.Count);
            switch (kind)
            {
                case Kind.DropCell: lines.RemoveAt(i); break;
                case Kind.SwapCells:
                {
                    int j = rnd.Next(lines.Count);
                    (lines[i], lines[j]) = (lines[j], lines[i]);
                    break;
                }
                case Kind.CutCell:
                    if (lines[i].Length > 1) lines[i] = lines[i][..rnd.Next(lines[i].Length)];
                    break;
                case Kind.DoubleCell: lines.Insert(i, lines[i]); break;
                case Kind.RandomBytes:
                {
                    var bytes = new byte[rnd.Next(1, 40)];
                    rnd.NextBytes(bytes);
                    lines[i] = lines[i] + Encoding.Latin1.GetString(bytes);
                    break;
                }
                case Kind.HugeNumber:
                    lines[i] = "\t" + (rnd.Next(3) switch
                    {
                        0 => "79228162514264337593543950335999",
                        1 => "99999999999999999999.999999999999",
                        _ => "-" + new string('9', rnd.Next(1, 60)) + "." + new string('9', rnd.Next(0, 40)),
                    });
                    break;
                case Kind.DropLines:
                    lines.RemoveRange(i, Math.Min(lines.Count - i, rnd.Next(1, 200)));
                    break;
                case Kind.Truncate:
                    lines = lines.Take(i).ToList();
                    break;
                case Kind.Empty:
                    lines.Clear();
                    break;
                case Kind.JoinLines:
                    if (i + 1 < lines.Count) { lines[i] += lines[i + 1]; lines.RemoveAt(i + 1); }
                    break;
                case Kind.GarbageNumber:
                    lines[i] = "\t" + rnd.Next(4) switch { 0 => "1.2.3", 1 => "--5", 2 => "（12.00", _ => "12,,34.5%%" };
                    break;
                case Kind.Tabs:
                    lines[i] = lines[i].Replace("\t", "\t\t");
                    break;
            }
        }
        return string.Join('\n', lines);
    }
}
