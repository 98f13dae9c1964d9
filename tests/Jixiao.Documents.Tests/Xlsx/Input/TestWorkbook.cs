using System.Collections.Concurrent;
using ClosedXML.Excel;
using Jixiao.Codes;
using Jixiao.Documents.Xlsx.Input;

namespace Jixiao.Documents.Tests.Xlsx.Input;

/// <summary>
/// The template written by <see cref="BudgetWorkbookTemplate"/> into a temporary folder and opened with ClosedXML, so a
/// test can fill it the way a finance officer would (cells found by sheet name and header text) and save it.
/// </summary>
public sealed class TestWorkbook : IDisposable
{
    private TestWorkbook(string folder, XLWorkbook workbook)
    {
        Folder = folder;
        Workbook = workbook;
    }

    public string Folder { get; }

    public XLWorkbook Workbook { get; }

    /// <summary>A fresh copy of the template of <paramref name="year"/> (written once per test run), opened for filling.</summary>
    public static TestWorkbook FromTemplate(int year = 2021)
    {
        var folder = NewFolder();
        var template = Path.Combine(folder, "template.xlsx");
        File.WriteAllBytes(template, Templates.GetOrAdd(year, y => new Lazy<byte[]>(() => WriteTemplate(y))).Value);
        return new TestWorkbook(folder, new XLWorkbook(template));
    }

    private static readonly ConcurrentDictionary<int, Lazy<byte[]>> Templates = new();

    private static byte[] WriteTemplate(int year)
    {
        using var stream = new MemoryStream();
        BudgetWorkbookTemplate.Write(stream, new FiscalYear(year));
        return stream.ToArray();
    }

    /// <summary>An empty temporary folder.</summary>
    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "jixiao-xlsx-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    public IXLWorksheet Sheet(string name) => Workbook.Worksheet(name);

    /// <summary>Sets the 填写内容 (column B) of the 单位信息 item labelled <paramref name="label"/>.</summary>
    public TestWorkbook Unit(string label, object? value)
    {
        var ws = Sheet("单位信息");
        var row = ws.Column(1).CellsUsed().First(c => c.GetString() == label).Address.RowNumber;
        Put(ws.Cell(row, 2), value);
        return this;
    }

    /// <summary>The row number of the 单位信息 item labelled <paramref name="label"/>.</summary>
    public int UnitRow(string label) => Sheet("单位信息").Column(1).CellsUsed().First(c => c.GetString() == label).Address.RowNumber;

    /// <summary>Writes a record in row <paramref name="row"/> of a table sheet; cells are given by header.</summary>
    public TestWorkbook Row(string sheet, int row, params (string Header, object? Value)[] cells)
    {
        var ws = Sheet(sheet);
        foreach (var (header, value) in cells) Put(ws.Cell(row, Column(ws, header)), value);
        return this;
    }

    /// <summary>The column number of <paramref name="header"/> in row 1 of <paramref name="ws"/> (line breaks in the printed header ignored).</summary>
    public static int Column(IXLWorksheet ws, string header) =>
        ws.Row(1).CellsUsed().First(c => Header(c) == header).Address.ColumnNumber;

    /// <summary>A header cell's text without the line breaks the template puts in long headers.</summary>
    public static string Header(IXLCell cell) => cell.GetString().Replace("\n", "", StringComparison.Ordinal);

    /// <summary>Saves the filled workbook under <paramref name="fileName"/> and returns its path.</summary>
    public string Save(string fileName = "budget.xlsx")
    {
        var path = Path.Combine(Folder, fileName);
        Workbook.SaveAs(path);
        return path;
    }

    /// <summary>
    /// A text goes in as text (as typed into a text-formatted cell), a number as a number, a date as an Excel date
    /// shown <c>yyyy-mm-dd</c> (as pasted from another workbook), null clears the cell.
    /// </summary>
    private static void Put(IXLCell cell, object? value)
    {
        switch (value)
        {
            case null: cell.Clear(XLClearOptions.Contents); break;
            case string s: cell.SetValue(s); cell.DataType = XLDataType.Text; break;
            case decimal d: cell.SetValue(d); break;
            case int i: cell.SetValue(i); break;
            case double x: cell.SetValue(x); break;
            case DateTime t: cell.SetValue(t); cell.Style.NumberFormat.Format = "yyyy-mm-dd"; break;
            default: throw new ArgumentException($"unsupported cell value {value.GetType()}", nameof(value));
        }
    }

    public void Dispose()
    {
        Workbook.Dispose();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
