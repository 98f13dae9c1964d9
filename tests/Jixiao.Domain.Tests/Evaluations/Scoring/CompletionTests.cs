using Jixiao.Codes;
using Jixiao.Evaluations.Scoring;
using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Evaluations.Scoring;

public class CompletionTests
{
    private static IndicatorCompletion Of(string target, string actual, Level2Indicator? level2 = null, string? name = null, FiscalYear? year = null) =>
        Completion.Of(TargetValue.Parse(target), TargetValue.Parse(actual), level2, name, year);

    /// <summary>Rows of jinzhong-2021-self-evaluation.txt whose 完成进度 was typed instead of computed.</summary>
    /// <summary>Hostile figures (issue 11, point 9): 28 digits against a small target overflowed actual ÷ target × 100.</summary>
    public class HostileFigures
    {
        [Theory]
        [InlineData("≥12次", "9999999999999999999999999999", true)]
        [InlineData("≥0.5", "9999999999999999999999999999", true)]
        [InlineData("≥0.000000000000000000000000001", "1000", true)]
        [InlineData("≤0.5", "-9999999999999999999999999999", true)]
        public void Never_overflow_and_keep_the_share_within_10_to_the_12(string target, string actual, bool met)
        {
            var c = Should.NotThrow(() => Of(target, actual));

            (c.Status == CompletionStatus.Met).ShouldBe(met);
            if (c.Share is { } share) Math.Abs(share).ShouldBeLessThanOrEqualTo(1_000_000_000_000m);
            Should.NotThrow(() => c.SharePercent);
        }
    }

    public class TheSeedRows
    {
        [Fact]
        public void Given_参保人数_2455592_against_2501278人_When_compared_Then_not_met_at_98_17_percent()
        {
            // Seed line 23, marked 已完成. 2455592 / 2501278 = 0.981734… → 98.17 % (half away from zero).
            var c = Of("2501278人", "2455592", Level2Indicator.Quantity, "城乡居民参保人数");

            c.Status.ShouldBe(CompletionStatus.NotMet);
            c.Reading.ShouldBe(CompletionReading.Exact);
            c.SharePercent.ShouldBe(98.17m);
            c.Share.ShouldBe(2455592m / 2501278m);
            c.Actual.ShouldBe(new Quantity(2455592m, c.Target!.Value.Unit));
            c.Note!.ShouldContain("未写单位");
            c.ToString().ShouldBe("未完成：2455592人 / 2501278人 = 98.17 %（实际完成值“2455592”未写单位，按目标值的单位“人”读）");
        }

        [Fact]
        public void Given_总费用_754_against_1000万元_of_成本指标_When_compared_Then_754万元_is_within_the_ceiling()
        {
            // Seed line 215, marked 80 %. The bare 754 is read in the target's unit: the forms print the unit once, in
            // the 目标值 column, and the text of the same form says 754万元 was paid; 754 元 would be 0.0754 % of the
            // target. A bare cost target is a ceiling: 754万元 ≤ 1000万元 is met, 754 / 1000 = 75.40 % of it used.
            var c = Of("1000万元", "754", Level2Indicator.Cost, "总费用");

            c.Status.ShouldBe(CompletionStatus.Met);
            c.Reading.ShouldBe(CompletionReading.AtMost);
            c.Actual!.Value.TryGetYuan(out var yuan).ShouldBeTrue();
            yuan.Value.ShouldBe(7_540_000m);
            c.SharePercent.ShouldBe(75.40m);
            c.Note.ShouldBe("实际完成值“754”未写单位，按目标值的单位“万元”读");
        }

        [Fact]
        public void Given_754_against_1000万元_without_the_二级_When_compared_Then_it_is_an_exact_target_missed()
        {
            // Without 成本指标 a bare 1000万元 is an exact value: 754 ≠ 1000, 754 / 1000 = 75.40 %.
            var c = Of("1000万元", "754");

            c.Status.ShouldBe(CompletionStatus.NotMet);
            c.Reading.ShouldBe(CompletionReading.Exact);
            c.SharePercent.ShouldBe(75.40m);
        }

        [Fact]
        public void Given_满意度_905_against_90percent以上_When_compared_Then_it_cannot_tell()
        {
            // Seed line 283: read in the target's unit, 905 is 905 %, and no satisfaction exceeds 100 %.
            var c = Of("90%以上", "905", Level2Indicator.RecipientSatisfaction, "人民群众满意度");

            c.Status.ShouldBe(CompletionStatus.CannotTell);
            c.Share.ShouldBeNull();
            c.Reason.ShouldBe("实际完成值“905”按目标值的单位读为905%，满意度不能超过100%，无法与目标值“90%以上”比较");
        }

        [Fact]
        public void Given_905_against_90percent以上_without_context_When_compared_Then_the_borrowed_percent_above_100_cannot_tell()
        {
            var c = Of("90%以上", "905");

            c.Status.ShouldBe(CompletionStatus.CannotTell);
            c.Reason!.ShouldContain("不能超过100%");
        }

        [Fact]
        public void Given_满意_against_大于90percent_When_compared_Then_words_against_a_number_cannot_tell()
        {
            // Seed line 217.
            var c = Of("大于90%", "满意", Level2Indicator.RecipientSatisfaction, "政策知晓率");

            c.Status.ShouldBe(CompletionStatus.CannotTell);
            c.Reason.ShouldBe("实际完成值“满意”是文字，不能与目标值“大于90%”比较");
        }

        [Fact]
        public void Given_12579_3097_against_12920_21万元_of_成本指标_When_compared_Then_met()
        {
            // Seed line 26: 12579.3097万元 ≤ 12920.21万元.
            var c = Of("12920.21万元", "12579.3097", Level2Indicator.Cost);

            c.Status.ShouldBe(CompletionStatus.Met);
            c.SharePercent.ShouldBe(97.36m); // 12579.3097 / 12920.21 = 0.973615… → 97.36 %
        }
    }

    public class TheQuantityReadings
    {
        [Theory]
        [InlineData("≥95%", "95%", CompletionStatus.Met)]      // 95 % against ≥ 95 %: met, never docked
        [InlineData("≥95%", "94.9%", CompletionStatus.NotMet)]
        [InlineData(">95%", "95%", CompletionStatus.NotMet)]   // 超过 excludes the number itself
        [InlineData("≤10万元", "100000元", CompletionStatus.Met)] // 10万元 = 100000元
        [InlineData("≤10万元", "100001元", CompletionStatus.NotMet)]
        [InlineData("<10天", "10天", CompletionStatus.NotMet)]
        [InlineData("0人", "0人", CompletionStatus.Met)]
        [InlineData("0人", "1人", CompletionStatus.NotMet)]
        [InlineData("39人", "39人", CompletionStatus.Met)]
        [InlineData("39人", "40人", CompletionStatus.NotMet)]
        public void Given_a_quantity_target_When_compared_Then_the_comparison_decides(string target, string actual, CompletionStatus expected) =>
            Of(target, actual).Status.ShouldBe(expected);

        [Fact]
        public void Given_a_target_of_0_When_compared_Then_it_is_exact_zero_without_a_share()
        {
            var c = Of("0人", "3人");

            c.Reading.ShouldBe(CompletionReading.ExactZero);
            c.Share.ShouldBeNull();
        }

        [Fact]
        public void Given_an_actual_in_another_unit_of_money_When_compared_Then_it_is_converted()
        {
            // 150000元 = 15万元 ≤ 16万元; 15 / 16 = 93.75 %.
            var c = Of("≤16万元", "150000元");

            c.Status.ShouldBe(CompletionStatus.Met);
            c.Actual.ShouldBe(new Quantity(15m, MeasureUnit.WanYuan));
            c.SharePercent.ShouldBe(93.75m);
        }

        [Fact]
        public void Given_units_that_do_not_convert_When_compared_Then_it_cannot_tell()
        {
            var c = Of("≥100人", "120次");

            c.Status.ShouldBe(CompletionStatus.CannotTell);
            c.Reason.ShouldBe("实际完成值“120次”的单位“次”不能换算为目标值“≥100人”的单位“人”");
        }

        [Fact]
        public void Given_an_actual_at_150_percent_of_a_positive_target_When_compared_Then_it_is_flagged_far_above()
        {
            // 150 / 100 = 150 % ≥ 120 %.
            var c = Of("≥100人", "150人");

            c.Status.ShouldBe(CompletionStatus.Met);
            c.FarAboveTarget.ShouldBeTrue();
            Of("≥100人", "119人").FarAboveTarget.ShouldBeFalse(); // 119 % < 120 %
        }

        [Fact]
        public void Given_a_bare_time_target_of_时效指标_When_compared_Then_it_is_a_ceiling() =>
            Of("30天", "25天", Level2Indicator.Timeliness).Reading.ShouldBe(CompletionReading.AtMost);
    }

    public class TheOtherKinds
    {
        [Theory]
        [InlineData("60%-70%", "65%", CompletionStatus.Met)]
        [InlineData("60%-70%", "70%", CompletionStatus.Met)]  // both ends included
        [InlineData("60%-70%", "71%", CompletionStatus.NotMet)]
        public void Given_a_range_When_compared_Then_met_within_both_ends(string target, string actual, CompletionStatus expected) =>
            Of(target, actual).Status.ShouldBe(expected);

        [Theory]
        [InlineData("6月底", "6月底", CompletionStatus.Met)]
        [InlineData("6月底", "2021年6月30日", CompletionStatus.Met)]
        [InlineData("6月底", "2021年7月1日", CompletionStatus.NotMet)]
        [InlineData("2022年12月20日前", "2022年12月20日", CompletionStatus.Met)] // 前 includes the day
        [InlineData("年底前", "12月底", CompletionStatus.Met)]
        public void Given_a_deadline_When_compared_Then_met_when_not_later(string target, string actual, CompletionStatus expected) =>
            Of(target, actual, year: new FiscalYear(2021)).Status.ShouldBe(expected);

        [Fact]
        public void Given_a_deadline_and_an_actual_that_is_not_a_date_When_compared_Then_it_cannot_tell()
        {
            var c = Of("6月底", "已完成", year: new FiscalYear(2021));

            c.Status.ShouldBe(CompletionStatus.CannotTell);
            c.Reason.ShouldBe("实际完成值“已完成”不是日期，不能与期限“6月底”比较");
        }

        [Fact]
        public void Given_a_qualitative_target_When_compared_Then_the_evaluator_judges()
        {
            var c = Of("及时响应", "已响应");

            c.Status.ShouldBe(CompletionStatus.CannotTell);
            c.Reading.ShouldBe(CompletionReading.Qualitative);
            c.Reason.ShouldBe("定性目标“及时响应”须由评价人判断");
        }

        [Theory]
        [InlineData("", "5人", "目标值未填写")]
        [InlineData("≥5人", "", "实际完成值未填写")]
        [InlineData("≥", "5人", "目标值“≥”无法识别")]
        public void Given_an_empty_or_unreadable_value_When_compared_Then_the_reason_says_which(string target, string actual, string reason)
        {
            var c = Of(target, actual);

            c.Status.ShouldBe(CompletionStatus.CannotTell);
            c.Reason!.ShouldStartWith(reason);
        }
    }

    public class ANegativeActual
    {
        [Theory]
        [InlineData("≥2000人次", "-5人次")]
        [InlineData("≤10天", "-1天")]
        [InlineData("≤100万元", "-3万元")]
        public void Of_people_days_or_money_cannot_be_compared(string target, string actual)
        {
            var c = Completion.Of(TargetValue.Parse(target), TargetValue.Parse(actual));

            c.Status.ShouldBe(CompletionStatus.CannotTell);
            c.Reason.ShouldBe($"实际完成值“{actual}”为负数，不能少于 0，无法与目标值“{target}”比较");
        }

        [Fact]
        public void Of_a_share_is_a_fall_and_is_compared()
        {
            // 投诉下降率 ≥5%, actual −2 %: not met, −2 / 5 = −40 %
            var c = Completion.Of(TargetValue.Parse("≥5%"), TargetValue.Parse("-2%"));

            c.Status.ShouldBe(CompletionStatus.NotMet);
            c.Share.ShouldBe(-0.4m);
        }
    }
}
