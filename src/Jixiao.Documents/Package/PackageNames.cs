using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Targets;

namespace Jixiao.Documents.Package;

/// <summary>The enumerations of the data package format and the names each accepts (docs/package-format.md).</summary>
public static class PackageNames
{
    public static readonly NameMap<ExpenseKind> Kinds = new(
    [
        ("人员经费", ExpenseKind.Personnel), ("公用经费", ExpenseKind.Operating), ("项目支出", ExpenseKind.Project),
        ("经营支出", ExpenseKind.Business), ("上解上级支出", ExpenseKind.RemitToSuperior), ("对附属单位补助支出", ExpenseKind.SubsidyToSubordinate),
    ]);

    public static readonly NameMap<FundingSource> Sources = new(
    [
        ("一般公共预算", FundingSource.GeneralPublic), ("政府性基金预算", FundingSource.GovernmentFund), ("国有资本经营预算", FundingSource.StateCapital),
        ("财政专户管理资金", FundingSource.SpecialAccount), ("事业收入", FundingSource.Operations), ("事业单位经营收入", FundingSource.BusinessIncome),
        ("上级补助收入", FundingSource.SuperiorSubsidy), ("附属单位上缴收入", FundingSource.SubordinateRemittance), ("其他收入", FundingSource.Other),
        ("单位资金", FundingSource.UnitOwn),
    ],
    [
        ("一般公共预算拨款", FundingSource.GeneralPublic), ("政府性基金预算拨款", FundingSource.GovernmentFund),
        ("国有资本经营预算拨款", FundingSource.StateCapital), ("经营收入", FundingSource.BusinessIncome),
    ]);

    public static readonly NameMap<ThreePublicKind> ThreePublicKinds = new(
    [
        ("教学科研人员因公出国（境）费", ThreePublicKind.AbroadResearch), ("其他因公出国（境）费", ThreePublicKind.AbroadOther),
        ("公务用车购置费", ThreePublicKind.VehiclePurchase), ("公务用车运行维护费", ThreePublicKind.VehicleOperation), ("公务接待费", ThreePublicKind.Hospitality),
    ]);

    public static readonly NameMap<UnitNature> Natures = new(
        [("行政", UnitNature.Administrative), ("事业", UnitNature.PublicInstitution)],
        [("行政单位", UnitNature.Administrative), ("事业单位", UnitNature.PublicInstitution)]);

    public static readonly NameMap<ProcurementCategory> ProcurementCategories = new(
        [("货物", ProcurementCategory.Goods), ("工程", ProcurementCategory.Works), ("服务", ProcurementCategory.Services)]);

    public static readonly NameMap<AssetKind> AssetKinds = new(
        [("房屋", AssetKind.Buildings), ("办公用房", AssetKind.OfficeSpace), ("车辆", AssetKind.Vehicles), ("大型设备", AssetKind.Equipment), ("其他固定资产", AssetKind.Other)],
        [("单价20万元以上的设备", AssetKind.Equipment), ("单价50万元以上的设备", AssetKind.Equipment)]);

    /// <summary>Where a project's money comes from on its target form (资金来源 of 实施期 / 年度).</summary>
    public static readonly NameMap<FundSource> FundSources = new(
    [
        ("中央财政资金", FundSource.Central), ("省级财政资金", FundSource.Provincial), ("市县（区）财政资金", FundSource.Local),
        ("财政资金", FundSource.Fiscal), ("单位自筹", FundSource.SelfRaised), ("其他资金", FundSource.Other),
    ],
    [("市县(区)财政资金", FundSource.Local), ("市县财政资金", FundSource.Local), ("单位自筹资金", FundSource.SelfRaised)]);

    public static readonly NameMap<ProjectNature> ProjectNatures = new(
        [("一次性项目", ProjectNature.OneOff), ("经常性项目", ProjectNature.Recurring)],
        [("一次性", ProjectNature.OneOff), ("经常性", ProjectNature.Recurring)]);

    /// <summary>The 一级 indicators by printed name (产出指标 …).</summary>
    public static readonly NameMap<Level1Indicator> Level1Indicators = new(
        Enum.GetValues<Level1Indicator>().Select(l => (IndicatorFramework.Name(l), l)).ToArray());

    /// <summary>The 二级 indicators by printed name (数量指标 …).</summary>
    public static readonly NameMap<Level2Indicator> Level2Indicators = new(
        IndicatorFramework.Level2InOrder.Select(l => (IndicatorFramework.Name(l), l)).ToArray());
}
