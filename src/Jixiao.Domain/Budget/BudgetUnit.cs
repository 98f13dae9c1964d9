using Jixiao.Catalogs;

namespace Jixiao.Budget;

/// <summary>A budget unit (预算单位): code, name, nature (行政 / 事业), and what the disclosure's 概况 prints about it.</summary>
public sealed record BudgetUnit(string Code, string Name, UnitNature Nature)
{
    /// <summary>Code of the supervising department (主管部门), if any.</summary>
    public string? ParentCode { get; init; }

    /// <summary>单位规格, e.g. 正科级.</summary>
    public string? Rank { get; init; }

    /// <summary>经费保障形式, e.g. 财政拨款, 全额事业.</summary>
    public string? FundingForm { get; init; }

    /// <summary>编制人数.</summary>
    public int? AuthorizedStaff { get; init; }

    /// <summary>实有人数.</summary>
    public int? ActualStaff { get; init; }
}
