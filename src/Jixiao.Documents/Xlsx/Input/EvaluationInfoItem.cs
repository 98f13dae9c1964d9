namespace Jixiao.Documents.Xlsx.Input;

/// <summary>What a row of the 自评信息 sheet gives (its 栏目): a text block of the self-evaluation, an evaluator, or a sign-off field.</summary>
internal enum EvaluationInfoItem
{
    /// <summary>项目概况.</summary>
    Overview,
    /// <summary>项目资金使用情况.</summary>
    FundsUse,
    /// <summary>项目组织实施情况.</summary>
    Implementation,
    /// <summary>项目绩效情况.</summary>
    Performance,
    /// <summary>其他需说明的问题.</summary>
    OtherMatters,
    /// <summary>评价人员: one evaluator per row.</summary>
    Evaluator,
    /// <summary>负责人.</summary>
    Head,
    /// <summary>经办人.</summary>
    Handler,
    /// <summary>联系电话.</summary>
    Phone,
    /// <summary>填报日期.</summary>
    Date,
}
