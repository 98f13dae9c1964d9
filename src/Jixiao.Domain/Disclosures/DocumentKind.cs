namespace Jixiao.Disclosures;

/// <summary>The kinds of document Jixiao reads.</summary>
public enum DocumentKind
{
    /// <summary>单位预算 / 部门预算公开 (tables and explanations).</summary>
    UnitBudget,
    /// <summary>项目支出绩效目标申报表 (one or more forms).</summary>
    PerformanceTargets,
    /// <summary>项目支出绩效自评表.</summary>
    SelfEvaluation,
    /// <summary>部门决算 / 单位决算公开 (the final accounts: tables and explanations).</summary>
    FinalAccounts,
    /// <summary>Not recognised.</summary>
    Unknown,
}

public static class DocumentKinds
{
    /// <summary>The JSON name: unit_budget, performance_targets, self_evaluation, final_accounts, unknown.</summary>
    public static string ToJson(this DocumentKind k) => k switch
    {
        DocumentKind.UnitBudget => "unit_budget",
        DocumentKind.PerformanceTargets => "performance_targets",
        DocumentKind.SelfEvaluation => "self_evaluation",
        DocumentKind.FinalAccounts => "final_accounts",
        _ => "unknown",
    };

    public static string ToChinese(this DocumentKind k) => k switch
    {
        DocumentKind.UnitBudget => "单位预算公开",
        DocumentKind.PerformanceTargets => "绩效目标申报表",
        DocumentKind.SelfEvaluation => "绩效自评表",
        DocumentKind.FinalAccounts => "部门决算公开",
        _ => "未识别",
    };
}
