using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Evaluations;

/// <summary>
/// A project's self-evaluation (绩效自评表) as filled: identity, money, the text blocks, each indicator's target and
/// actual with the 完成进度 the form states, the score table as scored, the total and grade as stated, and the people.
/// What the form states is kept as stated (so that rules can compare it with what follows from the figures); money in
/// 元. The Shanxi 财政支出项目绩效自评表 is the layout of the seeds (evaluation-domain.md). No I/O.
/// </summary>
public sealed record SelfEvaluation
{
    /// <summary>项目名称.</summary>
    public required string ProjectName { get; init; }

    /// <summary>The title as printed (<c>晋中市财政支出项目绩效自评表</c>); null when not known.</summary>
    public string? Title { get; init; }

    /// <summary>The fiscal year evaluated (<c>(2021 年度)</c>); null when not printed.</summary>
    public int? Year { get; init; }

    /// <summary>主管部门 as printed (the seeds print a 科室: <c>社保科</c>).</summary>
    public string? Department { get; init; }

    /// <summary>预算单位.</summary>
    public string? BudgetUnit { get; init; }

    public ProjectNature? Nature { get; init; }

    /// <summary>项目期 as printed (<c>20210101至20211231</c>).</summary>
    public string? Period { get; init; }

    public EvaluationFunds Funds { get; init; } = new();

    /// <summary>项目概况, 项目资金使用情况, 项目组织实施情况, 项目绩效情况, 其他需说明的问题 by printed heading.</summary>
    public IReadOnlyList<(string Heading, string Text)> Texts { get; init; } = [];

    /// <summary>绩效目标实现情况: one row per 三级 indicator, in printed order.</summary>
    public IReadOnlyList<IndicatorResult> Indicators { get; init; } = [];

    /// <summary>评分表: the items as scored, in printed order, with the section (一级) rows' stated sums.</summary>
    public IReadOnlyList<ScoredItem> Scores { get; init; } = [];

    /// <summary>The stated section sums (投入 19.92 …) by section name, in printed order.</summary>
    public IReadOnlyList<SectionScore> Sections { get; init; } = [];

    /// <summary>The score template the form follows (<c>shanxi</c>, <c>national</c>); null when read from a document.</summary>
    public string? Template { get; init; }

    /// <summary>综合得分 as stated (its points, usually 100, and the score).</summary>
    public StatedScore? Total { get; init; }

    /// <summary>评价结果等次 as stated (优, 良, 中, 差).</summary>
    public string? Grade { get; init; }

    /// <summary>评价人员.</summary>
    public IReadOnlyList<Evaluator> Evaluators { get; init; } = [];

    /// <summary>负责人, 经办人, 联系电话, 填报日期.</summary>
    public SignOff? SignOff { get; init; }
}

/// <summary>
/// 项目资金情况, in 元: 预算资金 by source, 预算下达资金 (到位), 实际支出资金 by source — each line as stated; a line left
/// blank is absent.
/// </summary>
public sealed record EvaluationFunds
{
    /// <summary>年初预算数 (A0 of the national table) when it differs from the year's budget after adjustments; null otherwise.</summary>
    public Yuan? InitialBudget { get; init; }

    /// <summary>预算资金 (全年预算数, A) by printed source (市级预算资金, 其他 …).</summary>
    public IReadOnlyList<(string Source, Yuan Amount)> Budgeted { get; init; } = [];

    /// <summary>预算下达资金 (the money made available).</summary>
    public Yuan? Released { get; init; }

    /// <summary>实际支出资金 by printed source (市级预算资金, 上年结转资金, 上级财政资金, 其他).</summary>
    public IReadOnlyList<(string Source, Yuan Amount)> Spent { get; init; } = [];

    public Yuan BudgetedTotal => Sum(Budgeted);

    public Yuan SpentTotal => Sum(Spent);

    private static Yuan Sum(IReadOnlyList<(string Source, Yuan Amount)> lines)
    {
        var sum = Yuan.Zero;
        foreach (var (_, amount) in lines) sum += amount;
        return sum;
    }
}

/// <summary>
/// One row of 绩效目标实现情况: the indicator, its 目标值 and 实际完成指标值 (both read by the target-value language), and
/// the 完成进度 as printed (<c>已完成</c>, <c>100%</c>, <c>80%</c>).
/// </summary>
public sealed record IndicatorResult(Level2Indicator Level2, string Name, TargetValue Target, TargetValue Actual)
{
    public Level1Indicator Level1 => IndicatorFramework.Parent(Level2);

    /// <summary>完成进度 as printed; null when blank.</summary>
    public string? StatedProgress { get; init; }

    /// <summary>分值 (the national table scores each indicator); null on a form that does not.</summary>
    public decimal? Points { get; init; }

    /// <summary>得分 of the indicator (national table); null when not scored there.</summary>
    public decimal? Score { get; init; }

    /// <summary>偏差原因分析及改进措施 (national table); null when blank.</summary>
    public string? Deviation { get; init; }

    /// <summary>The line of the document the row is on (0 when not from a document).</summary>
    public int Line { get; init; }
}

/// <summary>One item of the score table: its section (投入, 过程, 产出, 效果), 二级 group, name, points and the score given.</summary>
public sealed record ScoredItem(string Section, string Group, string Name, decimal Points, decimal? Score)
{
    public int Line { get; init; }
}

/// <summary>A section row of the score table as stated: 投入 20 → 19.92.</summary>
public sealed record SectionScore(string Section, decimal Points, decimal? Score)
{
    public int Line { get; init; }
}

/// <summary>A stated score with its points (综合得分 100 → 94.92).</summary>
public sealed record StatedScore(decimal Points, decimal? Score)
{
    public int Line { get; init; }
}

/// <summary>An evaluator: 姓名, 职称/职务, 科室, 联系电话.</summary>
public sealed record Evaluator(string Name, string? Title, string? Office, string? Phone);
