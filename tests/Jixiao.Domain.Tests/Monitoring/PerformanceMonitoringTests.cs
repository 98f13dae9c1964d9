using Jixiao.Budget;
using Jixiao.Money;
using Jixiao.Monitoring;
using Jixiao.Targets;
using static Jixiao.Domain.Tests.Monitoring.MonitoringBudgets;

namespace Jixiao.Domain.Tests.Monitoring;

public class PerformanceMonitoringTests
{
    private static ProjectMonitoring At(UnitBudget budget, DateOnly date, MonitoringThresholds? t = null) =>
        PerformanceMonitoring.At(budget, date, t ?? MonitoringThresholds.Default).Projects.ShouldHaveSingleItem();

    public class TheSpendingLight
    {
        [Fact]
        public void Given_25_percent_spent_at_mid_year_When_monitored_Then_red()
        {
            // Budget 1,200,000; spent Q1 100,000 + Q2 200,000 = 300,000; 执行率 300,000 / 1,200,000 = 25 %;
            // 2023-06-30 → 6 complete months, 时间进度 6/12 = 50 %; 25 % ÷ 50 % = 50 % < 60 % → red.
            var p = At(One(1_200_000m, Quarterly((150_000m, 100_000m), (250_000m, 200_000m))), MidYear);

            p.Budget.ShouldBe(new Yuan(1_200_000m));
            p.Basis.ShouldBe(BudgetBasis.Lines);
            p.Released.ShouldBe(new Yuan(400_000m));
            p.Spent.ShouldBe(new Yuan(300_000m));
            p.ExecutionRate.ShouldBe(0.25m);
            p.Spending.RatioPercent.ShouldBe(50.00m);
            p.Spending.Light.ShouldBe(MonitoringLight.Red);
            p.Spending.Explanation.ShouldBe("执行率 25.00 %（支出 30.00 万元 / 预算 120.00 万元）÷ 时间进度 50.00 %（6/12 个月）= 50.00 % → 红灯（低于 60.00 %）");
        }

        [Fact]
        public void Given_35_percent_spent_at_mid_year_When_monitored_Then_yellow()
        {
            // 150,000 + 200,000 = 350,000 of 1,000,000 = 35 %; 35 % ÷ 50 % = 70 %, in 60 %–80 % → yellow.
            var p = At(One(1_000_000m, Spending(150_000m, 200_000m)), MidYear);

            p.Spending.RatioPercent.ShouldBe(70.00m);
            p.Spending.Light.ShouldBe(MonitoringLight.Yellow);
            p.Spending.Explanation.ShouldEndWith("= 70.00 % → 黄灯（不低于 60.00 %，低于 80.00 %）");
        }

        [Fact]
        public void Given_55_percent_spent_at_mid_year_When_monitored_Then_green()
        {
            // 200,000 + 240,000 = 440,000 of 800,000 = 55 %; 55 % ÷ 50 % = 110 % ≥ 80 % → green.
            var p = At(One(800_000m, Spending(200_000m, 240_000m)), MidYear);

            p.ExecutionRate.ShouldBe(0.55m);
            p.Spending.RatioPercent.ShouldBe(110.00m);
            p.Spending.Light.ShouldBe(MonitoringLight.Green);
            p.Spending.Explanation.ShouldBe("执行率 55.00 %（支出 44.00 万元 / 预算 80.00 万元）÷ 时间进度 50.00 %（6/12 个月）= 110.00 % → 绿灯（不低于 80.00 %）");
        }

        [Fact]
        public void Given_money_spent_far_ahead_of_time_When_monitored_Then_green_not_blue()
        {
            // 750,000 of 1,000,000 = 75 %; 75 % ÷ 50 % = 150 % ≥ 120 %, but spending has no blue light.
            var p = At(One(1_000_000m, Spending(350_000m, 400_000m)), MidYear);

            p.Spending.RatioPercent.ShouldBe(150.00m);
            p.Spending.Light.ShouldBe(MonitoringLight.Green);
        }

        [Fact]
        public void Given_exactly_60_percent_When_monitored_Then_yellow()
        {
            // 100,000 + 200,000 = 300,000 of 1,000,000 = 30 %; 30 % ÷ 50 % = 60 % exactly: not below 60 % → yellow.
            var p = At(One(1_000_000m, Spending(100_000m, 200_000m)), MidYear);

            p.Spending.Ratio.ShouldBe(0.6m);
            p.Spending.Light.ShouldBe(MonitoringLight.Yellow);
        }

        [Fact]
        public void Given_a_ratio_that_prints_as_60_00_percent_When_monitored_Then_yellow_as_printed()
        {
            // 299,999.99 / 1,000,000 = 29.999999 %; ÷ 50 % = 59.999998 %, printed 60.00 %: the light follows the printed figure.
            var p = At(One(1_000_000m, Spending(100_000m, 199_999.99m)), MidYear);

            p.Spending.Ratio.ShouldBe(0.59999998m);
            p.Spending.RatioPercent.ShouldBe(60.00m);
            p.Spending.Light.ShouldBe(MonitoringLight.Yellow);
        }

        [Fact]
        public void Given_59_99_percent_When_monitored_Then_red()
        {
            // 299,950 / 1,000,000 = 29.995 %; ÷ 50 % = 59.99 % < 60 % → red.
            var p = At(One(1_000_000m, Spending(100_000m, 199_950m)), MidYear);

            p.Spending.RatioPercent.ShouldBe(59.99m);
            p.Spending.Light.ShouldBe(MonitoringLight.Red);
        }

        [Fact]
        public void Given_exactly_80_percent_When_monitored_Then_green()
        {
            // 150,000 + 250,000 = 400,000 of 1,000,000 = 40 %; 40 % ÷ 50 % = 80 % exactly → green.
            var p = At(One(1_000_000m, Spending(150_000m, 250_000m)), MidYear);

            p.Spending.Ratio.ShouldBe(0.8m);
            p.Spending.Light.ShouldBe(MonitoringLight.Green);
        }

        [Fact]
        public void Given_an_adjusted_budget_When_monitored_Then_it_replaces_the_lines()
        {
            // Lines 1,200,000, adjusted to 1,000,000 + 500,000 = 1,500,000; spent 450,000 + 300,000 = 750,000;
            // 750,000 / 1,500,000 = 50 %; ÷ 50 % = 100 % → green (against the lines it would be 62.5 % and 125 %).
            var execution = Spending(450_000m, 300_000m) with
            {
                AdjustedBudget = [(FundSource.Local, new Yuan(1_000_000m)), (FundSource.Provincial, new Yuan(500_000m))],
            };
            var p = At(One(1_200_000m, execution), MidYear);

            p.Basis.ShouldBe(BudgetBasis.Adjusted);
            p.Budget.ShouldBe(new Yuan(1_500_000m));
            p.ExecutionRate.ShouldBe(0.5m);
            p.Spending.RatioPercent.ShouldBe(100.00m);
        }

        [Fact]
        public void Given_no_flows_When_monitored_Then_no_light_and_the_reason()
        {
            var execution = new ProjectExecution { Readings = [Reading(MidYear, "参保人数", "1000人")] };
            var p = At(One(1_000_000m, execution), MidYear);

            p.HasFlows.ShouldBeFalse();
            p.ExecutionRate.ShouldBeNull();
            p.Spending.Light.ShouldBeNull();
            p.Spending.Explanation.ShouldContain("没有资金支出数据");
        }

        [Fact]
        public void Given_flows_but_no_budget_When_monitored_Then_no_light_and_the_reason()
        {
            var budget = BudgetOf((Project("P9", "未列预算的项目", Spending(100_000m)), null));
            var p = At(budget, MidYear);

            p.Basis.ShouldBe(BudgetBasis.None);
            p.Spent.ShouldBe(new Yuan(100_000m));
            p.Spending.Light.ShouldBeNull();
            p.Spending.Explanation.ShouldContain("没有预算数");
        }
    }

    public class TheDate
    {
        [Fact]
        public void Given_the_last_day_of_a_month_When_counted_Then_the_month_is_complete()
        {
            PerformanceMonitoring.CompleteMonths(new DateOnly(2023, 6, 30)).ShouldBe(6);
            PerformanceMonitoring.CompleteMonths(new DateOnly(2023, 6, 15)).ShouldBe(5);
            PerformanceMonitoring.CompleteMonths(new DateOnly(2023, 1, 15)).ShouldBe(0);
            PerformanceMonitoring.CompleteMonths(new DateOnly(2023, 2, 28)).ShouldBe(2);
            // 2024 is a leap year: 2月28日 is not the end of February
            PerformanceMonitoring.CompleteMonths(new DateOnly(2024, 2, 28)).ShouldBe(1);
            PerformanceMonitoring.CompleteMonths(new DateOnly(2023, 12, 31)).ShouldBe(12);
        }

        [Fact]
        public void Given_mid_June_When_monitored_Then_the_second_quarter_does_not_count_yet()
        {
            // 2023-06-15 → 5 complete months; Q2 ends with June, so only Q1's 100,000 counts: 10 % of 1,000,000.
            // The flows are quarterly: 时间进度 is read at the end of the last quarter ended, 3月底 = 3/12 = 25 %;
            // 10 % ÷ 25 % = 40 % → red.
            var p = At(One(1_000_000m, Spending(100_000m, 200_000m)), new DateOnly(2023, 6, 15));

            p.Spent.ShouldBe(new Yuan(100_000m));
            p.ReportsQuarterly.ShouldBeTrue();
            p.ThroughMonth.ShouldBe(3);
            p.Spending.Ratio.ShouldBe(0.4m);
            p.Spending.Light.ShouldBe(MonitoringLight.Red);
            p.Spending.Explanation.ShouldContain("÷ 时间进度 25.00 %（3/12 个月；按季度报送，时间进度按3月底计）= 40.00 %");
        }

        [Fact]
        public void Given_a_quarterly_reporter_on_plan_at_the_end_of_May_When_monitored_Then_green_against_the_end_of_March()
        {
            // 250,000 a quarter of 1,000,000. At 2023-05-31 (5 complete months) only Q1 has ended: 250,000 = 25 %.
            // Time progress at 3月底 = 3/12 = 25 %: 25 % ÷ 25 % = 100 % → green (against 5/12 = 41.67 % it would be
            // 60 %, yellow, for a project exactly on plan). Plan: 3月底 25 % → 25 % ÷ 25 % = 100 % → green.
            var p = At(One(1_000_000m, Spending(250_000m, 250_000m), new TargetDeclaration { SpendingPlan = HebeiPlan }), new DateOnly(2023, 5, 31));

            p.Spent.ShouldBe(new Yuan(250_000m));
            p.ThroughMonth.ShouldBe(3);
            p.TimeProgress.ShouldBe(0.25m);
            p.Spending.Ratio.ShouldBe(1m);
            p.Spending.Light.ShouldBe(MonitoringLight.Green);
            p.Spending.Explanation.ShouldBe("执行率 25.00 %（支出 25.00 万元 / 预算 100.00 万元）÷ 时间进度 25.00 %（3/12 个月；按季度报送，时间进度按3月底计）= 100.00 % → 绿灯（不低于 80.00 %）");
            p.PlannedShare.ShouldBe(0.25m);
            p.Plan!.Ratio.ShouldBe(1m);
            p.Plan.Light.ShouldBe(MonitoringLight.Green);
            p.Plan.Explanation.ShouldBe("执行率 25.00 % ÷ 计划累计支出 25.00 %（计划到3月底累计 25 %；按季度报送，计划按3月底计）= 100.00 % → 绿灯（不低于 80.00 %）");
        }

        [Fact]
        public void Given_a_monthly_reporter_two_months_late_When_monitored_Then_red_against_whole_months()
        {
            // 100,000 a month of 1,200,000 planned; 1月 and 2月 spent, 3月 and 4月 reported at 0.
            // At 2023-04-30: 200,000 / 1,200,000 = 16.67 %; monthly reporter, 时间进度 4/12 = 33.33 %;
            // 16.666… % ÷ 33.333… % = 50 % → red.
            var execution = new ProjectExecution
            {
                Flows = [.. new[] { 100_000m, 100_000m, 0m, 0m }.Select((spent, i) =>
                    new FundsFlow(ExecutionPeriod.Month(i + 1), FundSource.Local, new Yuan(100_000m), new Yuan(spent)))],
            };
            var p = At(One(1_200_000m, execution), new DateOnly(2023, 4, 30));

            p.ReportsQuarterly.ShouldBeFalse();
            p.ThroughMonth.ShouldBe(4);
            p.Spent.ShouldBe(new Yuan(200_000m));
            p.Spending.RatioPercent.ShouldBe(50.00m);
            p.Spending.Light.ShouldBe(MonitoringLight.Red);
            p.Spending.Explanation.ShouldBe("执行率 16.67 %（支出 20.00 万元 / 预算 120.00 万元）÷ 时间进度 33.33 %（4/12 个月）= 50.00 % → 红灯（低于 60.00 %）");
        }

        [Fact]
        public void Given_a_quarterly_reporter_before_the_first_quarter_ends_When_monitored_Then_no_light()
        {
            // 2023-02-28 → 2 complete months, but no quarter has ended: 时间进度 at 0 months, no ratio.
            var p = At(One(1_000_000m, Spending(250_000m)), new DateOnly(2023, 2, 28));

            p.ThroughMonth.ShouldBe(0);
            p.Spending.Light.ShouldBeNull();
            p.Spending.Explanation.ShouldContain("按季度报送，第一季度尚未结束");
        }

        [Fact]
        public void Given_a_date_in_January_before_its_end_When_monitored_Then_no_light()
        {
            var p = At(One(1_000_000m, Spending(100_000m)), new DateOnly(2023, 1, 15));

            p.Spending.Light.ShouldBeNull();
            p.Spending.Explanation.ShouldContain("尚无完整的月份");
        }

        [Fact]
        public void Given_a_date_outside_the_fiscal_year_When_monitored_Then_it_is_refused_in_Chinese()
        {
            var budget = One(1_000_000m, Spending(100_000m));

            var e = Should.Throw<ArgumentOutOfRangeException>(() => PerformanceMonitoring.At(budget, new DateOnly(2024, 1, 1), MonitoringThresholds.Default));
            e.Message.ShouldContain("监控日期 2024-01-01 不在预算年度 2023 内");
        }

        [Fact]
        public void Given_projects_without_money_or_execution_When_monitored_Then_only_the_others_are_listed()
        {
            var budget = BudgetOf(
                (Project("A", "有预算"), 100_000m),
                (Project("B", "预算为 0"), 0m),
                (Project("C", "只有执行数据", Spending(10_000m)), null),
                (Project("D", "什么都没有"), null));

            PerformanceMonitoring.At(budget, MidYear, MonitoringThresholds.Default).Projects.Select(p => p.Project.Code).ShouldBe(["A", "C"]);
        }
    }

    public class ThePlan
    {
        [Theory]
        [InlineData(0, "0")] // the year starts at 0 %
        [InlineData(3, "0.25")] // a point: 3月底 25 %
        [InlineData(6, "0.5")]
        [InlineData(8, "0.625")] // 50 % + (75 % − 50 %) × 2/4 = 62.5 %
        [InlineData(12, "1")]
        public void Given_the_Hebei_plan_When_read_at_a_month_Then_linear_between_its_points(int month, string expected) =>
            PerformanceMonitoring.PlannedShare(HebeiPlan, month).ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

        [Fact]
        public void Given_the_Hebei_plan_When_read_before_its_first_point_Then_linear_from_0_at_month_0()
        {
            // 0 % + (25 % − 0 %) × 2/3 = 16.666… %
            Math.Round(PerformanceMonitoring.PlannedShare(HebeiPlan, 2), 6).ShouldBe(0.166667m);
            // 50 % + (75 % − 50 %) × 1/4 = 56.25 %
            PerformanceMonitoring.PlannedShare(HebeiPlan, 7).ShouldBe(0.5625m);
        }

        [Fact]
        public void Given_a_plan_ending_before_December_When_read_after_it_Then_its_last_point_holds()
        {
            var plan = new SpendingPlan([new("10月底", 10, 100m), new("3月底", 3, 30m)]);

            PerformanceMonitoring.PlannedShare(plan, 11).ShouldBe(1m);
            // points out of order are read in month order: 30 % + (100 % − 30 %) × 3/7 = 60 %
            PerformanceMonitoring.PlannedShare(plan, 6).ShouldBe(0.6m);
        }

        [Fact]
        public void Given_a_plan_When_monitored_at_the_end_of_August_Then_the_plan_light_and_the_time_light_differ()
        {
            // Q1 150,000 + Q2 250,000 + 7月 50,000 + 8月 50,000 = 500,000 of 1,000,000 = 50 % (Q3 ends in September).
            // 2023-08-31 → 8 months. Plan 50 % + (75 % − 50 %) × 2/4 = 62.5 %; 50 % ÷ 62.5 % = 80 % → green.
            // Time 8/12 = 66.67 %; 50 % × 12 / 8 = 75 % → yellow.
            var execution = new ProjectExecution
            {
                Flows =
                [
                    new(ExecutionPeriod.Quarter(1), FundSource.Fiscal, new Yuan(150_000m), new Yuan(150_000m)),
                    new(ExecutionPeriod.Quarter(2), FundSource.Fiscal, new Yuan(250_000m), new Yuan(250_000m)),
                    new(ExecutionPeriod.Month(7), FundSource.Fiscal, new Yuan(50_000m), new Yuan(50_000m)),
                    new(ExecutionPeriod.Month(8), FundSource.Fiscal, new Yuan(50_000m), new Yuan(50_000m)),
                    new(ExecutionPeriod.Quarter(3), FundSource.Fiscal, new Yuan(0m), new Yuan(0m)),
                ],
            };
            var p = At(One(1_000_000m, execution, new TargetDeclaration { SpendingPlan = HebeiPlan }), new DateOnly(2023, 8, 31));

            p.Spent.ShouldBe(new Yuan(500_000m));
            p.PlannedShare.ShouldBe(0.625m);
            p.Plan!.Ratio.ShouldBe(0.8m);
            p.Plan.Light.ShouldBe(MonitoringLight.Green);
            p.Plan.Explanation.ShouldBe("执行率 50.00 % ÷ 计划累计支出 62.50 %（6月底 50 % 至 10月底 75 % 之间按月线性插值：50 % + (75 % − 50 %) × 2/4）= 80.00 % → 绿灯（不低于 80.00 %）");
            p.Spending.Ratio.ShouldBe(0.75m);
            p.Spending.Light.ShouldBe(MonitoringLight.Yellow);
        }

        [Fact]
        public void Given_no_plan_When_monitored_Then_no_plan_light()
        {
            var p = At(One(1_000_000m, Spending(100_000m)), MidYear);

            p.Plan.ShouldBeNull();
            p.PlannedShare.ShouldBeNull();
        }
    }

    public class TheIndicatorLight
    {
        private static IndicatorProgress Single(string level2Target, Level2Indicator level2, string actual, DateOnly? date = null)
        {
            var when = date ?? MidYear;
            var execution = Spending(250_000m, 250_000m) with { Readings = [Reading(when, "指标", actual)] };
            var p = At(One(1_000_000m, execution, Declaring(Indicator(level2, "指标", level2Target))), when);
            return p.Indicators.ShouldHaveSingleItem();
        }

        [Fact]
        public void Given_a_count_far_ahead_of_the_time_When_monitored_Then_blue()
        {
            // 参保人数 ≥2000人, 1500人 by 06-30: 1500 / 2000 = 75 %; a count accumulates, expected 6/12 = 50 %;
            // 75 % ÷ 50 % = 150 % ≥ 120 % → blue.
            var i = Single("≥2000人", Level2Indicator.Quantity, "1500人");

            i.Share.ShouldBe(0.75m);
            i.Accumulates.ShouldBeTrue();
            i.Expected.ShouldBe(0.5m);
            i.Progress.Ratio.ShouldBe(1.5m);
            i.Progress.Light.ShouldBe(MonitoringLight.Blue);
            i.Progress.Explanation.ShouldBe("指标：完成度 1500人 / 2000人 = 75.00 % ÷ 预期进度 50.00 %（累计型指标，按时间进度 6/12 个月）= 150.00 % → 蓝灯（不低于 120.00 %，远超计划，目标可能定得偏低）");
        }

        [Fact]
        public void Given_a_count_at_exactly_120_percent_of_plan_When_monitored_Then_blue()
        {
            // 1200 / 2000 = 60 %; ÷ 50 % = 120 % exactly → blue.
            var i = Single("≥2000人", Level2Indicator.Quantity, "1200人");

            i.Progress.Ratio.ShouldBe(1.2m);
            i.Progress.Light.ShouldBe(MonitoringLight.Blue);
        }

        [Fact]
        public void Given_a_count_just_below_120_percent_When_monitored_Then_green()
        {
            // 1199 / 2000 = 59.95 %; ÷ 50 % = 119.90 % → green.
            var i = Single("≥2000人", Level2Indicator.Quantity, "1199人");

            i.Progress.RatioPercent.ShouldBe(119.90m);
            i.Progress.Light.ShouldBe(MonitoringLight.Green);
            i.Progress.Explanation.ShouldEndWith("→ 绿灯（不低于 80.00 %，低于 120.00 %）");
        }

        [Fact]
        public void Given_money_paid_behind_time_When_monitored_Then_it_accumulates_and_is_yellow()
        {
            // 资金拨付 ≥100万元, 30万元 by 06-30: 30 %; money accumulates, expected 50 %; 30 % ÷ 50 % = 60 % → yellow.
            var i = Single("≥100万元", Level2Indicator.Quantity, "30万元");

            i.Accumulates.ShouldBeTrue();
            i.Progress.Ratio.ShouldBe(0.6m);
            i.Progress.Light.ShouldBe(MonitoringLight.Yellow);
        }

        [Fact]
        public void Given_a_rate_When_monitored_Then_it_is_expected_in_full_at_any_date()
        {
            // 满意度 ≥90%, 85% at mid-year: 85 / 90 = 94.44 %; a rate is expected at 100 % → 94.44 % → green.
            var i = Single("≥90%", Level2Indicator.RecipientSatisfaction, "85%");

            i.Accumulates.ShouldBeFalse();
            i.Expected.ShouldBe(1m);
            i.Progress.RatioPercent.ShouldBe(94.44m);
            i.Progress.Light.ShouldBe(MonitoringLight.Green);
            i.Progress.Explanation.ShouldContain("预期进度 100.00 %（比率、上限等指标任何时点都应达到）");
        }

        [Fact]
        public void Given_a_rate_far_behind_When_monitored_Then_red()
        {
            // 结算率 ≥90%, 45%: 45 / 90 = 50 % < 60 % → red.
            var i = Single("≥90%", Level2Indicator.Quality, "45%");

            i.Progress.Ratio.ShouldBe(0.5m);
            i.Progress.Light.ShouldBe(MonitoringLight.Red);
        }

        [Fact]
        public void Given_an_amount_per_person_When_monitored_Then_it_does_not_accumulate()
        {
            // 补助标准 ≥600元/人, 600元/人: 100 % of a rate, expected 100 % → green.
            var i = Single("≥600元/人", Level2Indicator.Cost, "600元/人");

            i.Accumulates.ShouldBeFalse();
            i.Progress.Ratio.ShouldBe(1m);
            i.Progress.Light.ShouldBe(MonitoringLight.Green);
        }

        [Fact]
        public void Given_a_ceiling_kept_When_monitored_Then_100_percent_and_green()
        {
            // 项目总成本 ≤100万元, 60万元: within the ceiling, counted 100 % → green.
            var i = Single("≤100万元", Level2Indicator.Cost, "60万元");

            i.Share.ShouldBe(1m);
            i.Progress.Light.ShouldBe(MonitoringLight.Green);
            i.Progress.Explanation.ShouldContain("60万元 未超过上限 100万元");
        }

        [Fact]
        public void Given_a_ceiling_exceeded_by_30_percent_When_monitored_Then_70_percent_and_yellow()
        {
            // 130万元 against ≤100万元 = 130 %; 1 − (130 % − 100 %) = 70 % → yellow.
            var i = Single("≤100万元", Level2Indicator.Cost, "130万元");

            i.Share.ShouldBe(0.7m);
            i.Progress.Light.ShouldBe(MonitoringLight.Yellow);
            i.Progress.Explanation.ShouldContain("完成度 1 − (130.00 % − 100.00 %) = 70.00 %");
        }

        [Fact]
        public void Given_a_qualitative_target_When_monitored_Then_no_light_and_the_reason()
        {
            var i = Single("有效提升", Level2Indicator.Social, "有所提升");

            i.Share.ShouldBeNull();
            i.Progress.Light.ShouldBeNull();
            i.Progress.Explanation.ShouldContain("定性指标");
        }

        [Fact]
        public void Given_a_deadline_When_monitored_Then_no_light_and_the_reason()
        {
            var i = Single("2023年12月31日前", Level2Indicator.Timeliness, "2023年5月20日");

            i.Progress.Light.ShouldBeNull();
            i.Progress.Explanation.ShouldContain("期限指标");
            i.Progress.Explanation.ShouldContain("未晚于期限");
        }

        [Fact]
        public void Given_an_actual_in_another_unit_When_monitored_Then_no_light_and_the_reason()
        {
            var i = Single("≥2000人", Level2Indicator.Quantity, "50%");

            i.Progress.Light.ShouldBeNull();
            i.Progress.Explanation.ShouldContain("无法判断完成情况");
        }

        [Fact]
        public void Given_a_count_in_mid_January_When_monitored_Then_no_light_as_nothing_is_expected_yet()
        {
            var i = Single("≥2000人", Level2Indicator.Quantity, "100人", new DateOnly(2023, 1, 15));

            i.Share.ShouldBe(0.05m);
            i.Progress.Light.ShouldBeNull();
            i.Progress.Explanation.ShouldContain("预期进度为 0");
        }

        [Fact]
        public void Given_readings_at_several_dates_When_monitored_Then_the_latest_by_the_date_counts_and_unread_indicators_are_listed()
        {
            // 参保人数: 03-31 500人, 06-30 1000人, 07-31 1800人 — at 06-30 the reading of 06-30: 1000 / 2000 = 50 % ÷ 50 % = 100 %.
            var execution = Spending(250_000m, 250_000m) with
            {
                Readings =
                [
                    Reading(new DateOnly(2023, 3, 31), "参保人数", "500人"),
                    Reading(new DateOnly(2023, 7, 31), "参保人数", "1800人"),
                    Reading(MidYear, "参保人数", "1000人"),
                ],
            };
            var targets = Declaring(
                Indicator(Level2Indicator.Quantity, "参保人数", "≥2000人"),
                Indicator(Level2Indicator.RecipientSatisfaction, "参保对象满意度", "≥90%"));
            var p = At(One(1_000_000m, execution, targets), MidYear);

            var i = p.Indicators.ShouldHaveSingleItem();
            i.Reading.AsOf.ShouldBe(MidYear);
            i.Progress.Ratio.ShouldBe(1m);
            p.Unread.Select(u => u.Name).ShouldBe(["参保对象满意度"]);
        }
    }

    public class TheWarnings
    {
        private static ProjectExecution WithCount(ProjectExecution execution, string actual) =>
            execution with { Readings = [Reading(MidYear, "参保人数", actual)] };

        private static TargetDeclaration Count => Declaring(Indicator(Level2Indicator.Quantity, "参保人数", "≥2000人"));

        [Fact]
        public void Given_a_count_well_ahead_of_the_money_When_monitored_Then_a_warning_with_the_figures()
        {
            // 执行率 (200,000 + 300,000) / 1,000,000 = 50 %.
            // 参保人数 1500 / 2000 = 75 %, a count: it builds up with time like 执行率.
            // 75 % − 50 % = 25 points > 5 points → warning.
            var p = At(One(1_000_000m, WithCount(Spending(200_000m, 300_000m), "1500人"), Count), MidYear);

            var w = p.Warnings.ShouldHaveSingleItem();
            w.Kind.ShouldBe(MonitoringWarningKind.AttainmentAheadOfSpending);
            w.Message.ShouldBe("指标进度快于资金支出：1 个累计型指标（数量、金额）的平均完成度 75.00 %（参保人数 75.00 %，各按不超过 100 % 计）"
                + "− 执行率 50.00 % = 25.00 个百分点，超过 5.00 个百分点（两者都是占全年的累计比例；比率、上限等任何时点都应达到的指标不计）；"
                + "请核实指标实际值，或查明资金支出滞后的原因");
        }

        [Fact]
        public void Given_an_on_plan_project_with_a_rate_and_a_ceiling_When_monitored_Then_no_warning()
        {
            // 执行率 (250,000 + 250,000) / 1,000,000 = 50 % at mid-year: on plan.
            // 满意度 92% of ≥90% = 102.22 %, 项目成本 45万元 within ≤100万元 = 100 %: both due in full at any date, so
            // neither is a fraction of the year's work; counting them (mean 100 % − 50 % = 50 points) would warn all year.
            // No accumulating indicator → no warning.
            var execution = Spending(250_000m, 250_000m) with
            {
                Readings = [Reading(MidYear, "满意度", "92%"), Reading(MidYear, "项目成本", "45万元")],
            };
            var targets = Declaring(
                Indicator(Level2Indicator.RecipientSatisfaction, "满意度", "≥90%"),
                Indicator(Level2Indicator.Cost, "项目成本", "≤100万元"));
            var p = At(One(1_000_000m, execution, targets), MidYear);

            p.Indicators.Select(i => i.Share).ShouldBe([92m / 90m, 1m]);
            p.Warnings.ShouldBeEmpty();
        }

        [Fact]
        public void Given_a_count_and_a_rate_When_monitored_Then_only_the_count_is_set_against_the_money()
        {
            // 执行率 (100,000 + 200,000) / 1,000,000 = 30 %. 参保人数 1000 / 2000 = 50 % (counts);
            // 满意度 92% / 90% (a rate, left out). 50 % − 30 % = 20 points > 5 → warning, over 1 indicator.
            var execution = Spending(100_000m, 200_000m) with
            {
                Readings = [Reading(MidYear, "参保人数", "1000人"), Reading(MidYear, "满意度", "92%")],
            };
            var targets = Declaring(
                Indicator(Level2Indicator.Quantity, "参保人数", "≥2000人"),
                Indicator(Level2Indicator.RecipientSatisfaction, "满意度", "≥90%"));
            var p = At(One(1_000_000m, execution, targets), MidYear);

            p.Warnings.ShouldHaveSingleItem().Message.ShouldStartWith(
                "指标进度快于资金支出：1 个累计型指标（数量、金额）的平均完成度 50.00 %（参保人数 50.00 %，各按不超过 100 % 计）− 执行率 30.00 % = 20.00 个百分点");
        }

        [Fact]
        public void Given_a_quarterly_reporter_between_quarter_ends_When_monitored_Then_the_count_is_taken_at_the_money_s_cut_off()
        {
            // Quarterly, 250,000 a quarter of 1,000,000; at 2023-05-31 the money stands at 3月底: 25 %.
            // 参保人数 ≥2000人: 500人 at 03-31 (25 %), 840人 at 05-31 (42 %). Set against the money of 3月底, the count of
            // 03-31: 25 % − 25 % = 0 → no warning (the 05-31 reading would give 42 % − 25 % = 17 points, a false warning).
            var execution = Spending(250_000m, 250_000m) with
            {
                Readings = [Reading(new DateOnly(2023, 3, 31), "参保人数", "500人"), Reading(new DateOnly(2023, 5, 31), "参保人数", "840人")],
            };
            var p = At(One(1_000_000m, execution, Count), new DateOnly(2023, 5, 31));

            p.Indicators.ShouldHaveSingleItem().Share.ShouldBe(0.42m);
            p.Warnings.ShouldBeEmpty();

            // The same with 1000人 at 03-31 (50 %): 50 % − 25 % = 25 points → warned, saying where the figures stand.
            var ahead = execution with { Readings = [Reading(new DateOnly(2023, 3, 31), "参保人数", "1000人"), execution.Readings[1]] };
            At(One(1_000_000m, ahead, Count), new DateOnly(2023, 5, 31)).Warnings.ShouldHaveSingleItem().Message
                .ShouldContain("− 执行率 25.00 % = 25.00 个百分点，超过 5.00 个百分点（资金截至3月底，指标也取 2023-03-31 及以前最近一次实际值；");
        }

        [Fact]
        public void Given_indicators_exactly_5_points_ahead_When_monitored_Then_no_warning()
        {
            // 执行率 700,000 / 1,000,000 = 70 %; 1500 / 2000 = 75 %; 75 % − 70 % = 5 points, not more than 5 → none.
            var p = At(One(1_000_000m, WithCount(Spending(300_000m, 400_000m), "1500人"), Count), MidYear);

            p.Warnings.ShouldBeEmpty();
        }

        [Fact]
        public void Given_indicators_6_points_ahead_When_monitored_Then_a_warning()
        {
            // 执行率 690,000 / 1,000,000 = 69 %; 75 % − 69 % = 6 points > 5 → warning.
            var p = At(One(1_000_000m, WithCount(Spending(300_000m, 390_000m), "1500人"), Count), MidYear);

            p.Warnings.ShouldHaveSingleItem().Message.ShouldContain("= 6.00 个百分点");
        }

        [Fact]
        public void Given_a_quarter_of_the_money_unspent_on_31_December_When_monitored_Then_a_warning()
        {
            // 150,000 × 3 + 300,000 = 750,000 of 1,000,000 spent; 250,000 unspent = 25 % > 20 % → warning.
            var p = At(One(1_000_000m, Spending(150_000m, 150_000m, 150_000m, 300_000m)), YearEnd);

            var w = p.Warnings.ShouldHaveSingleItem();
            w.Kind.ShouldBe(MonitoringWarningKind.UnspentAtYearEnd);
            w.Message.ShouldBe("年末结余过多：预算 100.00 万元 − 支出 75.00 万元 = 未支出 25.00 万元，占预算 25.00 %，超过 20.00 %");
        }

        [Fact]
        public void Given_exactly_20_percent_unspent_on_31_December_When_monitored_Then_no_warning()
        {
            // 800,000 of 1,000,000 spent: 20 % unspent, not more than 20 %.
            var p = At(One(1_000_000m, Spending(200_000m, 200_000m, 200_000m, 200_000m)), YearEnd);

            p.Warnings.ShouldBeEmpty();
        }

        [Fact]
        public void Given_a_quarter_unspent_on_30_December_When_monitored_Then_no_year_end_warning_yet()
        {
            // 2023-12-30 → 11 months: Q4 is not counted and the year is not over.
            var p = At(One(1_000_000m, Spending(150_000m, 150_000m, 150_000m, 300_000m)), new DateOnly(2023, 12, 30));

            p.Warnings.ShouldNotContain(w => w.Kind == MonitoringWarningKind.UnspentAtYearEnd);
        }

        [Fact]
        public void Given_a_project_with_money_and_no_data_When_monitored_Then_a_warning()
        {
            var p = At(One(500_000m, execution: null), MidYear);

            var w = p.Warnings.ShouldHaveSingleItem();
            w.Kind.ShouldBe(MonitoringWarningKind.NoData);
            w.Message.ShouldBe("项目有预算 50.00 万元，但没有任何执行数据（资金下达和支出、指标实际值），无法监控");
            p.Spending.Light.ShouldBeNull();
        }
    }

    public class CustomThresholds
    {
        private const string Province = """
            { "name": "某省", "redBelow": 0.5, "greenFrom": 0.7, "blueFrom": 1.5,
              "attainmentAheadOfSpending": 0.5, "unspentAtYearEnd": 0.3 }
            """;

        [Fact]
        public void Given_a_province_file_When_monitored_Then_its_lines_decide_the_colours()
        {
            // 250,000 of 1,000,000 = 25 % at mid-year ÷ 50 % = 50 %: red by default (< 60 %), yellow for the province (not below 50 %).
            // 375,000 = 37.5 % ÷ 50 % = 75 %: yellow by default (< 80 %), green for the province (≥ 70 %).
            var t = MonitoringThresholds.Parse(Province);

            At(One(1_000_000m, Spending(100_000m, 150_000m)), MidYear, t).Spending.Light.ShouldBe(MonitoringLight.Yellow);
            At(One(1_000_000m, Spending(100_000m, 150_000m)), MidYear).Spending.Light.ShouldBe(MonitoringLight.Red);
            At(One(1_000_000m, Spending(175_000m, 200_000m)), MidYear, t).Spending.Light.ShouldBe(MonitoringLight.Green);
            At(One(1_000_000m, Spending(175_000m, 200_000m)), MidYear).Spending.Light.ShouldBe(MonitoringLight.Yellow);
        }

        [Fact]
        public void Given_a_province_file_When_monitored_Then_its_warning_lines_apply()
        {
            // 25 % unspent on 12-31: a warning above 20 %, none under the province's 30 %.
            var budget = One(1_000_000m, Spending(150_000m, 150_000m, 150_000m, 300_000m));

            At(budget, YearEnd).Warnings.ShouldHaveSingleItem();
            At(budget, YearEnd, MonitoringThresholds.Parse(Province)).Warnings.ShouldBeEmpty();
        }

        [Fact]
        public void Given_a_province_file_When_an_indicator_is_at_130_percent_Then_green_below_its_blue_line()
        {
            // 1300 / 2000 = 65 % ÷ 50 % = 130 %: blue by default (≥ 120 %), green under the province's 150 %.
            var execution = Spending(250_000m, 250_000m) with { Readings = [Reading(MidYear, "参保人数", "1300人")] };
            var budget = One(1_000_000m, execution, Declaring(Indicator(Level2Indicator.Quantity, "参保人数", "≥2000人")));

            At(budget, MidYear).Indicators[0].Progress.Light.ShouldBe(MonitoringLight.Blue);
            var province = At(budget, MidYear, MonitoringThresholds.Parse(Province)).Indicators[0].Progress;
            province.Light.ShouldBe(MonitoringLight.Green);
            province.Explanation.ShouldEndWith("→ 绿灯（不低于 70.00 %，低于 150.00 %）");
        }
    }
}
