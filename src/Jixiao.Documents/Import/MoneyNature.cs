namespace Jixiao.Documents.Import;

/// <summary>The columns of a 支出总表: what kind of expenditure a sum of money is, before 人员 / 公用 is known.</summary>
internal enum MoneyNature
{
    /// <summary>基本支出 (人员经费 + 公用经费).</summary>
    Basic,
    /// <summary>项目支出.</summary>
    Project,
    /// <summary>经营支出.</summary>
    Business,
    /// <summary>上解上级支出.</summary>
    Remit,
    /// <summary>对附属单位补助支出.</summary>
    Subsidy,
}
