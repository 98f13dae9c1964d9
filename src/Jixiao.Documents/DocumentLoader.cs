using Jixiao.Budget;
using Jixiao.Disclosures;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Package;
using Jixiao.Documents.Sources.Docx;
using Jixiao.Documents.Sources.Html;
using Jixiao.Documents.Sources.Legacy;
using Jixiao.Documents.Sources.Pdf;
using Jixiao.Documents.Sources.Xlsx;
using Jixiao.Documents.Text;
using Jixiao.Documents.Xlsx.Input;
using Jixiao.Tables;

namespace Jixiao.Documents;

/// <summary>
/// Opens what Jixiao reads, by extension: a published document — text (<c>.txt</c>), PDF, a workbook (<c>.xlsx</c>),
/// Word (<c>.docx</c>), a web page (<c>.html</c>), or the older .doc / .xls / .wps / .et through LibreOffice — as a
/// <see cref="Disclosure"/>, each source read into the one grid (<see cref="GridDocument"/>) and the grid by the one
/// text reader; a data package (<c>.json</c>) or Jixiao's own input workbook (<c>.xlsx</c> with the sheet 预算明细 or
/// 单位信息) as a <see cref="UnitBudget"/>. Every failure to read surfaces as a <see cref="DocumentReadException"/>
/// whose message names the file and each problem.
/// </summary>
public static class DocumentLoader
{
    /// <summary>The extensions <see cref="Load"/> reads as a published document.</summary>
    public static IReadOnlyList<string> PublishedExtensions => FileTypes.PublishedExtensions;

    /// <summary>
    /// True for a budget (a data package, or Jixiao's input workbook) rather than a published document (see
    /// <see cref="FileTypes.Of"/>).
    /// </summary>
    public static bool IsBudget(string path) => FileTypes.Of(path).IsBudget;

    /// <summary>
    /// True for the disclosure tables Jixiao itself wrote: a workbook whose creator is Jixiao (<c>DisclosureXlsxWriter</c>)
    /// or a page with <c>&lt;meta name="generator" content="Jixiao"&gt;</c> (<c>DisclosureHtmlWriter</c>) — so that a
    /// folder of published documents and Jixiao's output can be checked as a whole, the published workbooks included.
    /// Never throws; an unreadable file is not Jixiao's.
    /// </summary>
    public static bool WrittenByJixiao(string path)
    {
        try
        {
            var file = FileTypes.Of(path);
            switch (file.Format)
            {
                case FileFormat.Workbook:
                    if (file.Kind == InputKind.FilledWorkbook) return false;
                    using (var doc = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(path, false))
                        return doc.PackageProperties.Creator == "Jixiao";
                case FileFormat.WebPage:
                    using (var reader = new StreamReader(path))
                    {
                        var buffer = new char[1024];
                        int n = reader.ReadBlock(buffer, 0, buffer.Length);
                        return new string(buffer, 0, n).Contains("<meta name=\"generator\" content=\"Jixiao\">", StringComparison.Ordinal);
                    }
                default:
                    return false;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException) { return false; }
    }

    /// <summary>Reads a published disclosure of any supported format.</summary>
    /// <param name="path">the file</param>
    /// <param name="sets">the table sets to recognise (<see cref="TableSets.Current"/> when null)</param>
    /// <param name="cancellationToken">
    /// stops a long read — a PDF between pages, a workbook between sheets, a legacy file's conversion — with
    /// <see cref="OperationCanceledException"/>, so that a read past its time limit gives back its thread
    /// </param>
    public static Disclosure Load(string path, TableSetLibrary? sets = null, CancellationToken cancellationToken = default)
    {
        RequireReadableFile(path);
        var disclosure = FileTypes.FormatOf(path) switch
        {
            FileFormat.Text => PublishedTextReader.ReadFile(path, sets),
            FileFormat.Pdf => FromGrid(PdfGridReader.Read(path, cancellationToken), sets),
            FileFormat.Workbook => FromGrid(XlsxGridReader.Read(path, cancellationToken: cancellationToken), sets),
            FileFormat.Word => FromGrid(DocxGridReader.Read(path), sets),
            FileFormat.WebPage => FromGrid(HtmlGridReader.Read(path), sets),
            FileFormat.LegacyWord => LegacyConverter.Convert(path, docx => FromGrid(DocxGridReader.Read(docx, path), sets), cancellationToken),
            FileFormat.LegacyWorkbook => LegacyConverter.Convert(path, xlsx => FromGrid(XlsxGridReader.Read(xlsx, path, cancellationToken), sets), cancellationToken),
            _ => throw FileTypes.Unsupported(path, "应为 .txt、.pdf、.xlsx、.docx、.html、.doc、.xls、.wps、.et 公开文件，.json 数据包或 .xlsx 填报工作簿"),
        };
        // Nothing recognised at all is not a clean document: every rule would be “not applicable” and the exit code 0.
        if (disclosure.Kind == DocumentKind.Unknown && disclosure.Tables.Count == 0 && disclosure.TargetForms.Count == 0)
            throw new DocumentReadException(path, new FileInfo(path).Length == 0
                ? "文件是空的"
                : "未识别为预算公开文件：没有找到任何预算公开表、绩效目标申报表或绩效自评表的标题");
        // A title of a target form with no form behind it (项目名称, 资金, 绩效指标 all missing) has nothing to check.
        if (disclosure.Kind == DocumentKind.PerformanceTargets && disclosure.Tables.Count == 0 && disclosure.TargetForms.Count == 0)
            throw new DocumentReadException(path, "有绩效目标申报表的标题，但没有读到任何一张表的内容（项目名称、项目资金、绩效指标都未找到）");
        // So too a title of a self-evaluation form alone: recognised as such, with no form read, it is not a clean document.
        if (disclosure.Kind == DocumentKind.SelfEvaluation && disclosure.Tables.Count == 0 && disclosure.TargetForms.Count == 0
            && disclosure.SelfEvaluations.Count == 0)
            throw new DocumentReadException(path, "识别为绩效自评表，但没有读到任何一张自评表的内容（项目名称、项目资金、绩效指标都未找到）");
        return disclosure;
    }

    /// <summary>
    /// Reads a document from its grid: the rows as the text reader reads them, each line's page and box kept so that
    /// findings land on their page, and every page that could not be read said as a read finding.
    /// </summary>
    public static Disclosure FromGrid(GridDocument grid, TableSetLibrary? sets = null)
    {
        sets ??= TableSets.Current;
        if (grid.Rows.Count == 0)
            throw new DocumentReadException(grid.Source, grid.Unread.Count > 0
                ? $"没有可读取的文字：{string.Join("；", grid.Unread.Select(u => u.Message))}（扫描件需先做文字识别）"
                : "文件中没有文字");
        // columns by their headers: needs the year the document prints, which the rows say before any column is placed
        var columnFindings = new List<Jixiao.Rules.Finding>();
        Reading.TableColumns.Apply(grid, PublishedTextReader.FindYear(grid.Rows)?.Value, columnFindings, sets);
        grid.ResetRows();
        var disclosure = PublishedTextReader.Read(grid.Rows, grid.Source, sets);
        disclosure.ReadFindings.AddRange(columnFindings);
        // a table whose columns could not be placed: its figures are unread, never guessed
        var unplaced = new HashSet<int>();
        var inferred = new HashSet<int>();
        foreach (var row in grid.Rows)
        {
            if (row.Unplaced) unplaced.Add(row.Line);
            if (row.Inferred) inferred.Add(row.Line);
        }
        if (inferred.Count > 0)
            foreach (var table in disclosure.Tables)
                if (table.Parts.Any(p => p.Rows.Any(r => inferred.Contains(r.Line)))) table.Uncertain = true;
        if (unplaced.Count > 0)
            foreach (var table in disclosure.Tables)
            foreach (var part in table.Parts)
            foreach (var row in part.Rows)
                if (unplaced.Contains(row.Line))
                {
                    Array.Clear(row.Values);
                    table.Unparsed = true;
                }
        // Pages and boxes only where the source has them (PDF); a workbook, Word document or web page has none.
        if (grid.PageCount > 0) disclosure.Positions = grid.Rows.Select(r => new Jixiao.Rules.SourcePosition(r.Page, grid.BoxesOnPage ? RowBox(r) : null)
        {
            CellBoxes = r.Boxes is null || !grid.BoxesOnPage ? [] : r.Boxes.Select(b => b is { } x ? new Jixiao.Rules.PageBox(x.Left, x.Bottom, x.Right, x.Top) : (Jixiao.Rules.PageBox?)null).ToArray(),
        }).ToArray();
        foreach (var unread in grid.Unread)
        {
            disclosure.ReadFindings.Add(new Jixiao.Rules.Finding("RD-PAGE-01", Jixiao.Rules.Severity.Warning, $"第{unread.Page}页", "页面", unread.Message) { Page = unread.Page });
            disclosure.UnreadPages.Add(unread.Page);
        }
        return disclosure;
    }

    private static Jixiao.Rules.PageBox? RowBox(TextRow row)
    {
        GridBox? box = null;
        if (row.Boxes is null) return null;
        foreach (var b in row.Boxes)
            if (b is { } x) box = box is { } y ? y.Union(x) : x;
        return box is { } r ? new Jixiao.Rules.PageBox(r.Left, r.Bottom, r.Right, r.Top) : null;
    }

    /// <summary>Reads a data package or a filled budget workbook.</summary>
    public static UnitBudget LoadBudget(string path)
    {
        RequireReadableFile(path);
        UnitBudget budget;
        try
        {
            // by name: a published workbook given as a budget is told what the input workbook lacks
            budget = FileTypes.FormatOf(path) switch
            {
                FileFormat.Package => UnitBudgetPackage.Read(path),
                FileFormat.Workbook when FileTypes.MayBeFilledWorkbook(path) => BudgetWorkbookReader.Read(path),
                _ => throw FileTypes.Unsupported(path, "应为 .json 数据包或 .xlsx 填报工作簿"),
            };
        }
        catch (PackageException e) { throw new DocumentReadException(path, Strip(e.Message, path), e); }
        catch (WorkbookImportException e) { throw new DocumentReadException(path, Strip(e.Message, path), e); }
        // Without the year's catalogs no table can be derived and no code checked: say so instead of guessing a year.
        if (!Jixiao.Catalogs.CatalogSet.AvailableYears.Contains(budget.Year.Value))
            throw new DocumentReadException(path,
                $"预算年度 {budget.Year.Value} 没有科目目录（现有：{Jixiao.Catalogs.CatalogSet.AvailableYearsText} 年），无法检查或生成公开表");
        return budget;
    }

    /// <summary>
    /// Refuses what is not to be read before it is opened: nothing there (or a symbolic link to nothing), a named pipe
    /// or a device, which would block the reader or never end, and a text or package above
    /// <see cref="ReadLimits.MaxTextBytes"/> (a workbook is judged by what it inflates to, when it is opened).
    /// </summary>
    public static void RequireReadableFile(string path)
    {
        switch (FileKinds.Of(path))
        {
            case FileKind.Missing:
                throw new DocumentReadException(path, FileKinds.IsSymbolicLink(path) ? "文件不存在（符号链接指向的文件不存在）" : "文件不存在");
            case FileKind.Directory:
                throw new DocumentReadException(path, "这是一个文件夹，不是文件");
            case FileKind.Special:
                throw new DocumentReadException(path, "不是普通文件（命名管道、设备或套接字），未读取");
        }
        if (FileTypes.MayBeFilledWorkbook(path)) return;
        long length;
        try { length = new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new DocumentReadException(path, $"无法读取文件：{ReadFailure(e)}", e); }
        if (ReadLimits.TextTooLarge(length) is { } tooLarge) throw new DocumentReadException(path, tooLarge);
    }

    /// <summary>Why a file could not be read, in Chinese (没有读取权限, 文件不存在, 磁盘读写出错 …), never the system's English text.</summary>
    public static string ReadFailure(Exception e) => e switch
    {
        UnauthorizedAccessException => "没有读取权限",
        FileNotFoundException or DirectoryNotFoundException => "文件不存在",
        PathTooLongException => "文件路径过长",
        IOException io => WriteFailure.Reason(io),
        _ => "文件路径无效",
    };

    // The inner messages already start with the file name.
    private static string Strip(string message, string path)
    {
        foreach (var prefix in new[] { path + "：", Path.GetFileName(path) + "：" })
            if (message.StartsWith(prefix, StringComparison.Ordinal)) return message[prefix.Length..];
        return message;
    }
}
