using Jixiao.Budget;
using Jixiao.Disclosures;
using Jixiao.Documents;
using Jixiao.Documents.Import;
using Jixiao.Documents.Package;

namespace Jixiao.Application.Import;

/// <summary>A budget as imported, with the notes on what was inferred.</summary>
public sealed record ImportResult(UnitBudget Budget, IReadOnlyList<string> Notes);

/// <summary>
/// A filled workbook or a published document (a budget disclosure, target forms, published self-evaluations) into a
/// data package (元).
/// </summary>
public static class Importer
{
    private const string Accepted = "import 只接受公开文件（.txt、.pdf、.xlsx、.docx、.html、.doc、.xls、.wps、.et）或 .xlsx 填报工作簿";

    /// <summary>
    /// The budget a file holds: the input workbook's as filled, a published document's as imported; a
    /// <see cref="DocumentReadException"/> naming the file when it cannot be read or imported.
    /// </summary>
    /// <param name="path">the file</param>
    /// <param name="cancellationToken">stops a long read of a published document (<see cref="DocumentLoader.Load"/>)</param>
    public static ImportResult Load(string path, CancellationToken cancellationToken = default)
    {
        DocumentLoader.RequireReadableFile(path);
        var file = FileTypes.Of(path);
        return file.Kind switch
        {
            InputKind.DataPackage => throw new DocumentReadException(path, $"这已是数据包，无需导入（{Accepted}）"),
            // A workbook is the input workbook (a budget) or a disclosure published as a workbook.
            InputKind.FilledWorkbook => new(DocumentLoader.LoadBudget(path), []),
            InputKind.PublishedDocument => FromDisclosure(DocumentLoader.Load(path, cancellationToken: cancellationToken), path),
            _ => throw FileTypes.Unsupported(path, Accepted),
        };
    }

    /// <summary>
    /// Writes the imported budget as a data package (whole or not at all); the writer's exception when it cannot be
    /// written. The package is named .json: the other use cases know a package by that name.
    /// </summary>
    public static void Write(ImportResult imported, string package)
    {
        if (FileTypes.FormatOf(package) != FileFormat.Package)
            throw new ArgumentException($"输出文件“{Path.GetFileName(package)}”应为数据包（扩展名 .json）", nameof(package));
        UnitBudgetPackage.WriteFile(imported.Budget, package);
    }

    /// <summary>Turns a read published disclosure into a budget (Documents/Import), with the notes on what was inferred.</summary>
    public static ImportResult FromDisclosure(Disclosure disclosure, string path)
    {
        try
        {
            var result = DisclosureImporter.Import(disclosure);
            return new(result.Budget, result.Notes);
        }
        catch (ImportException e)
        {
            // The importer names the document itself; the file is named once.
            var reason = e.Message.StartsWith(e.Document + "：", StringComparison.Ordinal) ? e.Message[(e.Document.Length + 1)..] : e.Message;
            throw new DocumentReadException(path, reason, e);
        }
    }
}
