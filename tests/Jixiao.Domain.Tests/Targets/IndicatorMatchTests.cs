using Jixiao.Monitoring;
using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Targets;

/// <summary>
/// The one way a reading, an evaluator's entry or a workbook row names a declared indicator (<see cref="Indicator.Matches"/>):
/// white space and full-width forms do not tell names apart, a 二级 given on both sides must agree.
/// </summary>
public class IndicatorMatchTests
{
    private static readonly Indicator Satisfaction = new(Level2Indicator.RecipientSatisfaction, "参保群众满意度", TargetValue.Parse("≥90%"));

    [Theory]
    [InlineData("参保群众满意度 ")]        // a trailing space
    [InlineData("参保群众满意度\u3000")]   // a full-width space
    [InlineData(" 参保群众 满意度")]       // spaces inside and ahead
    public void Given_a_name_differing_only_in_white_space_When_matched_Then_it_names_the_indicator(string name)
    {
        Satisfaction.IsNamedBy(name).ShouldBeTrue();
        Satisfaction.IsNamedBy(name, Level2Indicator.RecipientSatisfaction).ShouldBeTrue();
    }

    [Fact]
    public void Given_full_width_letters_and_digits_When_matched_Then_they_are_the_half_width_ones()
    {
        // ＩＣＵ床位数（２０２３） is ICU床位数(2023) in NFKC
        new Indicator(Level2Indicator.Quantity, "ICU床位数(2023)", TargetValue.Parse("≥10张")).IsNamedBy("ＩＣＵ床位数（２０２３）").ShouldBeTrue();
    }

    [Fact]
    public void Given_another_name_or_another_level2_When_matched_Then_it_does_not_name_the_indicator()
    {
        Satisfaction.IsNamedBy("参保群众满意率").ShouldBeFalse();
        Satisfaction.IsNamedBy("参保群众满意度", Level2Indicator.OtherSatisfaction).ShouldBeFalse();
    }

    [Fact]
    public void Given_one_name_under_two_level2_When_matched_without_level2_Then_both_match_and_with_level2_only_its_own()
    {
        Indicator[] declared =
        [
            new(Level2Indicator.RecipientSatisfaction, "满意度", TargetValue.Parse("≥90%")),
            new(Level2Indicator.OtherSatisfaction, "满意度", TargetValue.Parse("≥85%")),
        ];

        declared.Count(d => d.IsNamedBy("满意度 ")).ShouldBe(2);
        declared.Where(d => d.IsNamedBy("满意度\u3000", Level2Indicator.OtherSatisfaction)).ShouldBe([declared[1]]);
    }

    public class TheLatestReading
    {
        private static IndicatorReading Reading(string date, string name, string actual, Level2Indicator? level2 = null) =>
            new(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), name, TargetValue.Parse(actual)) { Level2 = level2 };

        [Fact]
        public void Given_a_reading_spelled_with_a_trailing_or_full_width_space_When_looked_up_Then_it_is_the_indicator_s_reading()
        {
            var x = new ProjectExecution { Readings = [Reading("2023-06-30", "参保群众满意度 ", "88%"), Reading("2023-12-31", "参保群众满意度\u3000", "92%")] };

            x.LatestReading("参保群众满意度", Level2Indicator.RecipientSatisfaction, new DateOnly(2023, 9, 30))!.Actual.Text.ShouldBe("88%");
            x.LatestReading("参保群众满意度", Level2Indicator.RecipientSatisfaction, new DateOnly(2023, 12, 31))!.Actual.Text.ShouldBe("92%");
        }

        [Fact]
        public void Given_readings_of_one_name_under_two_level2_When_looked_up_with_a_level2_Then_only_its_own_and_the_unmarked_count()
        {
            var x = new ProjectExecution
            {
                Readings =
                [
                    Reading("2023-06-30", "满意度", "91%", Level2Indicator.RecipientSatisfaction),
                    Reading("2023-09-30", "满意度", "86%", Level2Indicator.OtherSatisfaction),
                ],
            };
            var end = new DateOnly(2023, 12, 31);

            x.LatestReading("满意度", Level2Indicator.RecipientSatisfaction, end)!.Actual.Text.ShouldBe("91%");
            x.LatestReading("满意度", Level2Indicator.OtherSatisfaction, end)!.Actual.Text.ShouldBe("86%");
            x.LatestReading("满意度", null, end)!.Actual.Text.ShouldBe("86%"); // no 二级 asked: the latest of either
        }
    }
}
