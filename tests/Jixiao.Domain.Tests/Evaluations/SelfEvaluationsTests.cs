using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Money;
using Jixiao.Monitoring;
using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Evaluations;

/// <summary>
/// A project's own self-evaluation computed from its budget lines, execution data and the evaluator's entries, checked
/// against hand calculations. The scorer's formulas are tested on bare figures in ScorerTests; here the same acceptance
/// cases go through a project: its lines give 预算资金, its flows 下达 and 实际支出, its readings the actuals.
/// </summary>
public class SelfEvaluationsTests
{
    private static readonly ScoreTemplate National = ScoreTemplates.Get("national");
    private static readonly ScoreTemplate Shanxi = ScoreTemplates.Get("shanxi");
    private const string Code = "14070023PJ0000000001";
    private static readonly BudgetUnit Unit = new("303001", "晋中市医疗保障局", UnitNature.Administrative);

    private static Indicator Declared(Level2Indicator level2, string name, string target) => new(level2, name, TargetValue.Parse(target));

    private static IndicatorReading Reading(string date, string name, string actual, string? note = null) =>
        new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), name, TargetValue.Parse(actual)) { Note = note };

    private static FundsFlow Quarter(int q, decimal released, decimal spent) =>
        new(ExecutionPeriod.Quarter(q), FundSource.Local, new Yuan(released), new Yuan(spent));

    /// <summary>
    /// A 2023 budget with one project whose lines hold <paramref name="lines"/> 元 of 一般公共预算, and
    /// <paramref name="carriedOver"/> 元 carried over from 2022 in one more line when not 0.
    /// </summary>
    private static (UnitBudget Budget, Project Project) Budget(decimal[] lines, IReadOnlyList<Indicator> indicators,
        ProjectExecution execution, EvaluationInput? entries = null, DeclaredFunds? funds = null, decimal carriedOver = 0m)
    {
        var project = new Project(Code, "城乡居民基本医疗保险市级财政补助")
        {
            Targets = new TargetDeclaration
            {
                Department = ("303", "晋中市医疗保障局"),
                Nature = ProjectNature.Recurring,
                AnnualFunds = funds ?? new DeclaredFunds(null, [(FundSource.Local, new Yuan(lines.Sum()))]),
                AnnualGoal = "按时足额拨付城乡居民医保市级财政补助",
                AnnualIndicators = indicators,
            },
            Execution = execution,
            Evaluation = entries,
        };
        var budgetLines = lines.Select(a => new BudgetLine(FunctionalCode.Parse("2101202"), null, ExpenseKind.Project,
            FundingSource.GeneralPublic, new Yuan(a)) { ProjectCode = Code }).ToList();
        if (carriedOver != 0m)
            budgetLines.Add(new BudgetLine(FunctionalCode.Parse("2101202"), null, ExpenseKind.Project, FundingSource.GeneralPublic, new Yuan(carriedOver))
                { ProjectCode = Code, CarryOver = true });
        return (new UnitBudget(Unit, new FiscalYear(2023), budgetLines) { Projects = [project] }, project);
    }

    /// <summary>1,000,000 元 in two lines, released 250,000 a quarter.</summary>
    private static (UnitBudget, Project) Million(decimal spent, IReadOnlyList<Indicator> indicators, IReadOnlyList<IndicatorReading> readings,
        EvaluationInput? entries = null) =>
        Budget([600_000m, 400_000m], indicators, new ProjectExecution
        {
            Flows = [Quarter(1, 250_000m, spent / 4), Quarter(2, 250_000m, spent / 4), Quarter(3, 250_000m, spent / 4), Quarter(4, 250_000m, spent / 4)],
            Readings = readings,
        }, entries);

    private static OwnEvaluation Compute((UnitBudget Budget, Project Project) p, ScoreTemplate template) =>
        SelfEvaluations.Compute(p.Budget, p.Project, template);

    private static ItemScore Item(OwnEvaluation e, string name) => e.Sheet.Items.Single(i => i.Name == name);

    private static EvaluationInput.IndicatorEntry Entry(string name, decimal points) => new(name) { Points = points };

    /// <summary>A cost ceiling that names the project's own budget (不超过年初预算数), known once the money is.</summary>
    public class ATargetOfTheBudget
    {
        private static OwnEvaluation Evaluate(decimal spent, string? reading = null) =>
            Compute(Million(spent, [Declared(Level2Indicator.Cost, "项目成本", "不超过年初预算数")],
                reading is null ? [] : [Reading("2023-12-31", "项目成本", reading)],
                new EvaluationInput { Indicators = [Entry("项目成本", 50m) with { Judged = new JudgedScore(30m) }] }), National);

        [Fact]
        public void Given_spending_within_the_lines_When_evaluated_Then_the_ceiling_is_met()
        {
            // 年初预算数 = the lines, 1,000,000; spent 4 × 247,500 = 990,000 ≤ 1,000,000 → 50 of 50
            var e = Evaluate(990_000m);

            Item(e, "项目成本").Score.ShouldBe(50m);
            e.Notes.ShouldContain("“项目成本”的目标值“不超过年初预算数”按年初预算数 100.00 万元 计，实际完成值取全年执行数 99.00 万元");
            // the evaluator's 30 is not taken, and the sheet says so
            Item(e, "项目成本").Flags.ShouldContain("项目成本由完成情况计算，未采用评价人评分 30.00");
            // the form prints the target as declared
            e.Form.Indicators.Single().Target.Text.ShouldBe("不超过年初预算数");
        }

        [Fact]
        public void Given_spending_above_the_lines_When_evaluated_Then_the_reverse_formula_applies()
        {
            // spent 1,100,000 of a 1,000,000 ceiling: 110 %, 50 × (1 − 0.10) = 45.00
            var e = Evaluate(1_100_000m);

            Item(e, "项目成本").Score.ShouldBe(45m);
        }

        [Fact]
        public void Given_a_reading_When_evaluated_Then_the_reading_is_not_replaced()
        {
            // an actual the unit entered stays: 不超过年初预算数 against “已控制” cannot be computed, the evaluator's 30 stands
            var e = Evaluate(990_000m, "已控制");

            Item(e, "项目成本").Score.ShouldBe(30m);
            e.Notes.ShouldNotContain(n => n.Contains("按年初预算数", StringComparison.Ordinal));
        }
    }

    /// <summary>The national 项目支出绩效自评表 through a project.</summary>
    public class TheNationalTemplate
    {
        // 产出 50 = 参保人数 15 + 办结时限 10 + 重复参保人数 5 + 覆盖率 20; 效益 30; 满意度 10.
        private static readonly Indicator[] Indicators =
        [
            Declared(Level2Indicator.Quantity, "参保人数", "≥8755人"),
            Declared(Level2Indicator.Timeliness, "办结时限", "≤10天"),
            Declared(Level2Indicator.Quantity, "重复参保人数", "0人"),
            Declared(Level2Indicator.Quality, "覆盖率", "≥95%"),
            Declared(Level2Indicator.Social, "待遇保障水平", "稳步提高"),
            Declared(Level2Indicator.RecipientSatisfaction, "参保群众满意度", "≥90%"),
        ];

        private static readonly IndicatorReading[] Readings =
        [
            Reading("2023-06-30", "参保人数", "4000人"),
            Reading("2023-12-31", "参保人数", "8676人", "部分人员转入职工医保"),
            Reading("2024-01-15", "参保人数", "9000人"),   // after the year: not this year's actual
            Reading("2023-12-31", "办结时限", "15天"),
            Reading("2023-12-31", "重复参保人数", "3人"),
            Reading("2023-12-31", "覆盖率", "95%"),
            Reading("2023-12-31", "待遇保障水平", "有所提高"),
            Reading("2023-12-31", "参保群众满意度", "92%"),
        ];

        private static EvaluationInput Entries(decimal benefit, string band) => new()
        {
            Template = "national",
            Indicators =
            [
                Entry("参保人数", 15m), Entry("办结时限", 10m) with { Deviation = "审核流程长，下年精简环节" }, Entry("重复参保人数", 5m), Entry("覆盖率", 20m),
                new("待遇保障水平") { Judged = new JudgedScore(benefit) { Band = band } },
            ],
            Texts = [("实际完成情况", "补助资金已拨付")],
            Evaluators = [new Evaluator("牛建军", "科长", "社保科", "0354-3075659")],
            SignOff = new SignOff("张志涛", "牛建军", "0354-3075659", "2024-03-01"),
        };

        private static OwnEvaluation Evaluate(decimal spent = 990_000m, decimal benefit = 20m, string band = "部分达成并具有一定效果") =>
            Compute(Million(spent, Indicators, Readings, Entries(benefit, band)), National);

        [Fact]
        public void Given_a_positive_indicator_read_8676_of_8755_on_15_points_When_evaluated_Then_14_86_and_progress_99_10_percent()
        {
            // latest reading by 2023-12-31 is 8676人 (the 2024-01-15 one is next year's); 8676 / 8755 = 0.990977 → 99.10 %;
            // 15 × 0.990977 = 14.8647 → 14.86.
            var e = Evaluate();

            var item = Item(e, "参保人数");
            item.Score.ShouldBe(14.86m);
            item.Explanation.ShouldBe("参保人数 8676人 / 8755人 = 99.10 % × 15 = 14.86");
            var row = e.Form.Indicators.Single(i => i.Name == "参保人数");
            (row.Target.Text, row.Actual.Text, row.StatedProgress, row.Points, row.Score).ShouldBe(("≥8755人", "8676人", "99.10%", 15m, 14.86m));
            row.Deviation.ShouldBe("部分人员转入职工医保"); // the reading's note, no deviation entered
        }

        [Fact]
        public void Given_a_reverse_indicator_at_150_percent_of_target_When_evaluated_Then_half_its_points()
        {
            // 15天 against ≤10天: 15 / 10 = 150 %, 50 % over; 10 × (1 − 0.5) = 5.00.
            var e = Evaluate();

            Item(e, "办结时限").Score.ShouldBe(5m);
            var row = e.Form.Indicators.Single(i => i.Name == "办结时限");
            (row.StatedProgress, row.Points, row.Score, row.Deviation).ShouldBe(("未完成", 10m, 5m, "审核流程长，下年精简环节"));
        }

        [Fact]
        public void Given_an_exact_zero_target_missed_When_evaluated_Then_0()
        {
            // 重复参保人数 0人, actual 3人: only 0 earns the 5 points.
            var e = Evaluate();

            Item(e, "重复参保人数").Score.ShouldBe(0m);
            e.Form.Indicators.Single(i => i.Name == "重复参保人数").StatedProgress.ShouldBe("未完成");
        }

        [Fact]
        public void Given_spending_of_99_percent_of_the_lines_When_evaluated_Then_execution_scores_9_9()
        {
            // lines 600,000 + 400,000 = 1,000,000; spent 4 × 247,500 = 990,000; 990,000 / 1,000,000 = 99 %; 10 × 0.99 = 9.90.
            var e = Evaluate();

            var item = Item(e, "预算执行率");
            item.Score.ShouldBe(9.9m);
            item.Explanation.ShouldBe("预算执行率 99.00 / 100.00 = 99.00 % × 10 = 9.90");
            // nothing carried over into the budget, so none of the money spent was: both say 上年结转资金 0.00
            e.Form.Funds.Budgeted.ShouldBe([("市县（区）财政资金", new Yuan(1_000_000m)), ("上年结转资金", Yuan.Zero)]);
            e.Form.Funds.Released.ShouldBe(new Yuan(1_000_000m));
            e.Form.Funds.Spent.ShouldBe([("市县（区）财政资金", new Yuan(990_000m)), ("上年结转资金", Yuan.Zero)]);
            e.Form.Funds.InitialBudget.ShouldBe(new Yuan(1_000_000m)); // 年初预算数: the lines, not adjusted
            e.Form.Scores.ShouldBe([new ScoredItem("预算执行", "", "预算执行率", 10m, 9.9m)]);
        }

        [Fact]
        public void Given_spending_above_the_budget_When_evaluated_Then_execution_is_capped_at_10()
        {
            // spent 1,050,000 of 1,000,000 = 105 %; 10 × 1.05 = 10.5, capped at 10.
            Item(Evaluate(spent: 1_050_000m), "预算执行率").Score.ShouldBe(10m);
        }

        [Fact]
        public void Given_money_released_short_of_the_budget_When_evaluated_Then_execution_is_spent_over_the_budget_not_over_the_release()
        {
            // The national table's 执行率 is B / A: 891,000 / 1,000,000 = 89.10 % → 8.91; against the 900,000 released it
            // would be 99 % → 9.90.
            var p = Budget([1_000_000m], Indicators, new ProjectExecution
            {
                Flows = [Quarter(2, 500_000m, 500_000m), Quarter(4, 400_000m, 391_000m)],
                Readings = Readings,
            }, Entries(20m, "部分达成并具有一定效果"));

            var e = Compute(p, National);

            Item(e, "预算执行率").Score.ShouldBe(8.91m);
            e.Form.Funds.Released.ShouldBe(new Yuan(900_000m));
        }

        [Fact]
        public void Given_a_budget_adjusted_during_the_year_When_evaluated_Then_it_is_the_budget_and_the_lines_are_A0()
        {
            // adjusted 1,000,000 (市县) + 200,000 (省级) = 1,200,000, the lines' 1,000,000 is 年初预算数;
            // spent 1,188,000 / 1,200,000 = 99 % → 9.90.
            var p = Budget([1_000_000m], Indicators, new ProjectExecution
            {
                AdjustedBudget = [(FundSource.Local, new Yuan(1_000_000m)), (FundSource.Provincial, new Yuan(200_000m))],
                Flows = [Quarter(4, 1_000_000m, 990_000m), new FundsFlow(ExecutionPeriod.Month(12), FundSource.Provincial, new Yuan(200_000m), new Yuan(198_000m))],
                Readings = Readings,
            }, Entries(20m, "部分达成并具有一定效果"));

            var e = Compute(p, National);

            Item(e, "预算执行率").Score.ShouldBe(9.9m);
            e.Form.Funds.InitialBudget.ShouldBe(new Yuan(1_000_000m));
            // the adjusted budget by level of government does not say how much was carried over: no 上年结转 line
            e.Form.Funds.Budgeted.ShouldBe([("市县（区）财政资金", new Yuan(1_000_000m)), ("省级财政资金", new Yuan(200_000m))]);
            e.Form.Funds.Spent.ShouldBe([("市县（区）财政资金", new Yuan(990_000m)), ("省级财政资金", new Yuan(198_000m))]);
        }

        [Fact]
        public void Given_a_qualitative_score_outside_its_band_When_evaluated_Then_it_is_rejected_and_the_evaluation_is_incomplete()
        {
            // 部分达成并具有一定效果 is 60–80 % of 30 = 18–24 points; 25 is outside.
            var e = Evaluate(benefit: 25m);

            var item = Item(e, "待遇保障水平");
            item.Score.ShouldBeNull();
            item.Rejection.ShouldBe("评价人评分 25 不在档次“部分达成并具有一定效果”的范围内（60.00 %–80.00 % × 30 = 18–24 分）");
            e.IsComplete.ShouldBeFalse();
            e.Form.Total.ShouldBe(new StatedScore(100m, null));
            e.Form.Grade.ShouldBeNull();
        }

        [Fact]
        public void Given_every_indicator_scored_When_evaluated_Then_the_total_is_the_sum_of_the_sections()
        {
            // 9.90 + (14.86 + 5.00 + 0 + 20) + 20 + 10 = 9.90 + 39.86 + 20 + 10 = 79.76 → 中 (60 ≤ 79.76 < 80).
            // 覆盖率 95 % of ≥95 % is reached (20); 满意度 92 % ≥ 90 % (10, the 10 points left to the one indicator).
            var e = Evaluate();

            e.Sheet.Rejections.ShouldBeEmpty();
            e.Form.Sections.Select(s => (s.Section, s.Points, s.Score))
                .ShouldBe([("预算执行", 10m, (decimal?)9.9m), ("产出指标", 50m, 39.86m), ("效益指标", 30m, 20m), ("满意度指标", 10m, 10m)]);
            e.Form.Total.ShouldBe(new StatedScore(100m, 79.76m));
            e.Form.Grade.ShouldBe("中");
            e.IsComplete.ShouldBeTrue();
        }

        [Fact]
        public void Given_a_total_of_exactly_90_When_evaluated_Then_优()
        {
            // spent = budget: 10; 参保人数 100 of ≥100: 50; 待遇保障水平 judged 20 in 18–24: 20; 满意度 90 % of 90%以上: 10.
            // 10 + 50 + 20 + 10 = 90, and 90 itself is 优.
            var p = Million(1_000_000m,
                [Declared(Level2Indicator.Quantity, "参保人数", "≥100人"), Declared(Level2Indicator.Social, "待遇保障水平", "稳步提高"),
                 Declared(Level2Indicator.RecipientSatisfaction, "满意度", "90%以上")],
                [Reading("2023-12-31", "参保人数", "100人"), Reading("2023-12-31", "满意度", "90%")],
                new EvaluationInput { Indicators = [new("待遇保障水平") { Judged = new JudgedScore(20m) { Band = "部分达成并具有一定效果" } }] });

            var e = Compute(p, National);

            e.Form.Total.ShouldBe(new StatedScore(100m, 90m));
            e.Form.Grade.ShouldBe("优");
            e.Form.Indicators.Single(i => i.Name == "待遇保障水平").StatedProgress.ShouldBe("部分达成并具有一定效果");
        }

        [Fact]
        public void Given_an_indicator_without_a_reading_When_evaluated_Then_its_actual_is_blank_and_the_evaluator_must_score_it()
        {
            var readings = Readings.Where(r => r.Indicator != "参保人数").ToArray();
            var unscored = Compute(Million(990_000m, Indicators, readings, Entries(20m, "部分达成并具有一定效果")), National);

            var item = Item(unscored, "参保人数");
            item.Score.ShouldBeNull();
            item.Rejection.ShouldBe("无法计算（实际完成值未填写），须由评价人在 0–15 分内评分");
            var row = unscored.Form.Indicators.Single(i => i.Name == "参保人数");
            (row.Actual.Kind, row.StatedProgress).ShouldBe((TargetValueKind.Empty, (string?)null));

            var entries = Entries(20m, "部分达成并具有一定效果");
            entries = entries with { Indicators = [.. entries.Indicators.Where(i => i.Name != "参保人数"), Entry("参保人数", 15m) with { Judged = new JudgedScore(13m) }] };
            var judged = Compute(Million(990_000m, Indicators, readings, entries), National);
            Item(judged, "参保人数").Score.ShouldBe(13m);
            Item(judged, "参保人数").Flags.ShouldBe(["无法计算（实际完成值未填写），采用评价人评分"]);
        }

        [Fact]
        public void Given_an_entry_for_an_indicator_not_declared_When_evaluated_Then_the_sheet_says_so_and_has_no_total()
        {
            var entries = Entries(20m, "部分达成并具有一定效果");
            entries = entries with { Indicators = [.. entries.Indicators, Entry("参保率", 5m)] };

            var e = Compute(Million(990_000m, Indicators, Readings, entries), National);

            e.Sheet.Problems.ShouldBe(["评价人录入的指标“参保率”不在项目申报的年度绩效指标中"]);
            e.Form.Total!.Score.ShouldBeNull();
        }

        [Fact]
        public void Given_the_entries_When_evaluated_Then_the_form_carries_identity_goal_texts_and_people()
        {
            var e = Evaluate();

            e.Form.ProjectName.ShouldBe("城乡居民基本医疗保险市级财政补助");
            (e.Form.Title, e.Form.Year, e.Form.Period, e.Form.Template).ShouldBe(("项目支出绩效自评表", (int?)2023, "20230101至20231231", "national"));
            (e.Form.Department, e.Form.BudgetUnit, e.Form.Nature).ShouldBe(("晋中市医疗保障局", "晋中市医疗保障局", (ProjectNature?)ProjectNature.Recurring));
            e.Form.Texts.ShouldBe([("年度总体目标", "按时足额拨付城乡居民医保市级财政补助"), ("实际完成情况", "补助资金已拨付")]);
            e.Form.Indicators.Select(i => i.Name).ShouldBe(["参保人数", "办结时限", "重复参保人数", "覆盖率", "待遇保障水平", "参保群众满意度"]);
            e.Form.Evaluators.ShouldBe([new Evaluator("牛建军", "科长", "社保科", "0354-3075659")]);
            e.Form.SignOff!.Head.ShouldBe("张志涛");
            e.Notes.ShouldBeEmpty();
        }

        [Fact]
        public void Given_no_flows_When_evaluated_Then_execution_says_what_is_missing_rather_than_scoring_0()
        {
            var e = Compute(Budget([1_000_000m], Indicators, new ProjectExecution { Readings = Readings }, Entries(20m, "部分达成并具有一定效果")), National);

            Item(e, "预算执行率").Rejection.ShouldBe("缺少实际支出资金，无法计算预算执行率");
            e.Form.Funds.Released.ShouldBeNull();
            e.Form.Funds.Spent.ShouldBeEmpty();
            e.Notes.ShouldBe(["没有资金下达和支出数据：预算下达资金和实际支出资金未知"]);
        }
    }

    /// <summary>The Shanxi 财政支出项目绩效自评表 through a project: money items computed, the rest judged.</summary>
    public class TheShanxiTemplate
    {
        private static readonly Dictionary<string, JudgedScore> FullMarks = new()
        {
            ["项目立项规范性"] = new(3m), ["绩效目标合理性"] = new(4m), ["绩效指标明确性"] = new(4m), ["到位及时率"] = new(3m),
            ["业务管理/管理制度健全性"] = new(3m), ["制度执行有效性"] = new(3m), ["项目质量可控性"] = new(4m),
            ["财务管理/管理制度健全性"] = new(3m), ["资金使用合规性"] = new(3m), ["财务监控有效性"] = new(4m),
            ["实际完成率"] = new(8m), ["完成及时率"] = new(7m), ["质量达标率"] = new(8m), ["成本节约率"] = new(7m),
            ["经济效益"] = new(5m), ["社会效益"] = new(5m), ["生态效益"] = new(5m), ["可持续影响"] = new(5m),
            ["社会公众或服务对象满意度"] = new(10m),
        };

        private static OwnEvaluation Evaluate(IReadOnlyList<EvaluationInput.IndicatorEntry>? indicators = null)
        {
            // lines 1,000,000 + 800,000 = 1,800,000 (180.00 万元), declared 市县 1,500,000 + 其他 300,000;
            // released 1,000,000 + 750,000 = 1,750,000; spent 700,000 + 750,000 = 1,450,000.
            var p = Budget([1_000_000m, 800_000m],
                [Declared(Level2Indicator.Quantity, "城乡居民参保人数", "2501278人"), Declared(Level2Indicator.Cost, "总费用", "1000万元"),
                 Declared(Level2Indicator.Social, "政策知晓率", "普遍知晓")],
                new ProjectExecution
                {
                    Flows = [Quarter(2, 1_000_000m, 700_000m), Quarter(4, 750_000m, 750_000m)],
                    Readings = [Reading("2023-12-31", "城乡居民参保人数", "2455592"), Reading("2023-12-31", "总费用", "754")],
                },
                new EvaluationInput { Template = "shanxi", Judged = FullMarks, Indicators = indicators ?? [] },
                new DeclaredFunds(null, [(FundSource.Local, new Yuan(1_500_000m)), (FundSource.Other, new Yuan(300_000m))]));
            return Compute(p, Shanxi);
        }

        [Fact]
        public void Given_release_and_spending_When_evaluated_Then_资金到位率_and_预算执行率_are_computed()
        {
            // 资金到位率 = 175.00 / 180.00 = 97.22 %; 3 × 0.972222 = 2.9167 → 2.92.
            // 预算执行率 = 145.00 / 175.00 = 82.86 %; 3 × 0.828571 = 2.4857 → 2.49.
            var e = Evaluate();

            Item(e, "资金到位率").Score.ShouldBe(2.92m);
            Item(e, "资金到位率").Explanation.ShouldBe("资金到位率 175.00 / 180.00 = 97.22 % × 3 = 2.92");
            Item(e, "预算执行率").Score.ShouldBe(2.49m);
            Item(e, "预算执行率").Explanation.ShouldBe("预算执行率 145.00 / 175.00 = 82.86 % × 3 = 2.49");
        }

        [Fact]
        public void Given_every_judged_item_at_full_marks_When_evaluated_Then_the_sections_total_and_grade_follow()
        {
            // 投入 3 + 4 + 4 + 2.92 + 3 + 2.49 = 19.41; 过程 20; 效果 30.
            // 产出 follows from the indicators where the project has them: 实际完成率 (数量指标) 2455592 / 2501278 = 0.981735
            // × 8 = 7.8539 → 7.85; 成本节约率 (成本指标) 754万元 within 1000万元 → 7; no 时效 or 质量 indicator, so
            // 完成及时率 7 and 质量达标率 8 as judged: 7.85 + 7 + 8 + 7 = 29.85. 19.41 + 20 + 29.85 + 30 = 99.26 → 优.
            var e = Evaluate();

            e.Form.Sections.Select(s => (s.Section, s.Score)).ShouldBe([("投入", (decimal?)19.41m), ("过程", 20m), ("产出", 29.85m), ("效果", 30m)]);
            e.Form.Total.ShouldBe(new StatedScore(100m, 99.26m));
            e.Form.Grade.ShouldBe("优");
            e.Form.Scores.Count.ShouldBe(21);
            e.Form.Scores[3].ShouldBe(new ScoredItem("投入", "资金落实", "资金到位率", 3m, 2.92m));
            e.Form.Scores[9].ShouldBe(new ScoredItem("过程", "财务管理", "管理制度健全性", 3m, 3m));
            Item(e, "实际完成率").Explanation.ShouldBe("实际完成率：城乡居民参保人数 2455592人 / 2501278人 → 98.17 % × 8 = 7.85");
            // the evaluator's 8 for a computed item is not taken, and the sheet says so
            Item(e, "实际完成率").Flags.ShouldBe(["实际完成率由数量指标计算，未采用评价人评分 8.00"]);
            Item(e, "完成及时率").Explanation.ShouldBe("完成及时率 评价人评分（项目没有时效指标）：7.00");
        }

        [Fact]
        public void Given_the_declared_split_adds_up_to_the_lines_When_evaluated_Then_the_form_prints_it()
        {
            var e = Evaluate();

            e.Form.Funds.Budgeted.ShouldBe([("市县（区）财政资金", new Yuan(1_500_000m)), ("其他资金", new Yuan(300_000m)), ("上年结转资金", Yuan.Zero)]);
            e.Form.Funds.Released.ShouldBe(new Yuan(1_750_000m));
            e.Form.Funds.Spent.ShouldBe([("市县（区）财政资金", new Yuan(1_450_000m)), ("上年结转资金", Yuan.Zero)]);
            (e.Form.Title, e.Form.Template).ShouldBe(((string?)null, "shanxi"));
            e.Form.Texts.ShouldBeEmpty(); // 年度总体目标 is the national table's
        }

        [Fact]
        public void Given_the_indicator_readings_When_evaluated_Then_完成进度_is_computed()
        {
            // 2455592 / 2501278 = 0.981735 → 98.17 % (a seed form marked it 已完成); 754 within the 1000万元 cost ceiling
            // is met (a seed form marked it 80%); a qualitative target without a judgement has no progress.
            var e = Evaluate();

            e.Form.Indicators.Select(i => (i.Name, i.Actual.Text, i.StatedProgress, i.Points, i.Score))
                .ShouldBe([("城乡居民参保人数", "2455592", (string?)"98.17%", (decimal?)null, (decimal?)null), ("总费用", "754", "已完成", null, null),
                    ("政策知晓率", "", null, null, null)]);
        }

        [Fact]
        public void Given_indicator_points_or_scores_entered_under_the_Shanxi_template_When_evaluated_Then_each_is_a_problem_not_lost()
        {
            // the Shanxi table scores fixed items: 10 points for 城乡居民参保人数 and a judged 4 (with its band) for 政策知晓率
            // have nowhere to go, so the sheet says so and has no total; the band is not taken as 完成进度 either
            var e = Evaluate([new("城乡居民参保人数") { Points = 10m },
                new("政策知晓率") { Level2 = Level2Indicator.Social, Judged = new JudgedScore(4m) { Band = "达成年度指标" } }]);

            e.Sheet.Problems.ShouldBe([
                "模板“财政支出项目绩效自评表评分表（山西）”不按三级指标逐项计分：未采用录入的“城乡居民参保人数”分值 10",
                "模板“财政支出项目绩效自评表评分表（山西）”不按三级指标逐项计分：未采用录入的“社会效益指标/政策知晓率”得分 4（达成年度指标）",
            ]);
            e.IsComplete.ShouldBeFalse();
            e.Form.Total.ShouldBe(new StatedScore(100m, null));
            e.Form.Indicators.Single(i => i.Name == "政策知晓率").StatedProgress.ShouldBeNull();
        }

        [Fact]
        public void Given_a_deviation_alone_under_the_Shanxi_template_When_evaluated_Then_a_note_says_the_form_does_not_print_it()
        {
            // a 偏差原因 changes no score: the total stands (99.26, as above), the row keeps it, a note says it is not printed
            var e = Evaluate([new("总费用") { Deviation = "住院人次少于预期" }]);

            e.Sheet.Problems.ShouldBeEmpty();
            e.Form.Total.ShouldBe(new StatedScore(100m, 99.26m));
            e.Notes.ShouldBe(["模板“财政支出项目绩效自评表评分表（山西）”的自评表没有偏差原因一栏：录入的“总费用”偏差原因分析不打印在表上"]);
            e.Form.Indicators.Single(i => i.Name == "总费用").Deviation.ShouldBe("住院人次少于预期");
        }
    }

    /// <summary>
    /// 预算资金 from the lines, carried-over money apart: 800,000 元 of this year's 一般公共预算 and 200,000 元 carried
    /// over from 2022, 1,000,000 元 in all; spent 900,000 of it.
    /// </summary>
    public class TheMoneyCarriedOver
    {
        private static readonly Indicator[] Indicators = [Declared(Level2Indicator.Quantity, "参保人数", "≥100人")];

        private static OwnEvaluation Evaluate(DeclaredFunds declared, ProjectExecution? execution = null) =>
            Compute(Budget([800_000m], Indicators, execution ?? new ProjectExecution { Flows = [Quarter(4, 1_000_000m, 900_000m)] },
                new EvaluationInput(), declared, carriedOver: 200_000m), National);

        [Fact]
        public void Given_a_declared_split_of_this_year_s_money_When_evaluated_Then_it_is_printed_with_the_carried_over_money_apart()
        {
            // declared 市县 800,000 = this year's lines; 上年结转资金 200,000; 800,000 + 200,000 = 1,000,000 = A = A0.
            // 执行率 900,000 / 1,000,000 = 90 % → 9.00.
            var e = Evaluate(new DeclaredFunds(null, [(FundSource.Local, new Yuan(800_000m))]));

            e.Form.Funds.Budgeted.ShouldBe([("市县（区）财政资金", new Yuan(800_000m)), ("上年结转资金", new Yuan(200_000m))]);
            e.Form.Funds.BudgetedTotal.ShouldBe(new Yuan(1_000_000m));
            e.Form.Funds.InitialBudget.ShouldBe(new Yuan(1_000_000m));
            Item(e, "预算执行率").Score.ShouldBe(9m);
            // the flows do not say whose money they spent: no 上年结转 line under 实际支出
            e.Form.Funds.Spent.ShouldBe([("市县（区）财政资金", new Yuan(900_000m))]);
            e.Notes.ShouldBeEmpty();
        }

        [Fact]
        public void Given_a_declared_split_of_the_whole_money_When_evaluated_Then_the_lines_split_it_into_本年财政拨款_and_结转()
        {
            // declared 市县 1,000,000 = all the lines: which source holds the 200,000 carried over is not said, so the
            // lines' split is printed: 本年财政拨款 800,000 (一般公共预算), 上年结转资金 200,000; no note (the totals agree)
            var e = Evaluate(new DeclaredFunds(null, [(FundSource.Local, new Yuan(1_000_000m))]));

            e.Form.Funds.Budgeted.ShouldBe([("本年财政拨款", new Yuan(800_000m)), ("上年结转资金", new Yuan(200_000m))]);
            e.Notes.ShouldBeEmpty();
        }

        [Fact]
        public void Given_a_declared_split_that_adds_up_to_neither_When_evaluated_Then_a_note_and_the_lines_split()
        {
            // declared 市县 700,000: neither this year's 800,000 nor the whole 1,000,000
            var e = Evaluate(new DeclaredFunds(null, [(FundSource.Local, new Yuan(700_000m))]));

            e.Form.Funds.Budgeted.ShouldBe([("本年财政拨款", new Yuan(800_000m)), ("上年结转资金", new Yuan(200_000m))]);
            e.Notes.ShouldBe(["申报表年度资金按来源合计 70.00 万元，与预算明细中的项目金额 100.00 万元（其中本年 80.00 万元） 不符：预算资金按预算明细的资金性质列为本年财政拨款和其他资金"]);
        }

        [Fact]
        public void Given_an_adjusted_budget_When_evaluated_Then_the_lines_are_A0_and_no_carried_over_line_is_guessed()
        {
            // adjusted to 市县 1,100,000; the lines' 1,000,000 (800,000 + 200,000) is 年初预算数
            var e = Evaluate(new DeclaredFunds(null, [(FundSource.Local, new Yuan(800_000m))]), new ProjectExecution
            {
                AdjustedBudget = [(FundSource.Local, new Yuan(1_100_000m))],
                Flows = [Quarter(4, 1_100_000m, 900_000m)],
            });

            e.Form.Funds.InitialBudget.ShouldBe(new Yuan(1_000_000m));
            e.Form.Funds.Budgeted.ShouldBe([("市县（区）财政资金", new Yuan(1_100_000m))]);
        }

        [Fact]
        public void Given_no_lines_for_the_project_When_evaluated_Then_A0_is_unknown()
        {
            var (budget, project) = Budget([800_000m], Indicators, new ProjectExecution
            {
                AdjustedBudget = [(FundSource.Local, new Yuan(1_100_000m))],
                Flows = [Quarter(4, 1_100_000m, 900_000m)],
            }, new EvaluationInput());
            budget = budget with { Lines = [] };

            var e = SelfEvaluations.Compute(budget, project, National);

            e.Form.Funds.InitialBudget.ShouldBeNull();
            e.Input.Funds.Budgeted.ShouldBe(new Yuan(1_100_000m));
        }

        [Fact]
        public void Given_this_year_s_lines_of_事业收入_When_evaluated_Then_they_are_其他资金_not_财政拨款()
        {
            // 500,000 一般公共预算 + 300,000 事业收入 this year, 200,000 carried over; nothing declared by source
            var (budget, project) = Budget([500_000m], Indicators, new ProjectExecution { Flows = [Quarter(4, 1_000_000m, 900_000m)] },
                new EvaluationInput(), DeclaredFunds.Empty, carriedOver: 200_000m);
            budget = budget with
            {
                Lines = [.. budget.Lines, new BudgetLine(FunctionalCode.Parse("2101202"), null, ExpenseKind.Project, FundingSource.Operations, new Yuan(300_000m)) { ProjectCode = Code }],
            };

            var e = SelfEvaluations.Compute(budget, project, National);

            e.Form.Funds.Budgeted.ShouldBe([("本年财政拨款", new Yuan(500_000m)), ("其他资金", new Yuan(300_000m)), ("上年结转资金", new Yuan(200_000m))]);
        }

        [Fact]
        public void Given_the_lines_grouped_once_When_every_project_is_evaluated_Then_the_result_is_the_one_of_the_single_call()
        {
            var (budget, project) = Budget([800_000m], Indicators, new ProjectExecution { Flows = [Quarter(4, 1_000_000m, 900_000m)] },
                new EvaluationInput(), DeclaredFunds.Empty, carriedOver: 200_000m);

            var e = SelfEvaluations.Compute(budget, project, National, SelfEvaluations.LinesByProject(budget));

            e.Form.Funds.Budgeted.ShouldBe([("本年财政拨款", new Yuan(800_000m)), ("上年结转资金", new Yuan(200_000m))]);
            e.Input.Funds.Budgeted.ShouldBe(new Yuan(1_000_000m));
        }
    }

    /// <summary>An entry or a reading names a declared indicator as <see cref="Indicator.Matches"/> has it.</summary>
    public class TheNames
    {
        private static readonly Indicator[] Indicators =
        [
            Declared(Level2Indicator.Quantity, "参保人数", "≥100人"),
            Declared(Level2Indicator.RecipientSatisfaction, "满意度", "≥90%"),
            Declared(Level2Indicator.OtherSatisfaction, "满意度", "≥85%"),
            Declared(Level2Indicator.Social, "待遇保障水平", "稳步提高"),
        ];

        private static OwnEvaluation Evaluate(IReadOnlyList<IndicatorReading> readings, params EvaluationInput.IndicatorEntry[] entries) =>
            Compute(Budget([1_000_000m], Indicators, new ProjectExecution { Flows = [Quarter(4, 1_000_000m, 1_000_000m)], Readings = readings },
                new EvaluationInput { Indicators = entries }), National);

        [Fact]
        public void Given_readings_and_entries_spelled_with_a_trailing_or_full_width_space_When_evaluated_Then_they_are_the_indicator_s()
        {
            var e = Evaluate([Reading("2023-12-31", "参保人数 ", "100人"), Reading("2023-12-31", "满意度\u3000", "95%") with { Level2 = Level2Indicator.RecipientSatisfaction }],
                new EvaluationInput.IndicatorEntry("参保人数\u3000") { Points = 50m });

            e.Form.Indicators[0].Actual.Text.ShouldBe("100人");
            e.Form.Indicators[0].Points.ShouldBe(50m);
            e.Form.Indicators[1].Actual.Text.ShouldBe("95%");
            e.Notes.ShouldBeEmpty(); // no reading left as naming no declared indicator
            e.Sheet.Problems.ShouldBeEmpty();
        }

        [Fact]
        public void Given_a_name_under_two_level2_When_entered_without_and_with_its_level2_Then_the_first_is_a_problem_the_second_taken()
        {
            var without = Evaluate([], new EvaluationInput.IndicatorEntry("满意度 ") { Points = 5m });
            without.Sheet.Problems.ShouldBe(["指标“满意度 ”在申报的年度绩效指标中不止一个（服务对象满意度指标、其他满意度指标），评价人录入时须写明二级指标"]);

            var with = Evaluate([], new EvaluationInput.IndicatorEntry("满意度 ") { Level2 = Level2Indicator.OtherSatisfaction, Points = 4m });
            with.Sheet.Problems.ShouldBeEmpty();
            (with.Form.Indicators[1].Points, with.Form.Indicators[2].Points).ShouldBe((6m, 4m)); // 满意度 10 − 4 = 6 left to the other
        }
    }
}
