using System.Buffers.Binary;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Tokens;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// A guard against one kind of damaged file that PdfPig cannot survive: an embedded TrueType font (FontFile2) whose
/// composite glyphs refer back to themselves, which PdfPig follows without end until the process dies of a stack
/// overflow (found by the fuzz, <c>docs/reliability.md</c>). Each embedded TrueType program is decoded and its composite
/// glyphs' components followed, depth first, before any page is read; a cycle, or a chain deeper than any font
/// draws, makes the file a read error instead.
/// </summary>
internal static class EmbeddedFonts
{
    private const int MaxDepth = 32;

    /// <summary>Why the document cannot be read safely, or null.</summary>
    public static string? Damaged(PdfDocument doc, byte[] file)
    {
        var structure = doc.Structure;
        foreach (var (reference, named) in Candidates(structure, file))
        {
            StreamToken stream;
            try
            {
                if (structure.GetObject(reference).Data is not StreamToken s || (!named && !s.StreamDictionary.ContainsKey(NameToken.Length1))) continue;
                stream = s;
            }
            catch (Exception e) when (e is not OutOfMemoryException) { continue; }
            byte[]? program = null;
            var data = stream.Data;
            if (stream.StreamDictionary.TryGet(NameToken.Filter, out var filter) && filter is NameToken { Data: "FlateDecode" }
                && !stream.StreamDictionary.ContainsKey(NameToken.DecodeParms))
            {
                // the usual case, inflated by the runtime's zlib (PdfPig's own filter is several times slower)
                try
                {
                    using var inflate = new System.IO.Compression.ZLibStream(new MemoryStream(data.ToArray()), System.IO.Compression.CompressionMode.Decompress);
                    using var raw = new MemoryStream();
                    inflate.CopyTo(raw);
                    program = raw.ToArray();
                }
                catch (Exception e) when (e is InvalidDataException or IOException) { program = null; }
            }
            try
            {
                // damaged deflate data, or another filter: decoded as PdfPig will decode it, leniently
                if (program is null)
                {
                    var filters = structure.FilterProvider.GetFilters(stream.StreamDictionary, structure.TokenScanner);
                    var bytes = new Memory<byte>(data.ToArray());
                    for (int i = 0; i < filters.Count; i++) bytes = filters[i].Decode(bytes, stream.StreamDictionary, structure.FilterProvider, i);
                    program = bytes.ToArray();
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException) { continue; } // PdfPig will refuse it in its own words
            if (SafeCompositeLoop(program)) return $"PDF 中嵌入的字体（对象 {reference.ObjectNumber}）已损坏：其组合字形互相引用，无法读取";
        }
        return null;
    }

    // The objects that may hold a font program: those the cross-reference table lists, and — because a damaged table
    // lists none or only some, while PdfPig finds the objects again when it reads the pages — every object a /FontFile2
    // entry in the file's bytes refers to (fuzz case 56689: an empty table, its fonts found only this way).
    // Those a /FontFile2 names are font programs even when damage has taken their /Length1.
    private static IEnumerable<(IndirectReference Reference, bool Named)> Candidates(Structure structure, byte[] bytes)
    {
        var named = new HashSet<IndirectReference>();
        ReadOnlySpan<byte> key = "/FontFile2"u8;
        for (int at = 0; at < bytes.Length;)
        {
            int i = bytes.AsSpan(at).IndexOf(key);
            if (i < 0) break;
            at += i + key.Length;
            if (Reference(bytes, at) is { } r) named.Add(r);
        }
        var listed = structure.CrossReferenceTable.ObjectOffsets.Keys;
        foreach (var r in listed) yield return (r, named.Contains(r));
        foreach (var r in named)
            if (!listed.Contains(r)) yield return (r, true);
    }

    // "  35 0 R" after a key: an object number, a generation and R, separated by white space
    internal static IndirectReference? Reference(byte[] b, int at)
    {
        static bool Space(byte c) => c is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or 0 or 12;
        while (at < b.Length && Space(b[at])) at++;
        long number = 0;
        int start = at;
        while (at < b.Length && b[at] is >= (byte)'0' and <= (byte)'9' && at - start < 10) number = number * 10 + (b[at++] - '0');
        if (at == start || at >= b.Length || !Space(b[at])) return null;
        while (at < b.Length && Space(b[at])) at++;
        int generation = 0;
        start = at;
        while (at < b.Length && b[at] is >= (byte)'0' and <= (byte)'9' && at - start < 6) generation = generation * 10 + (b[at++] - '0');
        if (at == start) return null;
        while (at < b.Length && Space(b[at])) at++;
        return at < b.Length && b[at] == (byte)'R' ? new IndirectReference(number, generation) : null;
    }

    // A program too damaged to walk cannot be judged here: PdfPig then refuses it or reads it in its own way.
    private static bool SafeCompositeLoop(byte[] program)
    {
        try { return CompositeLoop(program); }
        catch (Exception e) when (e is ArgumentOutOfRangeException or IndexOutOfRangeException or OverflowException) { return false; }
    }

    /// <summary>True when a TrueType program's composite glyphs refer back to one another (or nest deeper than <see cref="MaxDepth"/>).</summary>
    internal static bool CompositeLoop(byte[] program)
    {
        ReadOnlySpan<byte> font = program;
        if (font.Length < 12) return false;
        int tables = BinaryPrimitives.ReadUInt16BigEndian(font[4..]);
        int head = -1, loca = -1, glyf = -1, maxp = -1, locaLength = 0, glyfLength = 0;
        for (int t = 0; t < tables; t++)
        {
            int at = 12 + t * 16;
            if (at + 16 > font.Length) return false;
            var tag = font.Slice(at, 4);
            int offset = (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(font[(at + 8)..]));
            int length = (int)Math.Min(int.MaxValue, BinaryPrimitives.ReadUInt32BigEndian(font[(at + 12)..]));
            if (tag.SequenceEqual("head"u8)) head = offset;
            else if (tag.SequenceEqual("loca"u8)) { loca = offset; locaLength = length; }
            else if (tag.SequenceEqual("glyf"u8)) { glyf = offset; glyfLength = length; }
            else if (tag.SequenceEqual("maxp"u8)) maxp = offset;
        }
        if (head < 0 || loca < 0 || glyf < 0 || maxp < 0 || (long)head + 52 > font.Length || (long)maxp + 6 > font.Length) return false;
        bool longOffsets = BinaryPrimitives.ReadInt16BigEndian(font[(head + 50)..]) != 0;
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(font[(maxp + 4)..]);

        int Start(int g)
        {
            ReadOnlySpan<byte> f = program;
            long at = loca + (long)g * (longOffsets ? 4 : 2);
            if (at + (longOffsets ? 4 : 2) > f.Length || at + (longOffsets ? 4 : 2) > loca + (long)locaLength) return -1;
            long o = longOffsets ? BinaryPrimitives.ReadUInt32BigEndian(f[(int)at..]) : 2L * BinaryPrimitives.ReadUInt16BigEndian(f[(int)at..]);
            return o >= glyfLength || glyf + o >= f.Length ? -1 : (int)(glyf + o);
        }

        var components = new List<int>[glyphs];
        for (int g = 0; g < glyphs; g++)
        {
            int at = Start(g);
            if (at < 0 || at + 10 > font.Length || BinaryPrimitives.ReadInt16BigEndian(font[at..]) >= 0) continue;
            var list = new List<int>();
            int p = at + 10;
            for (int guard = 0; guard < 1000 && p + 4 <= font.Length; guard++)
            {
                int flags = BinaryPrimitives.ReadUInt16BigEndian(font[p..]);
                list.Add(BinaryPrimitives.ReadUInt16BigEndian(font[(p + 2)..]));
                p += 4 + ((flags & 1) != 0 ? 4 : 2);
                if ((flags & 8) != 0) p += 2;
                else if ((flags & 0x40) != 0) p += 4;
                else if ((flags & 0x80) != 0) p += 8;
                if ((flags & 0x20) == 0) break;
            }
            components[g] = list;
        }

        // depth-first, three colours: a component met again while still open is a loop
        var state = new byte[glyphs];
        bool Loop(int g, int depth)
        {
            if (depth > MaxDepth) return true;
            if (g >= glyphs || components[g] is not { } parts) return false;
            if (state[g] == 1) return true;
            if (state[g] == 2) return false;
            state[g] = 1;
            foreach (int c in parts)
                if (Loop(c, depth + 1)) return true;
            state[g] = 2;
            return false;
        }
        for (int g = 0; g < glyphs; g++)
            if (components[g] is not null && state[g] == 0 && Loop(g, 0)) return true;
        return false;
    }
}
