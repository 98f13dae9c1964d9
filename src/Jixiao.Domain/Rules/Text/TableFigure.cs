using Jixiao.Disclosures;
using Jixiao.Money;

namespace Jixiao.Rules.Text;

/// <summary>A figure of a table that a label stands for: the value, the table, the row (null when the catalog row is not printed, i.e. zero) and the column.</summary>
public sealed record TableFigure(Figure Value, DisclosureTable Table, DisclosureRow? Row, string RowKey, string ColumnLabel, string Cell)
{
    /// <summary>How messages name the cell: <c>表6 单位预算一般公共预算财政拨款基本支出表“30201 办公费”合计</c>.</summary>
    public string Describe()
    {
        var row = Row is null ? RowKey : Tables.TableSumRules.RowName(Row);
        return $"{Table.Subject}“{row}”{ColumnLabel}";
    }
}
