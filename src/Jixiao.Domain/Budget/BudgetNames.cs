namespace Jixiao.Budget;

/// <summary>The Chinese names of expense kinds and funding sources, as tables and messages print them.</summary>
public static class BudgetNames
{
    public static string ToChinese(this ExpenseKind k) => k switch
    {
        ExpenseKind.Personnel => "人员经费",
        ExpenseKind.Operating => "公用经费",
        ExpenseKind.Project => "项目支出",
        ExpenseKind.Business => "经营支出",
        ExpenseKind.RemitToSuperior => "上解上级支出",
        _ => "对附属单位补助支出",
    };

    public static string ToChinese(this FundingSource s) => s switch
    {
        FundingSource.GeneralPublic => "一般公共预算",
        FundingSource.GovernmentFund => "政府性基金预算",
        FundingSource.StateCapital => "国有资本经营预算",
        FundingSource.SpecialAccount => "财政专户管理资金",
        FundingSource.Operations => "事业收入",
        FundingSource.BusinessIncome => "事业单位经营收入",
        FundingSource.SuperiorSubsidy => "上级补助收入",
        FundingSource.SubordinateRemittance => "附属单位上缴收入",
        FundingSource.Other => "其他收入",
        _ => "单位资金",
    };
}
