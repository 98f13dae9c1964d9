using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Money;
using Jixiao.Monitoring;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Package;

/// <summary>A project's year with every field of execution, evaluation and published evaluation filled (for the full package).</summary>
internal static class YearOfProject
{
    public static readonly ProjectExecution Execution = new()
    {
        AdjustedBudget = [(FundSource.Fiscal, new Yuan(150_000m)), (FundSource.Other, new Yuan(0.01m))],
        Flows =
        [
            new FundsFlow(ExecutionPeriod.Quarter(1), FundSource.Fiscal, new Yuan(37_500m), new Yuan(30_000m)),
            new FundsFlow(ExecutionPeriod.Month(6), FundSource.Fiscal, new Yuan(37_500m), new Yuan(41_234.56m)),
        ],
        Readings =
        [
            new IndicatorReading(new DateOnly(2021, 6, 30), "代办员人数", TargetValue.Parse("120人")) { Level2 = Level2Indicator.Quantity, Note = "按月发放" },
        ],
        Explanation = "说明",
    };

    public static readonly EvaluationInput Evaluation = new()
    {
        Template = "national",
        Judged = new Dictionary<string, JudgedScore> { ["项目立项规范性"] = new(3m), ["社会效益"] = new(4.5m) { Band = "达成年度指标" } },
        Indicators = [new EvaluationInput.IndicatorEntry("群众满意度") { Level2 = Level2Indicator.RecipientSatisfaction, Points = 10m, Judged = new(9m) { Band = "达成年度指标" }, Deviation = "无" }],
        Texts = [("项目概况", "村级代办员补助")],
        Evaluators = [new Evaluator("甲", "科长", "财务科", "5051234")],
        SignOff = new SignOff("乙", "甲", "5051234", "2022-03-01"),
    };

    public static readonly SelfEvaluation Published = new()
    {
        ProjectName = "村级代办员补助（自评表）",
        Title = "项目支出绩效自评表",
        Year = 2021,
        Department = "兴隆县医疗保障局",
        BudgetUnit = "兴隆县医疗保障局本级",
        Nature = ProjectNature.Recurring,
        Period = "2021年",
        Funds = new EvaluationFunds
        {
            InitialBudget = new Yuan(150_000m),
            Budgeted = [("本年财政拨款", new Yuan(150_000m))],
            Released = new Yuan(150_000m),
            Spent = [("本年财政拨款", new Yuan(148_000m)), ("其他资金", new Yuan(0m))],
        },
        Texts = [("项目绩效情况", "已完成")],
        Indicators = [new IndicatorResult(Level2Indicator.Quantity, "代办员人数", TargetValue.Parse("≥120人"), TargetValue.Parse("120人"))
            { StatedProgress = "100%", Points = 50m, Score = 50m, Deviation = "无" }],
        Scores = [new ScoredItem("投入", "资金落实", "预算执行率", 10m, 9.87m)],
        Sections = [new SectionScore("投入", 10m, 9.87m)],
        Total = new StatedScore(100m, 96.37m),
        Grade = "优",
        Evaluators = [new Evaluator("甲", null, "财务科", null)],
        SignOff = new SignOff(null, "甲", null, null),
        Template = "national",
    };
}
