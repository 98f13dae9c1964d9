namespace Jixiao.Documents.Xlsx.Input;

/// <summary>
/// A sheet of the input workbook: its Chinese name, what it is for, and its columns. A table sheet has its headers in
/// row 1 and one record per row from row 2; a key/value sheet (单位信息) has one item per row, the value in column B.
/// </summary>
internal sealed record InputSheet(string Name, string Guide, IReadOnlyList<InputColumn> Columns)
{
    /// <summary>True for the key/value 单位信息 sheet.</summary>
    public bool IsKeyValue { get; init; }
}
