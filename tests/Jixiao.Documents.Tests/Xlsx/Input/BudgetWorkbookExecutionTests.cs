using Jixiao.Budget;
using Jixiao.Documents.Xlsx.Input;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Monitoring;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Xlsx.Input;

/// <summary>
/// The sheets of the year's execution (预算调整, 资金执行, 指标完成) and of the self-evaluation (自评评分, 自评信息) read into
/// <see cref="Project.Execution"/> and <see cref="Project.Evaluation"/>; expected values are the figures typed in
/// <see cref="ExecutionSample"/>.
/// </summary>
public sealed class BudgetWorkbookExecutionTests
{
    /// <summary>The execution sample, filled into the 2022 template and read once.</summary>
    public sealed class ExecutionBudget
    {
        public ExecutionBudget()
        {
            using var wb = ExecutionSample.Fill(TestWorkbook.FromTemplate(2022));
            Budget = BudgetWorkbookReader.Read(wb.Save());
        }

        public UnitBudget Budget { get; }
    }

    public sealed class TheReadMethod(ExecutionBudget fixture) : IClassFixture<ExecutionBudget>
    {
        private readonly UnitBudget _budget = fixture.Budget;

        private Project First => _budget.Projects.Single(p => p.Code == XinzhouSample.Project);

        private Project Second => _budget.Projects.Single(p => p.Code == ExecutionSample.Second);

        private ProjectExecution Execution => First.Execution.ShouldNotBeNull();

        [Fact]
        public void Given_预算调整_then_the_adjusted_budget_is_each_source_as_typed()
        {
            Execution.AdjustedBudget.ShouldBe(
            [
                (FundSource.Local, new Yuan(180_000.00m)),
                (FundSource.SelfRaised, new Yuan(20_000.50m)),
            ]);
            // 180,000.00 + 20,000.50 = 200,000.50
            Execution.AdjustedTotal.ShouldBe(new Yuan(200_000.50m));
        }

        [Fact]
        public void Given_资金执行_then_each_row_is_a_flow_of_its_period_and_a_blank_amount_is_zero()
        {
            Execution.Flows.ShouldBe(
            [
                new FundsFlow(ExecutionPeriod.Quarter(1), FundSource.Local, new Yuan(50_000m), new Yuan(30_000.25m)),
                // Q2, 市级财政资金 (another name of 市县（区）), 实际支出 left blank.
                new FundsFlow(ExecutionPeriod.Quarter(2), FundSource.Local, new Yuan(50_000m), Yuan.Zero),
                // An Excel date 2022-07-31 in 期间 is July; 下达 left blank.
                new FundsFlow(ExecutionPeriod.Month(7), FundSource.Local, Yuan.Zero, new Yuan(60_000m)),
                new FundsFlow(ExecutionPeriod.Month(8), FundSource.SelfRaised, new Yuan(20_000.50m), new Yuan(20_000.50m)),
            ]);
        }

        [Fact]
        public void Given_资金执行_then_the_figures_through_a_month_add_the_periods_ended_by_then()
        {
            // To June: released 50,000 + 50,000 = 100,000; spent 30,000.25 + 0 = 30,000.25.
            Execution.Through(6).ShouldBe((new Yuan(100_000m), new Yuan(30_000.25m)));
            // To August: released 100,000 + 0 + 20,000.50 = 120,000.50; spent 30,000.25 + 60,000 + 20,000.50 = 110,000.75.
            Execution.Through(8).ShouldBe((new Yuan(120_000.50m), new Yuan(110_000.75m)));
        }

        [Fact]
        public void Given_a_说明_on_one_flow_row_then_it_is_the_project_s_explanation()
        {
            Execution.Explanation.ShouldBe(ExecutionSample.FlowNote);
        }

        [Fact]
        public void Given_指标完成_then_each_row_is_a_reading_at_its_date_with_the_actual_read_by_the_target_value_language()
        {
            var readings = Execution.Readings;

            readings.Select(r => (r.AsOf, r.Indicator, r.Level2, r.Actual.Text, r.Actual.Kind, r.Note)).ShouldBe(
            [
                (new DateOnly(2022, 6, 30), "服务人群类别", (Level2Indicator?)null, "3类", TargetValueKind.Quantity, (string?)null),
                (new DateOnly(2022, 12, 31), "服务人群类别", Level2Indicator.Quantity, "4类", TargetValueKind.Quantity, null),
                (new DateOnly(2022, 12, 31), "参保对象满意度", null, "95%", TargetValueKind.Quantity, ExecutionSample.SatisfactionNote),
                (new DateOnly(2022, 12, 31), "离休干部业务经办成本", null, "15.6万元", TargetValueKind.Quantity, null),
                (new DateOnly(2022, 12, 31), "工作效率提升度", null, "显著提升", TargetValueKind.Qualitative, null),
            ]);
            readings[3].Actual.Value!.Value.TryGetYuan(out var cost).ShouldBeTrue();
            cost.ShouldBe(new Yuan(156_000m)); // 15.6万元 = 15.6 × 10,000 元
            readings[2].Actual.Value!.Value.Value.ShouldBe(95m);
        }

        [Fact]
        public void Given_two_readings_of_an_indicator_then_the_latest_on_or_before_a_date_is_the_one_monitoring_uses()
        {
            Execution.LatestReading("服务人群类别", Level2Indicator.Quantity, new DateOnly(2022, 9, 30)).ShouldNotBeNull().Actual.Text.ShouldBe("3类");
            Execution.LatestReading("服务人群类别", Level2Indicator.Quantity, new DateOnly(2022, 12, 31)).ShouldNotBeNull().Actual.Text.ShouldBe("4类");
        }

        [Fact]
        public void Given_自评评分_under_the_national_template_then_indicator_rows_are_entries_and_预算执行率_is_judged()
        {
            var evaluation = First.Evaluation.ShouldNotBeNull();

            evaluation.Template.ShouldBe("national");
            evaluation.Judged.ShouldBe(new Dictionary<string, JudgedScore> { ["预算执行率"] = new JudgedScore(9.5m) });
            evaluation.Indicators.ShouldBe(
            [
                new EvaluationInput.IndicatorEntry("参保对象满意度") { Points = 10m, Judged = new JudgedScore(9m), Deviation = ExecutionSample.SatisfactionNote },
                new EvaluationInput.IndicatorEntry("工作效率提升度") { Points = 15m, Judged = new JudgedScore(13.5m) { Band = "达成年度指标" } },
                new EvaluationInput.IndicatorEntry("服务人群类别") { Level2 = Level2Indicator.Quantity, Deviation = "超额完成1类" },
            ]);
        }

        [Fact]
        public void Given_自评评分_under_the_Shanxi_template_then_items_are_judged_under_their_keys()
        {
            var evaluation = Second.Evaluation.ShouldNotBeNull();

            evaluation.Template.ShouldBe("shanxi");
            evaluation.Judged.ShouldBe(new Dictionary<string, JudgedScore>
            {
                ["项目目标/项目立项规范性"] = new JudgedScore(3m),
                ["业务管理/管理制度健全性"] = new JudgedScore(2.5m),
                ["财务管理/管理制度健全性"] = new JudgedScore(3m),
                ["资金落实/资金到位率"] = new JudgedScore(2.9m),
            });
            evaluation.Indicators.ShouldBeEmpty();
        }

        [Fact]
        public void Given_the_judged_keys_then_the_scorer_finds_an_item_for_each()
        {
            var evaluation = Second.Evaluation.ShouldNotBeNull();

            var sheet = Scorer.Score(ScoreTemplates.Get(evaluation.Template), new ScoringInput { Judged = evaluation.Judged });

            sheet.Problems.ShouldBeEmpty();
            var items = sheet.Sections.SelectMany(s => s.Items).ToList();
            items.Single(i => i.Group == "业务管理" && i.Name == "管理制度健全性").Score.ShouldBe(2.5m);
            items.Single(i => i.Group == "财务管理" && i.Name == "管理制度健全性").Score.ShouldBe(3m);
        }

        [Fact]
        public void Given_自评信息_then_texts_evaluators_and_sign_off_are_read()
        {
            var evaluation = First.Evaluation.ShouldNotBeNull();

            evaluation.Texts.ShouldBe([("项目概况", ExecutionSample.Overview), ("项目绩效情况", ExecutionSample.Performance)]);
            evaluation.Evaluators.ShouldBe(
            [
                new Evaluator("苏媛渊", "科长", "财务科", "0350-3032798"),
                new Evaluator("张三", null, null, "3032799"), // name and a telephone number only
            ]);
            evaluation.SignOff.ShouldBe(new SignOff("李四", null, null, "2023-01-15"));
            Second.Evaluation.ShouldNotBeNull().Evaluators.ShouldBe([new Evaluator("王五", "会计师", null, null)]);
            Second.Evaluation!.SignOff.ShouldBeNull();
        }

        [Fact]
        public void Given_a_project_without_execution_rows_then_its_execution_is_null()
        {
            Second.Execution.ShouldBeNull();
            Second.Targets.ShouldBeNull();
        }
    }

    public sealed class TheReadMethodOnAWorkbookWithoutTheSheets
    {
        [Fact]
        public void Given_a_workbook_from_before_the_five_sheets_then_it_reads_with_no_execution_and_no_evaluation()
        {
            // Given: the Xinzhou sample in a template from before execution and self-evaluation (the sheets deleted).
            using var wb = XinzhouSample.Fill(TestWorkbook.FromTemplate(2022));
            foreach (var name in new[] { "预算调整", "资金执行", "指标完成", "自评评分", "自评信息" }) wb.Workbook.Worksheet(name).Delete();

            // When
            var budget = BudgetWorkbookReader.Read(wb.Save());

            // Then: the project with its declaration, as before.
            var project = budget.Projects.ShouldHaveSingleItem();
            project.Targets.ShouldNotBeNull().AnnualIndicators.Count.ShouldBe(7);
            project.Execution.ShouldBeNull();
            project.Evaluation.ShouldBeNull();
        }

        [Fact]
        public void Given_the_five_sheets_left_empty_then_no_project_has_execution_or_evaluation()
        {
            using var wb = XinzhouSample.Fill(TestWorkbook.FromTemplate(2022));

            var project = BudgetWorkbookReader.Read(wb.Save()).Projects.ShouldHaveSingleItem();

            project.Execution.ShouldBeNull();
            project.Evaluation.ShouldBeNull();
        }
    }
}
