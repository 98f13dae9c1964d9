namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// A sheet of the input workbook: its Chinese name, what it is for, and its columns. A table sheet has its headers in
/// row 1 and one record per row from row 2; a key/value sheet (单位信息) has one item per row, the value in column B.
/// </summary>
internal sealed record InputSheet(string Name, string Guide, IReadOnlyList<InputColumn> Columns)
{
    /// <summary>True for the key/value 单位信息 sheet.</summary>
    public bool IsKeyValue { get; init; }

    /// <summary>
    /// True for a sheet that older templates lack (绩效目标, 绩效指标): a workbook without it reads as before, with
    /// nothing of that kind, instead of failing with “缺少工作表”.
    /// </summary>
    public bool IsOptional { get; init; }

    /// <summary>True for a sheet much wider than a screen (绩效目标): its first column, the key, stays in view and repeats on each printed page.</summary>
    public bool FreezeFirstColumn { get; init; }
}
