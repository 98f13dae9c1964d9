using ClosedXML.Excel;

namespace Jixiao.Web.Tests;

/// <summary>Fills the 填报工作簿's rows as a user's Excel would, cells found by their sheet's header (not by position).</summary>
internal static class FilledWorkbook
{
    /// <summary>Writes <paramref name="cells"/> (header, value) into row <paramref name="row"/> of <paramref name="sheet"/>.</summary>
    public static void Fill(IXLWorksheet sheet, int row, params (string Header, object Value)[] cells)
    {
        foreach (var (header, value) in cells)
            sheet.Cell(row, sheet.Row(1).CellsUsed().First(c => c.GetString().Trim() == header).Address.ColumnNumber).Value = value;
    }

    /// <summary>A 人员经费 line of 预算明细 whose amount is <paramref name="amount"/> (text, as typed).</summary>
    public static void StaffLine(IXLWorksheet lines, int row, string amount) =>
        Fill(lines, row, ("功能分类科目编码", "2101501"), ("经济分类科目编码", "30101"), ("支出类型", "人员经费"), ("资金来源", "一般公共预算"), ("金额（元）", amount));
}
