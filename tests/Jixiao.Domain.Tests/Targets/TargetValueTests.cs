using Jixiao.Codes;
using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Targets;

public class TargetValueTests
{
    private static string Read(string? text) => Describe.Of(TargetValue.Parse(text));

    /// <summary>Each form listed in docs/performance-targets-domain.md, 指标值: what a target value looks like.</summary>
    public class TheParseMethodOnTheFormsOfTheSpec
    {
        [Theory]
        [InlineData("≥5个", "≥5个 [Count]")]
        [InlineData("≥95%", "≥95% [Percent]")]
        [InlineData("≤10万元", "≤10万元 [Money =100000元]")]
        [InlineData("≥419713人", "≥419713人 [Count]")]
        [InlineData("≤ 2272689 人", "≤2272689人 [Count]")]
        [InlineData("≤30工作日", "≤30工作日 [Duration]")]
        [InlineData("≥1000册", "≥1000册 [Count]")]
        [InlineData("≥600家", "≥600家 [Count]")]
        [InlineData("≤6月", "≤6月 [Duration]")]
        [InlineData("≤11个月", "≤11个月 [Duration]")]
        [InlineData("≤60分钟", "≤60分钟 [Duration =3600秒]")]
        [InlineData(">95…", ">95")]
        public void Given_a_comparison_a_number_and_a_unit_When_parsed_Then_all_three_are_read(string text, string expected) =>
            Read(text).ShouldBe(expected);

        [Theory]
        [InlineData("60分钟以下", "≤60分钟 [Duration =3600秒]")]
        [InlineData("90%以上", "≥90% [Percent]")]
        [InlineData("2次以上", "≥2次 [Count]")]
        [InlineData("大于90%", ">90% [Percent]")]
        [InlineData("不超过年初预算数", "≤ ref 年初预算数")]
        public void Given_a_comparison_in_words_When_parsed_Then_it_is_the_same_as_the_symbol(string text, string expected) =>
            Read(text).ShouldBe(expected);

        [Theory]
        [InlineData("2人", "=2人 [Count]")]
        [InlineData("39人", "=39人 [Count]")]
        [InlineData("0人", "=0人 [Count]")]
        [InlineData("100%", "=100% [Percent]")]
        [InlineData("3个", "=3个 [Count]")]
        [InlineData("12个月", "=12个月 [Duration]")]
        [InlineData("18000元/年", "=18000元/年 [Money per 年]")]
        [InlineData("≤28000元/人/年", "≤28000元/人/年 [Money per 人/年]")]
        public void Given_an_exact_value_When_parsed_Then_it_is_equal(string text, string expected) =>
            Read(text).ShouldBe(expected);

        [Theory]
        [InlineData("60%-70%", "60%..70% [Percent]")]
        [InlineData("住院比例55%-85%", "55%..85% [Percent] before=住院比例")]
        public void Given_a_range_When_parsed_Then_both_ends_are_read(string text, string expected) =>
            Read(text).ShouldBe(expected);

        [Theory]
        [InlineData("2022年12月20日前", "deadline year=2022 month=12 day=20 Before")]
        [InlineData("2022年6月30日前", "deadline year=2022 month=6 day=30 Before")]
        [InlineData("11月底", "deadline month=11 end On")]
        [InlineData("12月底", "deadline month=12 end On")]
        [InlineData("6月底", "deadline month=6 end On")]
        [InlineData("4月", "deadline month=4 On")]
        [InlineData("每季度", "every 1 Quarter")]
        [InlineData("每季度一次", "every 1 Quarter =1次 [Count]")]
        [InlineData("1年", "=1年 [Duration =12月]")]
        public void Given_a_deadline_or_a_period_When_parsed_Then_it_is_read(string text, string expected) =>
            Read(text).ShouldBe(expected);

        [Theory]
        [InlineData("及时响应")]
        [InlineData("显著提升")]
        [InlineData("有效提升")]
        [InlineData("影响程度较高")]
        [InlineData("持续运行")]
        [InlineData("有效减轻")]
        [InlineData("成效明显")]
        [InlineData("稳步推进")]
        [InlineData("保障")]
        [InlineData("提高")]
        public void Given_words_only_When_parsed_Then_they_are_qualitative(string text) =>
            Read(text).ShouldBe("qualitative " + text);

        [Theory]
        [InlineData("$\\geq 92\\%$", "≥92% [Percent]")]
        [InlineData("≥95服务满意程度", "≥95 after=服务满意程度")]
        [InlineData("≥100贫困人口全员补助100%", "≥100% [Percent] after=贫困人口全员补助100%")]
        public void Given_extraction_noise_When_parsed_Then_the_value_is_read_through_it(string text, string expected) =>
            Read(text).ShouldBe(expected);
    }

    public class TheParseMethodOnComparisons
    {
        [Theory]
        [InlineData("≥5", Comparison.AtLeast)]
        [InlineData("95%以上", Comparison.AtLeast)]
        [InlineData("95%及以上", Comparison.AtLeast)]
        [InlineData("不低于95%", Comparison.AtLeast)]
        [InlineData("不少于3次", Comparison.AtLeast)]
        [InlineData("至少2次", Comparison.AtLeast)]
        [InlineData("达到95%", Comparison.AtLeast)]
        [InlineData("大于等于90%", Comparison.AtLeast)]
        [InlineData("≥95%以上", Comparison.AtLeast)]
        [InlineData("≤5", Comparison.AtMost)]
        [InlineData("5人以下", Comparison.AtMost)]
        [InlineData("10万元以内", Comparison.AtMost)]
        [InlineData("3个工作日内", Comparison.AtMost)]
        [InlineData("不超过5万元", Comparison.AtMost)]
        [InlineData("不高于5%", Comparison.AtMost)]
        [InlineData("不多于3次", Comparison.AtMost)]
        [InlineData("控制在10万元以内", Comparison.AtMost)]
        [InlineData(">5", Comparison.GreaterThan)]
        [InlineData("大于5", Comparison.GreaterThan)]
        [InlineData("超过5", Comparison.GreaterThan)]
        [InlineData("高于5%", Comparison.GreaterThan)]
        [InlineData("<5", Comparison.LessThan)]
        [InlineData("小于5", Comparison.LessThan)]
        [InlineData("低于5%", Comparison.LessThan)]
        [InlineData("少于3次", Comparison.LessThan)]
        [InlineData("不满18人", Comparison.LessThan)]
        [InlineData("=5", Comparison.Equal)]
        [InlineData("5", Comparison.Equal)]
        public void Given_a_comparison_word_or_symbol_When_parsed_Then_it_is_the_comparison(string text, Comparison expected)
        {
            var value = TargetValue.Parse(text);

            value.Kind.ShouldBe(TargetValueKind.Quantity);
            value.Comparison.ShouldBe(expected);
        }

        [Fact]
        public void Given_comparisons_before_and_after_that_disagree_When_parsed_Then_it_is_unreadable()
        {
            var value = TargetValue.Parse("≥5人以下");

            value.Kind.ShouldBe(TargetValueKind.Unreadable);
            value.Reason.ShouldBe("数值前后的比较方向相反");
        }

        [Fact]
        public void Given_a_weak_comparison_word_in_a_sentence_without_a_number_When_parsed_Then_the_sentence_is_qualitative() =>
            Read("超额完成任务，达到预期").ShouldBe("qualitative 超额完成任务，达到预期");

        [Fact]
        public void Given_a_description_before_a_comparison_word_When_parsed_Then_it_is_kept_before() =>
            Read("参保人员满意度达到95%").ShouldBe("≥95% [Percent] before=参保人员满意度");
    }

    public class TheParseMethodOnUnits
    {
        [Fact]
        public void Given_wan_yuan_When_parsed_Then_the_amount_converts_exactly_to_yuan()
        {
            var value = TargetValue.Parse("≤16万元").Value!.Value;

            value.TryGetYuan(out var yuan).ShouldBeTrue();
            yuan.Value.ShouldBe(160_000m);
            value.TryConvert(MeasureUnit.Yuan, out var inYuan).ShouldBeTrue();
            inYuan.Value.ShouldBe(160_000m);
            inYuan.Unit.ShouldBe(MeasureUnit.Yuan);
        }

        [Fact]
        public void Given_yuan_When_converted_to_wan_yuan_Then_it_is_exact()
        {
            var value = TargetValue.Parse("150000元").Value!.Value;

            value.TryConvert(MeasureUnit.WanYuan, out var wan).ShouldBeTrue();
            wan.Value.ShouldBe(15m);
        }

        [Fact]
        public void Given_a_cost_target_in_wan_yuan_and_money_in_yuan_When_compared_Then_the_base_decides()
        {
            // 离休干部业务经办费: 150,000 元 of money against a 成本指标 of ≤16万元.
            var target = TargetValue.Parse("≤16万元").Value!.Value;
            var money = new Quantity(150_000m, MeasureUnit.Yuan);

            Quantity.TryCompare(money, target, out int order).ShouldBeTrue();
            order.ShouldBeLessThan(0);
        }

        [Theory]
        [InlineData("1.5亿元", 150_000_000)]
        [InlineData("12920.21万元", 129_202_100)]
        [InlineData("3千元", 3_000)]
        [InlineData("2百万元", 2_000_000)]
        public void Given_money_in_a_larger_unit_When_parsed_Then_its_yuan_are_exact(string text, long yuan)
        {
            TargetValue.Parse(text).Value!.Value.TryGetYuan(out var amount).ShouldBeTrue();

            amount.Value.ShouldBe(yuan);
        }

        [Fact]
        public void Given_a_unit_cost_When_asked_for_yuan_Then_it_is_not_an_amount()
        {
            var cost = TargetValue.Parse("≤28000元/人/年").Value!.Value;

            cost.Unit.Dimension.ShouldBe(Dimension.Money);
            cost.Unit.Per.ShouldBe("人/年");
            cost.TryGetYuan(out _).ShouldBeFalse();
            cost.TryConvert(MeasureUnit.Yuan, out _).ShouldBeFalse();
        }

        [Theory]
        [InlineData("2小时", "120分钟", 0)]
        [InlineData("1年", "12个月", 0)]
        [InlineData("1天", "23小时", 1)]
        [InlineData("2季度", "7个月", -1)]
        [InlineData("5‰", "0.5%", 0)]
        [InlineData("1吨", "999公斤", 1)]
        [InlineData("50万人", "500000人", 0)]
        public void Given_two_quantities_of_one_dimension_When_compared_Then_their_base_decides(string a, string b, int expected)
        {
            var left = TargetValue.Parse(a).Value!.Value;
            var right = TargetValue.Parse(b).Value!.Value;

            Quantity.TryCompare(left, right, out int order).ShouldBeTrue();
            Math.Sign(order).ShouldBe(expected);
        }

        [Theory]
        [InlineData("5人", "5次")]
        [InlineData("5万元", "5%")]
        [InlineData("30工作日", "30天")]
        [InlineData("1个百分点", "1%")]
        [InlineData("18000元/年", "18000元")]
        public void Given_quantities_that_do_not_convert_When_compared_Then_it_is_refused(string a, string b) =>
            Quantity.TryCompare(TargetValue.Parse(a).Value!.Value, TargetValue.Parse(b).Value!.Value, out _).ShouldBeFalse();

        [Fact]
        public void Given_a_bare_scale_When_parsed_Then_it_multiplies_a_bare_number()
        {
            var value = TargetValue.Parse("10万").Value!.Value;

            value.Unit.Dimension.ShouldBe(Dimension.None);
            value.InBase.ShouldBe(100_000m);
        }

        [Theory]
        [InlineData("万元", Dimension.Money, 10_000)]
        [InlineData("%", Dimension.Percent, 1)]
        [InlineData("个工作日", Dimension.Duration, 1)]
        [InlineData("万人次", Dimension.Count, 10_000)]
        [InlineData("分", Dimension.Score, 1)]
        [InlineData("平方公里", Dimension.Physical, 1_000_000)]
        public void Given_a_unit_text_When_parsed_Then_its_dimension_and_factor_are_known(string text, Dimension dimension, long factor)
        {
            MeasureUnit.TryParse(text, out var unit).ShouldBeTrue();

            unit.Dimension.ShouldBe(dimension);
            unit.Factor.ShouldBe(factor);
            unit.Text.ShouldBe(text);
        }

        [Theory]
        [InlineData("")]
        [InlineData("人员")]
        [InlineData("万元整")]
        [InlineData("/")]
        public void Given_a_text_that_is_not_a_unit_When_parsed_as_one_Then_it_is_refused(string text) =>
            MeasureUnit.TryParse(text, out _).ShouldBeFalse();

        [Fact]
        public void Given_a_one_character_unit_that_starts_a_word_When_parsed_Then_the_word_stays_in_the_description() =>
            Read("≥95项目在所有立项项目中的比例（百分比）").ShouldBe("≥95 after=项目在所有立项项目中的比例（百分比）");
    }

    public class TheParseMethodOnRanges
    {
        [Theory]
        [InlineData("60-70%")]
        [InlineData("60%~70%")]
        [InlineData("60%～70%")]
        [InlineData("60%至70%")]
        [InlineData("60%—70%")]
        [InlineData("60％－70％")]
        public void Given_a_range_in_any_spelling_When_parsed_Then_both_ends_are_in_percent(string text) =>
            Read(text).ShouldBe("60%..70% [Percent]");

        [Fact]
        public void Given_ends_in_different_money_units_When_parsed_Then_they_compare_in_yuan()
        {
            var value = TargetValue.Parse("1万元-20000元");

            value.Kind.ShouldBe(TargetValueKind.Range);
            value.Lower!.Value.InBase.ShouldBe(10_000m);
            value.Upper!.Value.InBase.ShouldBe(20_000m);
        }

        [Theory]
        [InlineData("80%-60%", "区间下限大于上限")]
        [InlineData("5人-10次", "区间两端的单位不一致")]
        [InlineData("≥60%-70%", "区间前不应有比较符号")]
        public void Given_a_range_that_cannot_hold_When_parsed_Then_it_is_unreadable_with_the_reason(string text, string reason)
        {
            var value = TargetValue.Parse(text);

            value.Kind.ShouldBe(TargetValueKind.Unreadable);
            value.Reason.ShouldBe(reason);
        }
    }

    public class TheParseMethodOnDeadlines
    {
        private static readonly FiscalYear Year2021 = new(2021);

        [Theory]
        [InlineData("2022年12月20日前", "2022-12-20")]
        [InlineData("2022年6月30日前", "2022-06-30")]
        [InlineData("6月底", "2021-06-30")]
        [InlineData("2月底", "2021-02-28")]
        [InlineData("2月29日前", "2021-02-28")]
        [InlineData("年底前完成", "2021-12-31")]
        [InlineData("年内", "2021-12-31")]
        [InlineData("2022年底", "2022-12-31")]
        [InlineData("2022年", "2022-12-31")]
        [InlineData("4月", "2021-04-30")]
        [InlineData("6月份", "2021-06-30")]
        [InlineData("12月31日", "2021-12-31")]
        [InlineData("不晚于2022年6月30日", "2022-06-30")]
        public void Given_a_deadline_When_asked_for_its_latest_date_Then_it_is_the_last_day_that_meets_it(string text, string date)
        {
            var value = TargetValue.Parse(text);

            value.Kind.ShouldBe(TargetValueKind.Deadline);
            value.Deadline!.LatestDate(Year2021).ShouldBe(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
        }

        [Theory]
        [InlineData("年底前完成", "deadline end Before after=完成")]
        [InlineData("年内", "deadline Within")]
        [InlineData("2022年底", "deadline year=2022 end On")]
        [InlineData("2022年度", "deadline year=2022 On")]
        [InlineData("6月末", "deadline month=6 end On")]
        [InlineData("6月之前", "deadline month=6 Before")]
        [InlineData("6月内", "deadline month=6 Within")]
        [InlineData("≤2022年6月30日", "deadline year=2022 month=6 day=30 Before")]
        [InlineData("不晚于2022年6月30日", "deadline year=2022 month=6 day=30 Before")]
        [InlineData("2022-12-31前", "deadline year=2022 month=12 day=31 Before")]
        [InlineData("2022/6/30", "deadline year=2022 month=6 day=30 On")]
        [InlineData("2022.06.30前", "deadline year=2022 month=6 day=30 Before")]
        [InlineData("确保2022年6月30日前拨付到位", "deadline year=2022 month=6 day=30 Before before=确保 after=拨付到位")]
        public void Given_a_deadline_When_parsed_Then_its_parts_are_read(string text, string expected) =>
            Read(text).ShouldBe(expected);

        [Theory]
        [InlineData("2022年2月30日前", "日期无效：2022年2月30日")]
        [InlineData("2022年13月", "日期无效：13月")]
        [InlineData("6月0日", "日期无效：6月0日")]
        [InlineData("2022-02-30", "日期无效：2022年2月30日")]
        [InlineData("≥2022年6月30日", "日期前的“不少于/大于”类比较无法理解")]
        public void Given_a_date_that_does_not_exist_When_parsed_Then_it_is_unreadable_with_the_reason(string text, string reason)
        {
            var value = TargetValue.Parse(text);

            value.Kind.ShouldBe(TargetValueKind.Unreadable);
            value.Reason.ShouldBe(reason);
        }
    }

    public class TheParseMethodOnFrequencies
    {
        [Theory]
        [InlineData("每季度", "every 1 Quarter")]
        [InlineData("每季度一次", "every 1 Quarter =1次 [Count]")]
        [InlineData("每月", "every 1 Month")]
        [InlineData("每年", "every 1 Year")]
        [InlineData("每半年", "every 1 HalfYear")]
        [InlineData("每周两次", "every 1 Week =2次 [Count]")]
        [InlineData("每年不少于2次", "every 1 Year ≥2次 [Count]")]
        [InlineData("每2个月1次", "every 2 Month =1次 [Count]")]
        [InlineData("每季度开展一次", "every 1 Quarter after=开展一次")]
        public void Given_a_frequency_When_parsed_Then_the_period_and_the_times_are_read(string text, string expected) =>
            Read(text).ShouldBe(expected);

        [Fact]
        public void Given_an_amount_per_person_and_year_When_parsed_Then_it_is_an_amount_not_a_frequency() =>
            Read("每人每年1000元").ShouldBe("=1000元 [Money] before=每人每年");
    }

    public class TheParseMethodOnNoise
    {
        [Theory]
        [InlineData("≥９５％", "≥95% [Percent]")]
        [InlineData("＞＝90%", "≥90% [Percent]")]
        [InlineData(">=90%", "≥90% [Percent]")]
        [InlineData("> = 90 %", "≥90% [Percent]")]
        [InlineData("<=5万元", "≤5万元 [Money =50000元]")]
        [InlineData("≧95%", "≥95% [Percent]")]
        [InlineData("≦5%", "≤5% [Percent]")]
        [InlineData("＞95％", ">95% [Percent]")]
        [InlineData("＜5％", "<5% [Percent]")]
        [InlineData("419,713人", "=419713人 [Count]")]
        [InlineData("1,234.5万元", "=1234.5万元 [Money =12345000元]")]
        [InlineData("２人", "=2人 [Count]")]
        [InlineData("$\\leq$ 10万元", "≤10万元 [Money =100000元]")]
        [InlineData("$\\ge 5$个", "≥5个 [Count]")]
        [InlineData("95\\%", "=95% [Percent]")]
        [InlineData("≥95%。", "≥95% [Percent]")]
        [InlineData("≥95...", "≥95")]
        [InlineData(" ≥95% ", "≥95% [Percent]")]
        [InlineData("满意度：≥95%", "≥95% [Percent] before=满意度")]
        [InlineData("12 13", "=12 after=13")]
        [InlineData("1.医疗救助资金及时到位发放", "qualitative 1.医疗救助资金及时到位发放")]
        [InlineData("完成5G基站建设", "qualitative 完成5G基站建设")]
        [InlineData("1e3人", "=1000人 [Count]")]
        public void Given_noise_around_a_value_When_parsed_Then_the_value_is_read(string text, string expected) =>
            Read(text).ShouldBe(expected);

        [Fact]
        public void Given_a_glued_description_When_parsed_Then_the_original_text_is_kept()
        {
            var value = TargetValue.Parse("≥95服务满意程度");

            value.Text.ShouldBe("≥95服务满意程度");
            value.Comparison.ShouldBe(Comparison.AtLeast);
            value.Value!.Value.Value.ShouldBe(95m);
            value.Value.Value.Unit.ShouldBe(MeasureUnit.None);
            value.After.ShouldBe("服务满意程度");
        }

        [Theory]
        [InlineData("-5%", "=-5% [Percent]")]
        [InlineData("≥-5%", "≥-5% [Percent]")]
        [InlineData("+5%", "=5% [Percent]")]
        [InlineData("0000012人", "=12人 [Count]")]
        [InlineData("9999999999999999999人", "=9999999999999999999人 [Count]")]
        [InlineData("12345678901234567890.5人", "=12345678901234567890.5人 [Count]")]
        [InlineData("1234567890123456789012345678人", "=1234567890123456789012345678人 [Count]")]
        [InlineData("1.5e3元", "=1500元 [Money]")]
        public void Given_a_number_at_the_edge_of_the_fast_path_When_parsed_Then_it_is_exact(string text, string expected) =>
            Read(text).ShouldBe(expected);

        [Fact]
        public void Given_printed_decimals_When_parsed_Then_they_are_kept_exactly()
        {
            var value = TargetValue.Parse("12579.3097").Value!.Value;

            value.Value.ShouldBe(12579.3097m);
            value.Value.Scale.ShouldBe((byte)4);
        }
    }

    public class TheParseMethodOnGarbage
    {
        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("\u3000")]
        [InlineData("—")]
        [InlineData("——")]
        [InlineData("/")]
        [InlineData("-")]
        [InlineData("$$")]
        [InlineData("。")]
        public void Given_nothing_or_a_placeholder_When_parsed_Then_it_is_empty_with_a_reason(string? text)
        {
            var value = TargetValue.Parse(text);

            value.Kind.ShouldBe(TargetValueKind.Empty);
            value.Reason.ShouldNotBeNullOrWhiteSpace();
            value.Text.ShouldBe(text ?? "");
        }

        [Theory]
        [InlineData("abc", "无法识别：既不是数值、期限或频次，也不是文字描述")]
        [InlineData("1234567890123456789012345678901234567890", "数值超出可表示的范围（最多28位有效数字）")]
        [InlineData("≥1234567890123456789012345678901234567890人", "数值超出可表示的范围（最多28位有效数字）")]
        [InlineData("1e400", "数值超出可表示的范围（最多28位有效数字）")]
        [InlineData("≥", "比较符号后缺少数值")]
        [InlineData("≥%", "比较符号后缺少数值")]
        [InlineData("%", "只有单位“%”，缺少数值")]
        [InlineData("万元", "只有单位“万元”，缺少数值")]
        [InlineData("≥5G", "比较符号后的数字与字母相连，不是数值")]
        [InlineData("99999999999999999999999999亿元", "数值超出可表示的范围")]
        public void Given_garbage_When_parsed_Then_it_is_unreadable_with_the_reason(string text, string reason)
        {
            var value = TargetValue.Parse(text);

            value.Kind.ShouldBe(TargetValueKind.Unreadable);
            value.Reason.ShouldBe(reason);
            value.Text.ShouldBe(text);
        }

        [Fact]
        public void Given_a_very_long_text_When_parsed_Then_it_is_read_without_the_stack()
        {
            string text = new string('很', 100_000) + "≥95%";

            Read(text).ShouldBe("≥95% [Percent] before=" + new string('很', 100_000));
        }
    }
}
