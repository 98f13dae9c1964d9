using Jixiao.Evaluations.Scoring;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Evaluations.Scoring;

public class ScorerTests
{
    private static readonly ScoreTemplate National = ScoreTemplates.Get("national");
    private static readonly ScoreTemplate Shanxi = ScoreTemplates.Get("shanxi");

    private static IndicatorInput Row(Level1Indicator level1, string name, string target, string actual, decimal? points = null) =>
        new(level1, name, TargetValue.Parse(target), TargetValue.Parse(actual)) { Points = points };

    /// <summary>Funds in 万元 as the forms print them, held in 元.</summary>
    private static ScoringFunds Wan(decimal? budgeted, decimal? released, decimal? spent) =>
        new(budgeted is { } b ? new Yuan(b * 10_000m) : null, released is { } r ? new Yuan(r * 10_000m) : null,
            spent is { } s ? new Yuan(s * 10_000m) : null);

    private static ItemScore Item(ScoreSheet sheet, string name) => sheet.Items.Single(i => i.Name == name);

    /// <summary>The Shanxi table, with the figures of jinzhong-2021-self-evaluation.txt.</summary>
    public class TheShanxiTemplate
    {
        // The seed's first form (城乡居民基本医疗保险2021年市级财政补助), lines 32-59, every judged score as printed.
        private static readonly Dictionary<string, JudgedScore> FirstForm = new()
        {
            ["项目立项规范性"] = new(3m), ["绩效目标合理性"] = new(4m), ["绩效指标明确性"] = new(4m), ["到位及时率"] = new(3m),
            ["业务管理/管理制度健全性"] = new(3m), ["制度执行有效性"] = new(3m), ["项目质量可控性"] = new(3m),
            ["财务管理/管理制度健全性"] = new(3m), ["资金使用合规性"] = new(3m), ["财务监控有效性"] = new(3m),
            ["实际完成率"] = new(7m), ["完成及时率"] = new(7m), ["质量达标率"] = new(7m), ["成本节约率"] = new(7m),
            ["经济效益"] = new(5m), ["社会效益"] = new(4m), ["生态效益"] = new(5m), ["可持续影响"] = new(5m),
            ["社会公众或服务对象满意度"] = new(10m),
        };

        [Fact]
        public void Given_资金到位率_12579_31_of_12920_21_When_scored_Then_2_92()
        {
            // 12579.31 / 12920.21 = 0.973615 → 97.36 %; 3 × 0.973615 = 2.92085 → 2.92 (seed line 37).
            var sheet = Scorer.Score(Shanxi, new ScoringInput { Funds = Wan(12920.21m, 12579.31m, 12579.31m), Judged = FirstForm });

            var item = Item(sheet, "资金到位率");
            item.Score.ShouldBe(2.92m);
            item.Explanation.ShouldBe("资金到位率 12579.31 / 12920.21 = 97.36 % × 3 = 2.92");
        }

        [Fact]
        public void Given_预算执行率_14_50_of_18_00_When_scored_Then_2_42()
        {
            // 14.50 / 18.00 = 0.805556 → 80.56 %; 3 × 0.805556 = 2.41667 → 2.42 (seed line 102).
            var sheet = Scorer.Score(Shanxi, new ScoringInput { Funds = Wan(18.00m, 18.00m, 14.50m), Judged = FirstForm });

            var item = Item(sheet, "预算执行率");
            item.Score.ShouldBe(2.42m);
            item.Explanation.ShouldBe("预算执行率 14.50 / 18.00 = 80.56 % × 3 = 2.42");
        }

        [Fact]
        public void Given_the_first_seed_form_When_scored_Then_the_sections_and_total_are_those_printed()
        {
            // 投入 3 + 4 + 4 + 2.92 + 3 + 3 (12579.31 / 12579.31 × 3) = 19.92; 过程 3+3+3+3+3+3 = 18; 产出 7×4 = 28;
            // 效果 5+4+5+5+10 = 29; 19.92 + 18 + 28 + 29 = 94.92 → 优 (seed lines 33-60).
            var sheet = Scorer.Score(Shanxi, new ScoringInput { Funds = Wan(12920.21m, 12579.31m, 12579.31m), Judged = FirstForm });

            sheet.Rejections.ShouldBeEmpty();
            sheet.Sections.Select(s => s.Score).ShouldBe([19.92m, 18m, 28m, 29m]);
            sheet.Total.ShouldBe(94.92m);
            sheet.Grade.ShouldBe("优");
        }

        [Fact]
        public void Given_a_judged_score_above_its_points_When_scored_Then_it_is_rejected_and_there_is_no_total()
        {
            var judged = new Dictionary<string, JudgedScore>(FirstForm) { ["项目立项规范性"] = new(3.5m) };

            var sheet = Scorer.Score(Shanxi, new ScoringInput { Funds = Wan(100m, 100m, 100m), Judged = judged });

            Item(sheet, "项目立项规范性").Rejection.ShouldBe("评价人评分 3.5 超出该项分值范围 0–3");
            sheet.Sections[0].Score.ShouldBeNull();
            sheet.Total.ShouldBeNull();
            sheet.Grade.ShouldBeNull();
        }

        [Fact]
        public void Given_no_money_When_scored_Then_the_money_items_say_what_is_missing()
        {
            var sheet = Scorer.Score(Shanxi, new ScoringInput { Judged = FirstForm });

            Item(sheet, "资金到位率").Rejection.ShouldBe("缺少预算下达资金，无法计算资金到位率");
            Item(sheet, "预算执行率").Rejection.ShouldBe("缺少实际支出资金，无法计算预算执行率");
        }

        [Fact]
        public void Given_a_judged_score_for_an_unknown_item_When_scored_Then_it_is_a_problem_of_the_sheet()
        {
            var judged = new Dictionary<string, JudgedScore>(FirstForm) { ["管理制度健全性"] = new(3m) };

            var sheet = Scorer.Score(Shanxi, new ScoringInput { Funds = Wan(100m, 100m, 100m), Judged = judged });

            // The name alone is ambiguous (业务管理 and 财务管理 both have it).
            sheet.Problems.ShouldBe(["评价人评分“管理制度健全性”在模板“财政支出项目绩效自评表评分表（山西）”中有 2 项同名，应写明二级（业务管理/管理制度健全性、财务管理/管理制度健全性）"]);
            sheet.Total.ShouldBeNull();
        }
    }

    /// <summary>The Shanxi 产出 items that follow from the project's indicators of their 二级.</summary>
    public class TheShanxiOutputItems
    {
        private static IndicatorInput Row(Level2Indicator level2, string name, string target, string actual) =>
            new(IndicatorFramework.Parent(level2), name, TargetValue.Parse(target), TargetValue.Parse(actual)) { Level2 = level2 };

        private static readonly Dictionary<string, JudgedScore> Judged = new()
        {
            ["项目立项规范性"] = new(3m), ["绩效目标合理性"] = new(4m), ["绩效指标明确性"] = new(4m), ["到位及时率"] = new(3m),
            ["业务管理/管理制度健全性"] = new(3m), ["制度执行有效性"] = new(3m), ["项目质量可控性"] = new(4m),
            ["财务管理/管理制度健全性"] = new(3m), ["资金使用合规性"] = new(3m), ["财务监控有效性"] = new(4m),
            ["经济效益"] = new(5m), ["社会效益"] = new(5m), ["生态效益"] = new(5m), ["可持续影响"] = new(5m),
            ["社会公众或服务对象满意度"] = new(10m),
        };

        private static ScoreSheet Score(Dictionary<string, JudgedScore>? more, params IndicatorInput[] rows)
        {
            var judged = new Dictionary<string, JudgedScore>(Judged);
            foreach (var (k, v) in more ?? []) judged[k] = v;
            return Scorer.Score(Shanxi, new ScoringInput { Funds = Wan(100m, 100m, 100m), Judged = judged, Indicators = rows });
        }

        [Fact]
        public void Given_two_quantity_indicators_When_scored_Then_实际完成率_is_the_points_times_their_mean_share()
        {
            // 8676 / 8755 = 0.990977; 3次 of ≥2次 is met → 1; mean (0.990977 + 1) / 2 = 0.995489; × 8 = 7.9639 → 7.96
            var sheet = Score(null,
                Row(Level2Indicator.Quantity, "参保人数", "≥8755人", "8676人"),
                Row(Level2Indicator.Quantity, "专项检查", "≥2次", "3次"),
                Row(Level2Indicator.Timeliness, "办结时限", "≤10天", "8天"),
                Row(Level2Indicator.Quality, "覆盖率", "≥95%", "96%"),
                Row(Level2Indicator.Cost, "人均成本", "≤100元", "90元"));

            var item = Item(sheet, "实际完成率");
            item.Score.ShouldBe(7.96m);
            item.Explanation.ShouldBe("实际完成率：参保人数 8676人 / 8755人 → 99.10 %；专项检查 3次 / 2次 → 100.00 %；平均 99.55 % × 8 = 7.96");
            // each met: 完成及时率 7, 质量达标率 8, 成本节约率 7; 产出 7.96 + 7 + 8 + 7 = 29.96
            sheet.Sections[2].Score.ShouldBe(29.96m);
            sheet.Total.ShouldBe(20m + 20m + 29.96m + 30m);
        }

        [Fact]
        public void Given_a_time_limit_overrun_by_half_When_scored_Then_完成及时率_loses_half_its_points()
        {
            // 15天 against ≤10天: share 1.5, reverse: 1 − (1.5 − 1) = 0.5; × 7 = 3.50
            var sheet = Score(new() { ["实际完成率"] = new(8m), ["质量达标率"] = new(8m), ["成本节约率"] = new(7m) },
                Row(Level2Indicator.Timeliness, "办结时限", "≤10天", "15天"));

            Item(sheet, "完成及时率").Score.ShouldBe(3.50m);
            // no 数量, 质量 or 成本 indicator: those items are the evaluator's
            Item(sheet, "实际完成率").Explanation.ShouldBe("实际完成率 评价人评分（项目没有数量指标）：8.00");
            Item(sheet, "实际完成率").Flags.ShouldBeEmpty();
            sheet.Sections[2].Score.ShouldBe(8m + 3.50m + 8m + 7m);
        }

        [Fact]
        public void Given_an_exact_zero_target_missed_When_scored_Then_实际完成率_is_0_and_says_so_without_dividing()
        {
            // 重复参保人数 0人, actual 3人: not met → 0; 0 × 8 = 0.00
            var sheet = Score(new() { ["完成及时率"] = new(7m), ["质量达标率"] = new(8m), ["成本节约率"] = new(7m) },
                Row(Level2Indicator.Quantity, "重复参保人数", "0人", "3人"));

            Item(sheet, "实际完成率").Score.ShouldBe(0m);
            Item(sheet, "实际完成率").Explanation.ShouldBe("实际完成率：重复参保人数 目标 0人，实际 3人 → 0.00 % × 8 = 0.00");
        }

        [Fact]
        public void Given_a_qualitative_quality_indicator_When_scored_Then_质量达标率_needs_the_evaluator()
        {
            var without = Score(new() { ["实际完成率"] = new(8m), ["完成及时率"] = new(7m), ["成本节约率"] = new(7m) },
                Row(Level2Indicator.Quality, "服务质量", "明显提升", "有所提升"));
            Item(without, "质量达标率").Rejection.ShouldBe("质量达标率按质量指标计算，但“服务质量”无法计算（定性目标“明显提升”须由评价人判断），须由评价人评分（0–8 分）");
            without.Total.ShouldBeNull();

            var with = Score(new() { ["实际完成率"] = new(8m), ["完成及时率"] = new(7m), ["成本节约率"] = new(7m), ["质量达标率"] = new(6m) },
                Row(Level2Indicator.Quality, "服务质量", "明显提升", "有所提升"));
            Item(with, "质量达标率").Score.ShouldBe(6m);
        }
    }

    /// <summary>The national 单位自评 template of 财预〔2020〕10号, each formula on a hand-computed case.</summary>
    public class TheNationalTemplate
    {
        private static ScoreSheet Score(ScoringFunds funds, params IndicatorInput[] rows) =>
            Scorer.Score(National, new ScoringInput { Funds = funds, Indicators = rows });

        private static readonly ScoringFunds FullySpent = Wan(100m, 100m, 100m);

        [Fact]
        public void Given_execution_of_99_percent_When_scored_Then_9_9_not_9()
        {
            // 99 / 100 = 99 %; 10 × 0.99 = 9.90.
            var item = Item(Score(Wan(100m, 100m, 99m)), "预算执行率");

            item.Score.ShouldBe(9.9m);
            item.Explanation.ShouldBe("预算执行率 99.00 / 100.00 = 99.00 % × 10 = 9.90");
        }

        [Fact]
        public void Given_spending_above_the_budget_When_scored_Then_execution_is_capped_at_10()
        {
            // 105 / 100 = 105 %; 10 × 1.05 = 10.5, never above 10.
            var item = Item(Score(Wan(100m, 100m, 105m)), "预算执行率");

            item.Score.ShouldBe(10m);
            item.Explanation.ShouldBe("预算执行率 105.00 / 100.00 = 105.00 % × 10，以 10 分为限 = 10.00");
        }

        [Fact]
        public void Given_money_released_short_of_the_budget_When_scored_Then_execution_is_B_over_A()
        {
            // 执行率 of the national table = 全年执行数 / 全年预算数: 89.10 / 100 = 89.10 %; 10 × 0.891 = 8.91
            // (over the 90.00 released it would be 99 % → 9.90).
            var item = Item(Score(Wan(100m, 90m, 89.1m)), "预算执行率");

            item.Formula.ShouldBe(ScoreFormula.SpentOfBudget);
            item.Score.ShouldBe(8.91m);
            item.Explanation.ShouldBe("预算执行率 89.10 / 100.00 = 89.10 % × 10 = 8.91");
        }

        [Fact]
        public void Given_a_positive_indicator_at_99_1_percent_When_scored_Then_14_86_of_15()
        {
            // 8676 / 8755 = 0.990977 → 99.10 %; 15 × 0.990977 = 14.8647 → 14.86 (a real table gave 13).
            var sheet = Score(FullySpent, Row(Level1Indicator.Output, "参保人数", "≥8755人", "8676人", 15m),
                Row(Level1Indicator.Output, "其他", "≥1个", "1个", 35m));

            var item = Item(sheet, "参保人数");
            item.Formula.ShouldBe(ScoreFormula.Proportional);
            item.Score.ShouldBe(14.86m);
            item.Explanation.ShouldBe("参保人数 8676人 / 8755人 = 99.10 % × 15 = 14.86");
        }

        [Fact]
        public void Given_95_percent_against_95_percent_When_scored_Then_full_points()
        {
            // Reached exactly: no docking (a real table docked it).
            var sheet = Score(FullySpent, Row(Level1Indicator.Output, "覆盖率", "≥95%", "95%", 50m));

            Item(sheet, "覆盖率").Score.ShouldBe(50m);
        }

        [Fact]
        public void Given_a_reverse_indicator_at_150_percent_When_scored_Then_points_times_1_minus_0_5()
        {
            // 15 / 10 = 150 %; (15 − 10) / 10 = 0.5 over; 10 × (1 − 0.5) = 5.00.
            var sheet = Score(FullySpent, Row(Level1Indicator.Output, "办结时限", "≤10天", "15天", 10m),
                Row(Level1Indicator.Output, "其他", "≥1个", "1个", 40m));

            var item = Item(sheet, "办结时限");
            item.Formula.ShouldBe(ScoreFormula.Reverse);
            item.Score.ShouldBe(5m);
            item.Explanation.ShouldBe("办结时限 15天 / 10天 = 150.00 %，超出目标 50.00 %，10 × (1 − 50.00 %) = 5.00");
        }

        [Fact]
        public void Given_a_reverse_indicator_at_twice_its_target_When_scored_Then_0()
        {
            // 20 / 10 = 200 %: twice or more scores 0.
            var sheet = Score(FullySpent, Row(Level1Indicator.Output, "办结时限", "≤10天", "20天", 50m));

            Item(sheet, "办结时限").Score.ShouldBe(0m);
        }

        [Fact]
        public void Given_an_exact_zero_target_missed_When_scored_Then_0()
        {
            // 重复参保人数 0人, actual 3人: full points only for 0.
            var sheet = Score(FullySpent, Row(Level1Indicator.Output, "重复参保人数", "0人", "3人", 5m),
                Row(Level1Indicator.Output, "其他", "≥1个", "1个", 45m));

            var item = Item(sheet, "重复参保人数");
            item.Formula.ShouldBe(ScoreFormula.ExactZero);
            item.Score.ShouldBe(0m);
            item.Explanation.ShouldBe("重复参保人数 目标为 0，实际 3人 不为 0 → 0.00");
        }

        [Fact]
        public void Given_an_indicator_far_above_target_When_scored_Then_full_points_and_the_120_percent_flag()
        {
            // 150 / 100 = 150 % ≥ 120 %.
            var sheet = Score(FullySpent, Row(Level1Indicator.Output, "培训人次", "≥100人次", "150人次", 50m));

            var item = Item(sheet, "培训人次");
            item.Score.ShouldBe(50m);
            item.Flags.ShouldBe(["实际完成值为目标的 150.00 %（≥ 120 %）：目标可能定得偏低，须说明偏差原因"]);
        }

        [Fact]
        public void Given_a_qualitative_score_outside_its_band_When_scored_Then_it_is_rejected()
        {
            // 部分达成并具有一定效果 is 60–80 % of 10 = 6–8 points; 9 is outside.
            var row = Row(Level1Indicator.Benefit, "服务水平", "显著提升", "有所提升", 30m) with
            {
                Judged = new JudgedScore(9m) { Band = "部分达成并具有一定效果" },
                Points = 10m,
            };
            var sheet = Score(FullySpent, row, Row(Level1Indicator.Benefit, "其他", "≥1个", "1个", 20m));

            var item = Item(sheet, "服务水平");
            item.Formula.ShouldBe(ScoreFormula.Band);
            item.Score.ShouldBeNull();
            item.Rejection.ShouldBe("评价人评分 9 不在档次“部分达成并具有一定效果”的范围内（60.00 %–80.00 % × 10 = 6–8 分）");
            sheet.Total.ShouldBeNull();
        }

        [Fact]
        public void Given_a_qualitative_score_without_a_band_When_scored_Then_it_is_rejected() =>
            Item(Score(FullySpent, Row(Level1Indicator.Benefit, "服务水平", "显著提升", "有所提升") with { Judged = new JudgedScore(25m) }), "服务水平")
                .Rejection.ShouldBe("定性指标须选择档次（达成年度指标、部分达成并具有一定效果、未达成且效果较差）");

        [Theory]
        [InlineData("20", "90", "优")]    // 10 + 50 + 20 + 10 = 90: 90 itself is 优
        [InlineData("19.99", "89.99", "良")] // 10 + 50 + 19.99 + 10 = 89.99
        public void Given_a_total_of_exactly_90_or_just_below_When_scored_Then_优_or_良(string benefit, string total, string grade)
        {
            decimal judged = decimal.Parse(benefit, System.Globalization.CultureInfo.InvariantCulture);
            var sheet = Score(FullySpent,
                Row(Level1Indicator.Output, "参保人数", "≥100人", "100人"),                           // 50 / 50
                Row(Level1Indicator.Benefit, "待遇保障", "稳步提高", "有所提高") with
                {
                    Judged = new JudgedScore(judged) { Band = "部分达成并具有一定效果" },             // 18–24 of 30
                },
                Row(Level1Indicator.Satisfaction, "满意度", "90%以上", "90%"));                         // 10 / 10

            sheet.Rejections.ShouldBeEmpty();
            sheet.Sections.Select(s => s.Score).ShouldBe([10m, 50m, judged, 10m]);
            sheet.Total.ShouldBe(decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture));
            sheet.Grade.ShouldBe(grade);
        }

        [Fact]
        public void Given_no_satisfaction_indicator_When_scored_Then_its_10_points_go_5_to_产出_and_5_to_效益()
        {
            var sheet = Score(FullySpent, Row(Level1Indicator.Output, "参保人数", "≥100人", "100人"),
                Row(Level1Indicator.Benefit, "报销比例", "≥70%", "70%"));

            sheet.Sections.Select(s => (s.Name, s.Points)).ShouldBe([("预算执行", 10m), ("产出指标", 55m), ("效益指标", 35m), ("满意度指标", 0m)]);
            sheet.Total.ShouldBe(100m); // 10 + 55 + 35
        }

        [Fact]
        public void Given_three_indicators_without_points_When_scored_Then_50_is_split_16_66_16_66_16_68()
        {
            // 50 / 3 = 16.666… → 16.66 each, the last 50 − 2 × 16.66 = 16.68 so that the section still adds to 50.
            var sheet = Score(FullySpent, Row(Level1Indicator.Output, "a", "≥1个", "1个"), Row(Level1Indicator.Output, "b", "≥1个", "1个"),
                Row(Level1Indicator.Output, "c", "≥1个", "1个"), Row(Level1Indicator.Benefit, "d", "≥1个", "1个"),
                Row(Level1Indicator.Satisfaction, "e", "≥90%", "95%"));

            sheet.Sections[1].Items.Select(i => i.Points).ShouldBe([16.66m, 16.66m, 16.68m]);
            sheet.Total.ShouldBe(100m);
        }

        [Fact]
        public void Given_indicator_points_that_do_not_add_up_When_scored_Then_the_sheet_says_so()
        {
            var sheet = Score(FullySpent, Row(Level1Indicator.Output, "a", "≥1个", "1个", 40m), Row(Level1Indicator.Benefit, "d", "≥1个", "1个", 40m));

            // 满意度 missing: 产出 50 + 5 = 55, 效益 30 + 5 = 35.
            sheet.Problems.ShouldBe(["产出指标各指标分值之和 40 与应有分值 55 不符", "效益指标各指标分值之和 40 与应有分值 35 不符"]);
            sheet.Total.ShouldBeNull();
        }

        [Fact]
        public void Given_an_actual_that_cannot_be_read_When_scored_Then_the_evaluator_must_score_it()
        {
            // 905 against 90%以上: a satisfaction above 100 % cannot be computed.
            var sat = Row(Level1Indicator.Satisfaction, "人民群众满意度", "90%以上", "905") with { Level2 = Level2Indicator.RecipientSatisfaction };
            var output = Row(Level1Indicator.Output, "a", "≥1个", "1个");
            var benefit = Row(Level1Indicator.Benefit, "b", "≥1个", "1个");

            var unscored = Item(Score(FullySpent, output, benefit, sat), "人民群众满意度");
            unscored.Score.ShouldBeNull();
            unscored.Rejection!.ShouldStartWith("无法计算（实际完成值“905”按目标值的单位读为905%，满意度不能超过100%");

            var judged = Item(Score(FullySpent, output, benefit, sat with { Judged = new JudgedScore(9m) }), "人民群众满意度");
            judged.Score.ShouldBe(9m);
            judged.Flags.ShouldContain(f => f.EndsWith("采用评价人评分", StringComparison.Ordinal));
        }
    }
}
