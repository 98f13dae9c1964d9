using Jixiao.Money;

namespace Jixiao.Targets;

/// <summary>
/// A project performance target declaration (项目支出绩效目标申报表 / 绩效目标表): what a project promises before its
/// money is approved. It belongs to a <see cref="Budget.Project"/> (which holds the project's code and name), so the
/// budget's project line and the form's 年度资金总额 are one figure. No I/O.
/// </summary>
public sealed record TargetDeclaration
{
    /// <summary>主管部门及代码: code (<c>303</c>) and name (<c>忻州市医疗保障局</c>).</summary>
    public (string? Code, string Name)? Department { get; init; }

    /// <summary>实施单位.</summary>
    public string? ImplementingUnit { get; init; }

    public ProjectNature? Nature { get; init; }

    /// <summary>The longest 项目期 accepted, in years.</summary>
    public const int MaxPeriodYears = 99;

    /// <summary>项目期 in years (<c>1年</c>, <c>3年</c>), 1 to <see cref="MaxPeriodYears"/>; null when not stated.</summary>
    public int? PeriodYears { get; init; }

    /// <summary>实施期 money (the whole implementation period).</summary>
    public DeclaredFunds ImplementationFunds { get; init; } = DeclaredFunds.Empty;

    /// <summary>年度 money (this fiscal year).</summary>
    public DeclaredFunds AnnualFunds { get; init; } = DeclaredFunds.Empty;

    /// <summary>项目概况, 立项依据, 项目设立必要性, 保证项目实施的制度、措施, 项目实施计划, and the Hebei 资金用途, by printed heading.</summary>
    public IReadOnlyList<(string Heading, string Text)> Texts { get; init; } = [];

    /// <summary>总体目标 of the implementation period (Shanxi); a Hebei form has none.</summary>
    public string? ImplementationGoal { get; init; }

    /// <summary>总体目标 of the year (Shanxi), or the numbered 绩效目标 of a Hebei form, one per line.</summary>
    public string? AnnualGoal { get; init; }

    /// <summary>The indicators of the implementation period (Shanxi left half); empty on a Hebei form.</summary>
    public IReadOnlyList<Indicator> ImplementationIndicators { get; init; } = [];

    /// <summary>The indicators of the year (Shanxi right half; the only table of a Hebei form).</summary>
    public IReadOnlyList<Indicator> AnnualIndicators { get; init; } = [];

    /// <summary>资金支出计划 (Hebei); null when the form has none.</summary>
    public SpendingPlan? SpendingPlan { get; init; }

    /// <summary>负责人, 经办人, 联系电话, 填报日期 as printed (填报日期 <c>20211208153717</c> or <c>2022-06-27</c>).</summary>
    public SignOff? SignOff { get; init; }

}

/// <summary>The sign-off block of a form.</summary>
public sealed record SignOff(string? Head, string? Handler, string? Phone, string? Date);
