namespace Jixiao.Rules;

/// <summary>
/// The table cell a finding is about, as data: the table (template id, <c>F3</c>), its part, the row key (a code,
/// <c>total</c> or a fixed row) and the column key. The finding's page and box are found from it.
/// </summary>
public sealed record FindingCell(string Table, string Part, string Row, string Column);
