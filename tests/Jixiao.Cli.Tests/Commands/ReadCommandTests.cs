namespace Jixiao.Cli.Tests.Commands;

public class ReadCommandTests
{
    public class TheSummaryLine
    {
        [Fact]
        public void Names_the_kind_set_unit_and_year_of_a_budget_disclosure()
        {
            var path = SeedFiles.Path(SeedFiles.Xinglong);
            var (exit, console, _) = CliRunner.Run("read", path);
            exit.ShouldBe(0);
            console.ShouldStartWith($"{path}：单位预算公开，表套 H，单位 362001兴隆县医疗保障局本级，年度 2021");
        }

        [Fact]
        public void Names_the_kind_in_Chinese_and_leaves_out_the_set_and_unit_a_form_does_not_have()
        {
            var path = SeedFiles.Path(SeedFiles.Xinzhou);
            var (exit, console, _) = CliRunner.Run("read", path);
            exit.ShouldBe(0);
            console.ShouldStartWith($"{path}：绩效目标申报表，单位 忻州市医疗保险服务中心，年度 2022");
            console.ShouldContain("绩效目标申报表 11 张");
            console.ShouldContain("离休干部业务经办费：实施期 150,000.00 元，年度 150,000.00 元，指标 实施期 7 个、年度 7 个");
            console.ShouldNotContain("PerformanceTargets");
            console.ShouldNotContain("表套");
            console.ShouldNotContain("单位 ，");
        }
    }
}
