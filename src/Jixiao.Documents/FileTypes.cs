namespace Jixiao.Documents;

/// <summary>The format a file's name says it is in: what reads it.</summary>
public enum FileFormat
{
    /// <summary>A name Jixiao reads nothing from.</summary>
    Unsupported,

    /// <summary>Plain text (<c>.txt</c>, <c>.text</c>, <c>.tsv</c>, or no extension at all).</summary>
    Text,

    /// <summary>PDF.</summary>
    Pdf,

    /// <summary>An Excel workbook (<c>.xlsx</c>, <c>.xlsm</c>): a published one, or (<c>.xlsx</c>) the input workbook a unit fills.</summary>
    Workbook,

    /// <summary>Word (<c>.docx</c>).</summary>
    Word,

    /// <summary>A web page (<c>.html</c>, <c>.htm</c>).</summary>
    WebPage,

    /// <summary>Legacy Word or WPS 文字 (<c>.doc</c>, <c>.wps</c>), converted to <c>.docx</c> by LibreOffice before it is read.</summary>
    LegacyWord,

    /// <summary>Legacy Excel or WPS 表格 (<c>.xls</c>, <c>.et</c>), converted to <c>.xlsx</c> by LibreOffice before it is read.</summary>
    LegacyWorkbook,

    /// <summary>A data package (<c>.json</c>).</summary>
    Package,
}

/// <summary>What a file is to Jixiao: the use case it goes to.</summary>
public enum InputKind
{
    /// <summary>Nothing Jixiao reads: refused with a message naming the file and what would be read.</summary>
    Unsupported,

    /// <summary>A published document (disclosure, target forms, self-evaluations), read into a <see cref="Jixiao.Disclosures.Disclosure"/>.</summary>
    PublishedDocument,

    /// <summary>A data package, read into a <see cref="Jixiao.Budget.UnitBudget"/>.</summary>
    DataPackage,

    /// <summary>Jixiao's input workbook as a unit filled it, read into a <see cref="Jixiao.Budget.UnitBudget"/>.</summary>
    FilledWorkbook,
}

/// <summary>The formats Jixiao writes, as an output file's extension names them.</summary>
public enum OutputFormat
{
    Xlsx,
    Html,
    Json,
    Pdf,
}

/// <summary>A file as <see cref="FileTypes.Of"/> found it.</summary>
public readonly record struct InputFile(string Path, InputKind Kind, FileFormat Format)
{
    /// <summary>The extension as the name has it (case kept, for messages), or "".</summary>
    public string Extension => FileTypes.Extension(Path);

    /// <summary>A data package or a filled workbook: a budget, rather than a published document.</summary>
    public bool IsBudget => Kind is InputKind.DataPackage or InputKind.FilledWorkbook;

    /// <summary>A .doc / .wps / .xls / .et file, read only through LibreOffice.</summary>
    public bool IsLegacy => Format is FileFormat.LegacyWord or FileFormat.LegacyWorkbook;
}

/// <summary>
/// The one place that decides what a file is from its name — and, for a workbook, from its sheets: every reader, every
/// use case and every command routes a file through here, so that the extensions Jixiao reads and writes are listed once.
/// </summary>
public static class FileTypes
{
    private static readonly Dictionary<string, FileFormat> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = FileFormat.Text, [".txt"] = FileFormat.Text, [".text"] = FileFormat.Text, [".tsv"] = FileFormat.Text,
        [".pdf"] = FileFormat.Pdf,
        [".xlsx"] = FileFormat.Workbook, [".xlsm"] = FileFormat.Workbook,
        [".docx"] = FileFormat.Word,
        [".html"] = FileFormat.WebPage, [".htm"] = FileFormat.WebPage,
        [".doc"] = FileFormat.LegacyWord, [".wps"] = FileFormat.LegacyWord,
        [".xls"] = FileFormat.LegacyWorkbook, [".et"] = FileFormat.LegacyWorkbook,
        [".json"] = FileFormat.Package,
    };

    /// <summary>The extensions read as a published document.</summary>
    public static readonly IReadOnlyList<string> PublishedExtensions =
        [".txt", ".text", ".tsv", ".pdf", ".xlsx", ".xlsm", ".docx", ".html", ".htm", ".doc", ".xls", ".wps", ".et"];

    /// <summary>
    /// The extensions taken from a folder: the usual names only — a file without an extension or a .tsv in a folder
    /// is more likely anything else than a published text.
    /// </summary>
    public static readonly IReadOnlyList<string> FolderExtensions = [".txt", ".pdf", ".xlsx", ".docx", ".html", ".htm", ".doc", ".xls", ".wps", ".et", ".json"];

    /// <summary>The sheets that only Jixiao's input workbook has (see <c>Xlsx/Input/InputSheets</c>).</summary>
    private static readonly string[] InputSheetNames = ["预算明细", "单位信息"];

    /// <summary>The extension as the name has it (case kept, for messages), or "".</summary>
    public static string Extension(string path) => System.IO.Path.GetExtension(path);

    /// <summary>The format the name says, without opening the file.</summary>
    public static FileFormat FormatOf(string path) => Formats.GetValueOrDefault(Extension(path), FileFormat.Unsupported);

    /// <summary>
    /// What the file is. A workbook is the input workbook when it has one of the input sheets 预算明细 or 单位信息 — or
    /// when it cannot be opened at all, so that the workbook reader says what is wrong with it.
    /// </summary>
    public static InputFile Of(string path)
    {
        var format = FormatOf(path);
        var kind = format switch
        {
            FileFormat.Unsupported => InputKind.Unsupported,
            FileFormat.Package => InputKind.DataPackage,
            FileFormat.Workbook when MayBeFilledWorkbook(path) && IsInputWorkbook(path) => InputKind.FilledWorkbook,
            _ => InputKind.PublishedDocument,
        };
        return new InputFile(path, kind, format);
    }

    /// <summary>
    /// True for a name the input workbook may have: <c>.xlsx</c>, as the template is written — a macro workbook
    /// (<c>.xlsm</c>) is only ever a published one. A workbook of this name is judged by what it inflates to when it is
    /// opened, not by its size on disk.
    /// </summary>
    public static bool MayBeFilledWorkbook(string path) => Extension(path).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when a file of this name is taken when its folder is checked.</summary>
    public static bool FoundInFolders(string path) => FolderExtensions.Contains(Extension(path).ToLowerInvariant());

    /// <summary>The format an output file's name asks for, or null when its extension names none Jixiao writes.</summary>
    public static OutputFormat? OutputFormatOf(string path) => Extension(path).ToLowerInvariant() switch
    {
        ".xlsx" => OutputFormat.Xlsx,
        ".html" or ".htm" => OutputFormat.Html,
        ".json" => OutputFormat.Json,
        ".pdf" => OutputFormat.Pdf,
        _ => null,
    };

    /// <summary>The format a name such as <c>xlsx</c> or <c>HTML</c> names (an option's value), or null.</summary>
    public static OutputFormat? OutputFormatNamed(string name) => name.ToLowerInvariant() switch
    {
        "xlsx" => OutputFormat.Xlsx,
        "html" => OutputFormat.Html,
        "json" => OutputFormat.Json,
        "pdf" => OutputFormat.Pdf,
        _ => null,
    };

    /// <summary>The refusal of a file of a type not read here: <c>x.doc：不支持的文件类型“.doc”（应为 …）</c>.</summary>
    /// <param name="expected">what would be read, as the sentence in brackets says it</param>
    public static DocumentReadException Unsupported(string path, string expected) =>
        new(path, $"不支持的文件类型“{Extension(path).ToLowerInvariant()}”（{expected}）");

    private static bool IsInputWorkbook(string path)
    {
        // nothing there, or a pipe or device that opening would block on: the reader refuses it by name
        if (FileKinds.Of(path) != FileKind.Regular) return true;
        try
        {
            using var zip = System.IO.Compression.ZipFile.OpenRead(path);
            if (zip.GetEntry("xl/workbook.xml") is not { } workbook) return true;
            using var reader = new StreamReader(workbook.Open());
            var xml = reader.ReadToEnd();
            return InputSheetNames.Any(n => xml.Contains($"name=\"{n}\"", StringComparison.Ordinal));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException) { return true; }
    }
}
