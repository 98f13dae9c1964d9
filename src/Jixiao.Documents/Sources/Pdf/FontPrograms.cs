using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;

namespace Jixiao.Documents.Sources.Pdf;

/// <summary>
/// Why read a font program the reader never uses: Jixiao places text by each letter's baseline, advance and point size,
/// and takes its characters from the font's /ToUnicode map — never from the glyph outlines. PdfPig still parses every
/// embedded program in full the first time a font is used: for a full CJK font embedded as OpenType CFF (the district
/// 决算 PDF, ONLYOFFICE) that is nine tenths of the reading time. When every font of a file carries its /ToUnicode map
/// and its widths, so that the program decides neither a character nor a position, the key naming each program is
/// renamed in the bytes (same length: <c>/FontFile2</c> → <c>/XontFile2</c>) and PdfPig reads the fonts without it.
/// A file where any font lacks either is read as it is. <c>FontProgramsTests</c> checks that the letters read are the same.
/// </summary>
internal static class FontPrograms
{
    private static readonly NameToken ToUnicode = NameToken.Create("ToUnicode");
    private static readonly NameToken Widths = NameToken.Create("Widths");
    private static readonly NameToken CidWidths = NameToken.Create("W");
    private static readonly NameToken DefaultWidth = NameToken.Create("DW");
    private static readonly NameToken Descendants = NameToken.Create("DescendantFonts");
    private static readonly NameToken Descriptor = NameToken.Create("FontDescriptor");
    private static readonly NameToken[] ProgramKeys = [NameToken.Create("FontFile"), NameToken.Create("FontFile2"), NameToken.Create("FontFile3")];

    /// <summary>
    /// How many font programs the fonts of <paramref name="doc"/> name, when none is needed for a character or a
    /// width; -1 when one is (or the file's objects cannot all be looked at).
    /// </summary>
    public static int Unneeded(PdfDocument doc)
    {
        var structure = doc.Structure;
        int programs = 0;
        var offsets = structure.CrossReferenceTable.ObjectOffsets;
        if (offsets.Count == 0) return -1;
        foreach (var reference in offsets.Keys)
        {
            DictionaryToken font;
            try
            {
                if (structure.GetObject(reference).Data is not DictionaryToken d || !d.TryGet(NameToken.Type, out var type) || type is not NameToken { Data: "Font" }) continue;
                font = d;
            }
            catch (Exception e) when (e is not OutOfMemoryException) { return -1; }
            if (!font.TryGet(NameToken.Subtype, out var subtype) || subtype is not NameToken sub) return -1;
            switch (sub.Data)
            {
                case "Type3":
                    continue;
                case "CIDFontType0" or "CIDFontType2":
                    continue; // judged with the Type0 font it descends from

                case "Type0":
                    if (!font.ContainsKey(ToUnicode) || Resolve(structure, font, Descendants) is not ArrayToken { Length: > 0 } kids
                        || Resolve(structure, kids[0]) is not DictionaryToken cid) return -1;
                    // the widths from /W, or every glyph the default /DW (1000 when absent) — never the program's
                    if (!cid.ContainsKey(CidWidths) && !cid.ContainsKey(DefaultWidth)) return -1;
                    programs += Programs(structure, cid);
                    continue;
                case "Type1" or "MMType1" or "TrueType":
                    // one of the standard 14 without a descriptor has its widths built in
                    if (!font.ContainsKey(Descriptor)) continue;
                    if (!font.ContainsKey(ToUnicode) || !font.ContainsKey(Widths)) return -1;
                    programs += Programs(structure, font);
                    continue;
                default:
                    return -1;
            }
        }
        return programs;
    }

    private static int Programs(Structure structure, DictionaryToken font) =>
        Resolve(structure, font, Descriptor) is DictionaryToken descriptor ? ProgramKeys.Count(descriptor.ContainsKey) : 0;

    private static IToken? Resolve(Structure structure, DictionaryToken d, NameToken key) =>
        d.TryGet(key, out var value) ? Resolve(structure, value) : null;

    private static IToken? Resolve(Structure structure, IToken token)
    {
        try { return token is IndirectReferenceToken r ? structure.GetObject(r.Data).Data : token; }
        catch (Exception e) when (e is not OutOfMemoryException) { return null; }
    }

    /// <summary>How many <c>/FontFile</c>, <c>/FontFile2</c>, <c>/FontFile3</c> keys followed by a reference <paramref name="file"/> holds.</summary>
    public static int Count(byte[] file) => Keys(file, rename: false);

    /// <summary>A copy of <paramref name="file"/> with every such key renamed.</summary>
    public static byte[] Hidden(byte[] file)
    {
        var copy = file.ToArray();
        Keys(copy, rename: true);
        return copy;
    }

    private static int Keys(byte[] file, bool rename)
    {
        int hidden = 0;
        ReadOnlySpan<byte> key = "/FontFile"u8;
        for (int at = 0; at < file.Length;)
        {
            int i = file.AsSpan(at).IndexOf(key);
            if (i < 0) break;
            int start = at + i;
            at = start + key.Length;
            if (at < file.Length && file[at] is (byte)'2' or (byte)'3') at++;
            // only a key: a reference must follow, so that bytes inside a compressed stream are never touched
            if (EmbeddedFonts.Reference(file, at) is null) continue;
            if (rename) file[start + 1] = (byte)'X';
            hidden++;
        }
        return hidden;
    }
}
