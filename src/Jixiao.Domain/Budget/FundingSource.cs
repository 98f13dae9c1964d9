namespace Jixiao.Budget;

/// <summary>
/// Where money comes from (资金性质). The first three together are 财政拨款. Set S prints everything that is not
/// 财政拨款 or 财政专户 as 单位资金; set H splits it into 事业收入 … 其他收入.
/// </summary>
public enum FundingSource
{
    /// <summary>一般公共预算.</summary>
    GeneralPublic,
    /// <summary>政府性基金预算.</summary>
    GovernmentFund,
    /// <summary>国有资本经营预算.</summary>
    StateCapital,
    /// <summary>财政专户管理资金.</summary>
    SpecialAccount,
    /// <summary>事业收入.</summary>
    Operations,
    /// <summary>事业单位经营收入.</summary>
    BusinessIncome,
    /// <summary>上级补助收入.</summary>
    SuperiorSubsidy,
    /// <summary>附属单位上缴收入.</summary>
    SubordinateRemittance,
    /// <summary>其他收入.</summary>
    Other,
    /// <summary>单位资金 (set S, when not split further).</summary>
    UnitOwn,
}
