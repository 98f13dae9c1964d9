using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Targets;

namespace Jixiao.Documents.Xlsx.Input;

/// <summary>The closed lists of the input workbook: what its drop-downs offer and what the reader accepts.</summary>
internal static class InputVocabularies
{
    public static readonly Vocabulary<UnitNature> UnitNatures = new(
        (UnitNature.Administrative, "行政", ["行政单位", "机关", "行政机关"]),
        (UnitNature.PublicInstitution, "事业", ["事业单位"]));

    public static readonly Vocabulary<ExpenseKind> ExpenseKinds = new(
        (ExpenseKind.Personnel, "人员经费", ["人员支出", "基本支出-人员经费"]),
        (ExpenseKind.Operating, "公用经费", ["公用支出", "基本支出-公用经费"]),
        (ExpenseKind.Project, "项目支出", []),
        (ExpenseKind.Business, "经营支出", ["事业单位经营支出"]),
        (ExpenseKind.RemitToSuperior, "上解上级支出", ["上缴上级支出"]),
        (ExpenseKind.SubsidyToSubordinate, "对附属单位补助支出", []));

    public static readonly Vocabulary<FundingSource> FundingSources = new(
        (FundingSource.GeneralPublic, "一般公共预算", ["一般公共预算拨款", "一般公共预算拨款收入", "一般公共预算财政拨款"]),
        (FundingSource.GovernmentFund, "政府性基金预算", ["政府性基金预算拨款", "政府性基金预算拨款收入", "政府性基金"]),
        (FundingSource.StateCapital, "国有资本经营预算", ["国有资本经营预算拨款", "国有资本经营预算拨款收入"]),
        (FundingSource.SpecialAccount, "财政专户管理资金", ["财政专户管理资金收入", "财政专户收入", "财政专户"]),
        (FundingSource.Operations, "事业收入", []),
        (FundingSource.BusinessIncome, "事业单位经营收入", ["经营收入"]),
        (FundingSource.SuperiorSubsidy, "上级补助收入", []),
        (FundingSource.SubordinateRemittance, "附属单位上缴收入", []),
        (FundingSource.Other, "其他收入", []),
        (FundingSource.UnitOwn, "单位资金", []));

    public static readonly Vocabulary<bool> YesNo = new(
        (true, "是", []),
        (false, "否", []));

    public static readonly Vocabulary<ThreePublicKind> ThreePublicKinds = new(
        (ThreePublicKind.AbroadResearch, "教学科研人员因公出国（境）费", []),
        (ThreePublicKind.AbroadOther, "其他因公出国（境）费", []),
        (ThreePublicKind.VehiclePurchase, "公务用车购置费", []),
        (ThreePublicKind.VehicleOperation, "公务用车运行维护费", ["公务用车运行费", "公务用车运维费"]),
        (ThreePublicKind.Hospitality, "公务接待费", []));

    public static readonly Vocabulary<ProcurementCategory> ProcurementCategories = new(
        (ProcurementCategory.Goods, "货物", ["货物类"]),
        (ProcurementCategory.Works, "工程", ["工程类"]),
        (ProcurementCategory.Services, "服务", ["服务类"]));

    public static readonly Vocabulary<AssetKind> AssetKinds = new(
        (AssetKind.Buildings, "房屋", []),
        (AssetKind.OfficeSpace, "办公用房", []),
        (AssetKind.Vehicles, "车辆", []),
        (AssetKind.Equipment, "单价20万元以上的设备", ["单价在20万元以上的设备", "单价20万元以上设备", "单价50万元以上的设备", "单价在50万元以上的设备", "单价50万元以上设备", "大型设备"]),
        (AssetKind.Other, "其他固定资产", []));

    public static readonly Vocabulary<ProjectNature> ProjectNatures = new(
        (ProjectNature.OneOff, "一次性项目", ["一次性项目（1年结束）", "一次性"]),
        (ProjectNature.Recurring, "经常性项目", ["经常性项目（长期开展）", "经常性"]));

    public static readonly Vocabulary<IndicatorPeriod> IndicatorPeriods = new(
        (IndicatorPeriod.Implementation, "实施期", ["实施期目标", "实施期指标"]),
        (IndicatorPeriod.Annual, "年度", ["年度目标", "年度指标", "本年度"]));

    /// <summary>
    /// Where a project's money comes from, as its target form splits it (资金来源 of 预算调整 and 资金执行), with the names
    /// of the data package; 市级 and 县级 are both 市县（区）.
    /// </summary>
    public static readonly Vocabulary<FundSource> FundSources = new(
        (FundSource.Central, "中央财政资金", ["中央", "中央资金", "中央财政"]),
        (FundSource.Provincial, "省级财政资金", ["省级", "省级资金", "省级财政", "省财政资金"]),
        (FundSource.Local, "市县（区）财政资金", ["市县财政资金", "市县（区）", "市级财政资金", "县级财政资金", "区级财政资金"]),
        (FundSource.Fiscal, "财政资金", []),
        (FundSource.SelfRaised, "单位自筹", ["单位自筹资金", "自筹资金", "自筹"]),
        (FundSource.Other, "其他资金", ["其他"]));

    /// <summary>The 栏目 of 自评信息: the text blocks of the self-evaluation form as it prints them, 评价人员, and the sign-off.</summary>
    public static readonly Vocabulary<EvaluationInfoItem> EvaluationInfoItems = new(
        (EvaluationInfoItem.Overview, "项目概况", []),
        (EvaluationInfoItem.FundsUse, "项目资金使用情况", ["资金使用情况"]),
        (EvaluationInfoItem.Implementation, "项目组织实施情况", ["组织实施情况"]),
        (EvaluationInfoItem.Performance, "项目绩效情况", ["绩效情况"]),
        (EvaluationInfoItem.OtherMatters, "其他需说明的问题", ["其他需要说明的问题"]),
        (EvaluationInfoItem.Evaluator, "评价人员", ["评价人"]),
        (EvaluationInfoItem.Head, "负责人", ["单位负责人"]),
        (EvaluationInfoItem.Handler, "经办人", ["填报人"]),
        (EvaluationInfoItem.Phone, "联系电话", ["电话"]),
        (EvaluationInfoItem.Date, "填报日期", ["日期"]));

    /// <summary>产出指标, 效益指标, 满意度指标 as <see cref="IndicatorFramework"/> names them; also without “指标”.</summary>
    public static readonly Vocabulary<Level1Indicator> Level1Indicators = new(
        [.. Enum.GetValues<Level1Indicator>().Select(l => (l, IndicatorFramework.Name(l), new[] { IndicatorFramework.Name(l)[..^2] }))]);

    /// <summary>The ten 二级指标 in the framework's order, as <see cref="IndicatorFramework"/> names them; also without “指标”.</summary>
    public static readonly Vocabulary<Level2Indicator> Level2Indicators = new(
        [.. IndicatorFramework.Level2InOrder.Select(l => (l, IndicatorFramework.Name(l), new[] { IndicatorFramework.Name(l)[..^2] }))]);
}
