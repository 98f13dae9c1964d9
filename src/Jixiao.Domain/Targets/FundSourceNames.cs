namespace Jixiao.Targets;

/// <summary>
/// The printed names of the fund sources, as the target forms, the data package and the self-evaluation forms write them
/// (the package reader's names, Documents/Package/PackageNames.FundSources, are the same spellings).
/// </summary>
public static class FundSourceNames
{
    /// <summary>中央财政资金, 省级财政资金, 市县（区）财政资金, 财政资金, 单位自筹, 其他资金.</summary>
    public static string ToChinese(this FundSource source) => source switch
    {
        FundSource.Central => "中央财政资金",
        FundSource.Provincial => "省级财政资金",
        FundSource.Local => "市县（区）财政资金",
        FundSource.Fiscal => "财政资金",
        FundSource.SelfRaised => "单位自筹",
        _ => "其他资金",
    };
}
