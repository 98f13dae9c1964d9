using Jixiao.Budget;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Money;
using Jixiao.Monitoring;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Demo;

/// <summary>
/// The demo's year 2021 as it went — made up for the demonstration, not from any seed (the seed is a budget, published
/// before its year). Three projects have quarterly 财政资金 flows that add up to their line, and readings of some annual
/// indicators at 2021-06-30 and 2021-12-31, against the plan of their forms (3月底 25 %, 6月底 50 %, 10月底 75 %,
/// 12月底 100 %): 代缴村级连接医保系统费用 on time, 医疗保障智能监控系统建设经费 behind (its tender slipped),
/// 宣传印刷费 ahead (printed for the 集中参保 campaign at the start of the year). The first also has the evaluator's
/// entries for its self-evaluation under the national template.
/// </summary>
internal static class DemoYear
{
    public const string OnTime = "13082221KPMIQHAGCZE4A";   // 代缴村级连接医保系统费用, 413,200 元
    public const string Behind = "13082221946YU2KP5Y4ZI";   // 医疗保障智能监控系统建设经费, 200,000 元
    public const string Ahead = "130822218M6H7N2EXBD1D";    // 宣传印刷费, 100,000 元

    public static UnitBudget Apply(UnitBudget budget) => budget with
    {
        Projects = budget.Projects.Select(p => p.Code switch
        {
            OnTime => p with { Execution = OnTimeExecution, Evaluation = OnTimeEvaluation },
            Behind => p with { Execution = BehindExecution },
            Ahead => p with { Execution = AheadExecution },
            _ => p,
        }).ToArray(),
    };

    private static FundsFlow Q(int quarter, decimal released, decimal spent) =>
        new(ExecutionPeriod.Quarter(quarter), FundSource.Fiscal, new Yuan(released), new Yuan(spent));

    private static IndicatorReading At(int month, int day, string indicator, string actual, string? note = null, Level2Indicator? level2 = null) =>
        new(new DateOnly(2021, month, day), indicator, TargetValue.Parse(actual)) { Note = note, Level2 = level2 };

    /// <summary>
    /// Released 103,300 a quarter (413,200 / 4); spent 98,000, 108,600, 100,900, 105,700 — 23.7 %, 50.0 %, 74.4 %,
    /// 100 % cumulated, never ahead of the money released.
    /// </summary>
    public static readonly ProjectExecution OnTimeExecution = new()
    {
        Flows = [Q(1, 103_300m, 98_000m), Q(2, 103_300m, 108_600m), Q(3, 103_300m, 100_900m), Q(4, 103_300m, 105_700m)],
        Readings =
        [
            At(6, 30, "村所覆盖率", "60%", "上半年完成186个村卫生室的网络连接（全县310个）", Level2Indicator.Quantity),
            At(12, 31, "村所覆盖率", "97%", "全年连通301个村卫生室，9个偏远村所线路改造延至次年1月", Level2Indicator.Quantity),
            At(12, 31, "服务对象满意程度", "96%", "年末抽样回访200名参保群众"),
        ],
    };

    /// <summary>
    /// Released 50,000 a quarter; spent 0, 20,000, 40,000, 95,000 — 0 %, 10 %, 30 %, 77.5 % cumulated: far behind the
    /// plan all year, and 45,000 (22.5 %) unspent at the end.
    /// </summary>
    public static readonly ProjectExecution BehindExecution = new()
    {
        Flows = [Q(1, 50_000m, 0m), Q(2, 50_000m, 20_000m), Q(3, 50_000m, 40_000m), Q(4, 50_000m, 95_000m)],
        Readings =
        [
            At(6, 30, "覆盖率", "35%", "系统招标延至5月，首批接入12家定点医疗机构"),
            At(12, 31, "覆盖率", "85%", "其余定点医药机构的接口改造结转至2022年"),
        ],
    };

    /// <summary>
    /// Released 60,000 and 40,000 in the first half; spent 55,000, 40,000, 3,000, 2,000 — 55 %, 95 %, 98 %, 100 %
    /// cumulated: the leaflets were printed for the 集中参保 campaign, well ahead of an even plan.
    /// </summary>
    public static readonly ProjectExecution AheadExecution = new()
    {
        Flows = [Q(1, 60_000m, 55_000m), Q(2, 40_000m, 40_000m), Q(3, 0m, 3_000m), Q(4, 0m, 2_000m)],
        Readings =
        [
            At(6, 30, "提高政策知晓度", "92%", "集中参保期发放明白纸5.2万份"),
            At(12, 31, "提高政策知晓度", "96%"),
            At(12, 31, "服务对象满意度", "97%"),
        ],
    };

    /// <summary>
    /// The national template (预算执行 10, indicators 90): 产出 50 as 20 + 10 + 10 + 10, 效益 30 and 满意度 10 shared evenly.
    /// 村所覆盖率 and 服务对象满意程度 are computed from the 2021-12-31 readings; the qualitative ones are judged inside
    /// their bands (达成年度指标 80–100 %, 部分达成并具有一定效果 60–80 % of the points); 预计成本 (不超过年初预算数) refers
    /// to the budget and is judged.
    /// </summary>
    public static readonly EvaluationInput OnTimeEvaluation = new()
    {
        Template = "national",
        Indicators =
        [
            new EvaluationInput.IndicatorEntry("村所覆盖率") { Level2 = Level2Indicator.Quantity, Points = 20m },
            new EvaluationInput.IndicatorEntry("医保网络运行的质量") { Points = 10m, Judged = new JudgedScore(9m) { Band = "达成年度指标" } },
            new EvaluationInput.IndicatorEntry("完工及时性")
            {
                Points = 10m,
                Judged = new JudgedScore(7m) { Band = "部分达成并具有一定效果" },
                Deviation = "9个偏远村所因线路改造未能在年内连通；已与运营商约定2022年1月底前完成，并按月核对进度。",
            },
            new EvaluationInput.IndicatorEntry("预计成本") { Points = 10m, Judged = new JudgedScore(10m) },
            new EvaluationInput.IndicatorEntry("保障医保业务运转") { Judged = new JudgedScore(9m) { Band = "达成年度指标" } },
            new EvaluationInput.IndicatorEntry("方便更多参保群众") { Judged = new JudgedScore(9m) { Band = "达成年度指标" } },
            new EvaluationInput.IndicatorEntry("长期使用性")
            {
                Judged = new JudgedScore(8m) { Band = "达成年度指标" },
                Deviation = "村级报销人次已增加，长期效果尚需下一年度数据印证。",
            },
        ],
        Texts =
        [
            ("项目概况", "（演示数据）代缴全县310个村卫生室连接医保系统的网络费用，使参保群众在村内即可结算门诊费用。"),
            ("项目资金使用情况", "（演示数据）全年预算41.32万元，按季度下达41.32万元，实际支出41.32万元，预算执行率100%。"),
            ("项目组织实施情况", "（演示数据）与运营商签订服务协议，按季度结算；每月核对村所连通清单。"),
            ("项目绩效情况", "（演示数据）年末连通301个村卫生室，覆盖率97%；抽样回访满意度96%。"),
            ("其他需说明的问题", "（演示数据）无。"),
        ],
        Evaluators =
        [
            new Evaluator("演示人员甲", "科长", "财务股", "0314-0000001"),
            new Evaluator("演示人员乙", "科员", "医药服务管理股", "0314-0000002"),
        ],
        SignOff = new SignOff("演示负责人", "演示人员乙", "0314-0000002", "2022-03-15"),
    };
}
