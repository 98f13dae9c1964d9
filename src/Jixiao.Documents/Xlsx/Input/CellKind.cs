namespace Jixiao.Documents.Xlsx.Input;

/// <summary>What a column (or a 单位信息 item) holds; it decides the cell format, the validation and how the cell is read.</summary>
internal enum CellKind
{
    /// <summary>Free text, trimmed.</summary>
    Text,
    /// <summary>A code kept as text (科目编码, 项目编码, 单位编码), so that Excel does not turn it into a number.</summary>
    Code,
    /// <summary>An amount in 元: a number or text with thousands separators, at most two decimals, not negative.</summary>
    Amount,
    /// <summary>A quantity (数量): a number, not negative.</summary>
    Quantity,
    /// <summary>A head count: a whole number, not negative.</summary>
    Count,
    /// <summary>One value of a closed list, picked from a drop-down.</summary>
    Choice,
    /// <summary>A fiscal year (预算年度).</summary>
    Year,
    /// <summary>A number of years, at least 1, typed <c>3</c> or <c>3年</c> (项目期).</summary>
    Years,
    /// <summary>A percentage from 0 to 100, typed <c>25</c> or <c>25%</c> (资金支出计划).</summary>
    Percent,
    /// <summary>A date of the budget year: an Excel date, or text <c>2023-06-30</c> (指标完成 日期).</summary>
    Date,
    /// <summary>A month (<c>3月</c>) or quarter (<c>第一季度</c>) of the budget year, or a date meaning its month (资金执行 期间).</summary>
    Period,
    /// <summary>Points or a score (分值, 得分): a number, not negative, at most two decimals.</summary>
    Score,
}
