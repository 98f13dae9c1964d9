namespace Jixiao.Targets;

/// <summary>
/// Where a project's money comes from, as the target forms split it — by level of government, not by the budget's
/// funding sources (一般公共预算 …). The Hebei form only splits 财政资金 from 其他资金.
/// </summary>
public enum FundSource
{
    /// <summary>中央财政资金.</summary>
    Central,
    /// <summary>省级财政资金.</summary>
    Provincial,
    /// <summary>市县（区）财政资金.</summary>
    Local,
    /// <summary>财政资金 (Hebei: all levels together).</summary>
    Fiscal,
    /// <summary>单位自筹.</summary>
    SelfRaised,
    /// <summary>其他资金.</summary>
    Other,
}
