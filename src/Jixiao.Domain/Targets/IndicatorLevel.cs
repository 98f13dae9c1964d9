namespace Jixiao.Targets;

/// <summary>一级指标 (level-1 indicator): fixed by the national framework.</summary>
public enum Level1Indicator
{
    /// <summary>产出指标.</summary>
    Output,
    /// <summary>效益指标.</summary>
    Benefit,
    /// <summary>满意度指标.</summary>
    Satisfaction,
}

/// <summary>二级指标 (level-2 indicator): fixed under each level-1 indicator; the project's own 三级 indicators hang below.</summary>
public enum Level2Indicator
{
    /// <summary>数量指标.</summary>
    Quantity,
    /// <summary>质量指标.</summary>
    Quality,
    /// <summary>时效指标.</summary>
    Timeliness,
    /// <summary>成本指标 — required on every form.</summary>
    Cost,
    /// <summary>经济效益指标.</summary>
    Economic,
    /// <summary>社会效益指标.</summary>
    Social,
    /// <summary>生态效益指标.</summary>
    Ecological,
    /// <summary>可持续影响指标.</summary>
    Sustainability,
    /// <summary>服务对象满意度指标.</summary>
    RecipientSatisfaction,
    /// <summary>其他满意度指标 (some forms).</summary>
    OtherSatisfaction,
}
