using Jixiao.Monitoring;

namespace Jixiao.Domain.Tests.Monitoring;

public class MonitoringThresholdsTests
{
    private const string Valid = """
        { "redBelow": 0.6, "greenFrom": 0.8, "blueFrom": 1.2, "attainmentAheadOfSpending": 0.05, "unspentAtYearEnd": 0.2 }
        """;

    private static string With(string field, string value) =>
        System.Text.RegularExpressions.Regex.Replace(Valid, $"\"{field}\": [^,}}]+", $"\"{field}\": {value}");

    public class TheShippedDefaults
    {
        [Fact]
        public void Given_the_shipped_file_When_loaded_Then_the_lines_of_evaluation_md()
        {
            // evaluation-domain.md: below 60 % red, 60–80 % yellow, from 80 % green, ≥ 120 % blue; warnings at 5 points and 20 %.
            var t = MonitoringThresholds.Default;

            (t.RedBelow, t.GreenFrom, t.BlueFrom, t.AttainmentAheadOfSpending, t.UnspentAtYearEnd).ShouldBe((0.60m, 0.80m, 1.20m, 0.05m, 0.20m));
            t.Name.ShouldBe("默认阈值");
            t.Source.ShouldNotBeEmpty();
        }

        [Theory]
        [InlineData("0.5999", MonitoringLight.Red)]
        [InlineData("0.6", MonitoringLight.Yellow)]
        [InlineData("0.59995", MonitoringLight.Yellow)] // printed 60.00 %
        [InlineData("0.7999", MonitoringLight.Yellow)]
        [InlineData("0.8", MonitoringLight.Green)]
        [InlineData("1.1999", MonitoringLight.Green)]
        [InlineData("1.2", MonitoringLight.Blue)]
        public void Given_a_ratio_When_lit_for_an_indicator_Then_the_band_it_falls_in(string ratio, MonitoringLight light) =>
            MonitoringThresholds.Default.LightOf(decimal.Parse(ratio, System.Globalization.CultureInfo.InvariantCulture), allowBlue: true).ShouldBe(light);

        [Fact]
        public void Given_a_ratio_of_120_percent_When_lit_for_spending_Then_green() =>
            MonitoringThresholds.Default.LightOf(1.2m, allowBlue: false).ShouldBe(MonitoringLight.Green);
    }

    public class TheParseMethod
    {
        [Fact]
        public void Given_a_province_file_with_comments_When_parsed_Then_its_values()
        {
            var t = MonitoringThresholds.Parse("""
                // 某省
                { "name": "某省阈值", "source": "某省财政厅", "redBelow": 0.5, "greenFrom": 0.75, "blueFrom": 1.3,
                  "attainmentAheadOfSpending": 0.1, "unspentAtYearEnd": 0.15, }
                """);

            t.ShouldBe(new MonitoringThresholds(0.5m, 0.75m, 1.3m, 0.1m, 0.15m) { Name = "某省阈值", Source = "某省财政厅" });
        }

        [Theory]
        [InlineData("greenFrom", "0.6", "redBelow < greenFrom < blueFrom")]
        [InlineData("greenFrom", "0.5", "给出的是 0.6、0.5、1.2")]
        [InlineData("blueFrom", "0.8", "redBelow < greenFrom < blueFrom")]
        [InlineData("redBelow", "-0.1", "字段“redBelow”应在 0 到 10 之间")]
        [InlineData("blueFrom", "12", "字段“blueFrom”应在 0 到 10 之间")]
        [InlineData("unspentAtYearEnd", "10.5", "字段“unspentAtYearEnd”应在 0 到 10 之间")]
        [InlineData("redBelow", "\"0.6\"", "字段“redBelow”应为数")]
        [InlineData("attainmentAheadOfSpending", "null", "字段“attainmentAheadOfSpending”应为数")]
        public void Given_a_bad_threshold_When_parsed_Then_refused_naming_it(string field, string value, string message)
        {
            var e = Should.Throw<FormatException>(() => MonitoringThresholds.Parse(With(field, value)));

            e.Message.ShouldStartWith("监控阈值有误：");
            e.Message.ShouldContain(message);
        }

        [Fact]
        public void Given_a_missing_threshold_When_parsed_Then_refused_naming_it() =>
            Should.Throw<FormatException>(() => MonitoringThresholds.Parse("""{ "redBelow": 0.6, "greenFrom": 0.8, "blueFrom": 1.2, "attainmentAheadOfSpending": 0.05 }"""))
                .Message.ShouldContain("缺少字段“unspentAtYearEnd”");

        [Fact]
        public void Given_a_misspelt_field_When_parsed_Then_refused_as_unknown() =>
            Should.Throw<FormatException>(() => MonitoringThresholds.Parse(Valid.Replace("\"redBelow\"", "\"redbelow\"", StringComparison.Ordinal)))
                .Message.ShouldContain("未知字段“redbelow”");

        [Fact]
        public void Given_every_problem_When_parsed_Then_all_are_told_at_once()
        {
            var e = Should.Throw<FormatException>(() => MonitoringThresholds.Parse("""{ "redBelow": 11, "greenFrom": "x", "name": 3 }"""));

            e.Message.ShouldContain("字段“redBelow”应在 0 到 10 之间");
            e.Message.ShouldContain("字段“greenFrom”应为数");
            e.Message.ShouldContain("缺少字段“blueFrom”");
            e.Message.ShouldContain("字段“name”应为文字");
        }

        [Theory]
        [InlineData("{ \"redBelow\": ", "不是有效的 JSON")]
        [InlineData("[0.6, 0.8]", "应为一个 JSON 对象")]
        [InlineData("{ \"redBelow\": 0.6, \"redBelow\": 0.5, \"greenFrom\": 0.8, \"blueFrom\": 1.2, \"attainmentAheadOfSpending\": 0.05, \"unspentAtYearEnd\": 0.2 }", "字段“redBelow”出现了两次")]
        public void Given_a_file_that_is_not_a_thresholds_object_When_parsed_Then_refused(string json, string message) =>
            Should.Throw<FormatException>(() => MonitoringThresholds.Parse(json)).Message.ShouldContain(message);
    }
}
