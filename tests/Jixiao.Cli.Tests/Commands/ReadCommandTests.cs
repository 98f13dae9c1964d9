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
            console.ShouldStartWith($"{path}：绩效目标申报表，年度 2022");
            console.ShouldNotContain("PerformanceTargets");
            console.ShouldNotContain("表套");
            console.ShouldNotContain("单位 ，");
        }
    }
}
