using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Documents;
using Jixiao.Documents.Xlsx.Input;

namespace Jixiao.Application.Templates;

/// <summary>
/// The Excel workbook a finance officer fills — the budget, the targets, the year's execution and the self-evaluation
/// (docs/input-workbook.md) — for a year whose catalogs Jixiao has.
/// </summary>
public static class InputWorkbook
{
    /// <summary>True when Jixiao has the catalogs of <paramref name="year"/>, without which no workbook is made for it.</summary>
    public static bool HasCatalogs(int year) => CatalogSet.AvailableYears.Contains(year);

    /// <summary>Why <paramref name="path"/> is not a name for the workbook (it is read back by its .xlsx), or null.</summary>
    public static string? NameProblem(string path) => FileTypes.OutputFormatOf(path) == OutputFormat.Xlsx
        ? null
        : $"输出文件“{Path.GetFileName(path)}”应为 Excel 工作簿（扩展名 .xlsx）";

    /// <summary>
    /// Writes the workbook of <paramref name="year"/>; returns the note to give when the year's catalogs are not
    /// confirmed (codes outside them are then only warned about), or null.
    /// </summary>
    public static string? Write(string path, int year)
    {
        BudgetWorkbookTemplate.Write(path, new FiscalYear(year));
        return UnconfirmedNote(year);
    }

    /// <summary>
    /// Writes the workbook of <paramref name="budget"/>'s year filled with it, to edit and read back; returns the notes
    /// to give: what the workbook has no place for (lost if the workbook replaces the budget) and an unconfirmed catalog.
    /// </summary>
    public static IReadOnlyList<string> Write(string path, UnitBudget budget)
    {
        var left = BudgetWorkbookTemplate.Write(path, budget);
        var notes = left.Select(l => $"注意：工作簿中没有位置、未写入：{l}").ToList();
        if (UnconfirmedNote(budget.Year.Value) is { } note) notes.Add(note);
        return notes;
    }

    private static string? UnconfirmedNote(int year)
    {
        var catalogs = CatalogSet.For(new FiscalYear(year));
        return catalogs.Confirmed ? null :
            $"注意：{year} 年科目目录未经确认{(catalogs.BaseYear is { } b ? $"（按 {b} 年目录沿用，已知的改动已列入）" : "")}，" +
            "检查时不在目录中的编码只作警告（见 docs/catalogs.md）";
    }
}
