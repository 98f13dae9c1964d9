namespace Jixiao.Tables;

/// <summary>
/// A cell or a set of rows of a table in a set: <c>Table</c> id, <c>Part</c> key, <c>Column</c> key, and either one
/// <c>Row</c> key (<c>total</c>, a code, a fixed key) or <c>Rows</c> = <c>classes</c> / <c>codes</c> / <c>class-codes</c>
/// for “each row, matched by key”.
/// </summary>
public sealed record CellRef(string Table, string Part, string Column, string? Row, string? Rows);
