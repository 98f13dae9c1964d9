namespace Jixiao.Tables;

/// <summary>Where a table part's rows come from.</summary>
public enum RowSourceKind
{
    /// <summary>A 合计 row, then every non-empty 类 / 款 / 项 of the functional classification.</summary>
    Functional,
    /// <summary>A 合计 row, then every non-empty 类 / 款 of the departmental economic classification.</summary>
    Economic,
    /// <summary>The 30 expenditure 类 of the 收支总表 in fixed order, then the part's fixed rows.</summary>
    Classes,
    /// <summary>A fixed list of rows (三公 items, income sources, footers).</summary>
    Fixed,
    /// <summary>One row per project with money in the part's filter (listed projects in order, then unlisted codes), then a 合计 row.</summary>
    Projects,
    /// <summary>A 合计 row, then one row per unit (机关运行经费 by unit): the budget's own unit, its sub-units, then unlisted unit codes with money.</summary>
    Units,
}
