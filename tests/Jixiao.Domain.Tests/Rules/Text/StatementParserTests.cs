using Jixiao.Rules.Text;

namespace Jixiao.Domain.Tests.Rules.Text;

public class StatementParserTests
{
    public class TheScanner
    {
        [Fact]
        public void GivenAmountsInEveryUnit_WhenScanned_ThenEachIsAFigureInWanYuan()
        {
            var tokens = TextScanner.Scan("收入6596.36万元、1万元、0万元、48.102803万元、1,234.56万元、1.2亿元、3000元，占9.80%，增长9.8％。")
                .Where(t => t.Kind is TextTokenKind.Amount or TextTokenKind.Percent).ToArray();

            tokens.Select(t => t.ToWanYuan().Value).Take(7).ShouldBe([6596.36m, 1m, 0m, 48.102803m, 1234.56m, 12000m, 0.3m]);
            // 1万元 is read as 1.00 ± 0.005 (published text drops trailing zeros); 48.102803 keeps its six decimals
            tokens[1].ToWanYuan().HalfWidth.ShouldBe(0.005m);
            tokens[3].ToWanYuan().HalfWidth.ShouldBe(0.0000005m);
            // 1.2亿元 keeps its own precision: ± 0.05 亿元 = ± 500 万元
            tokens[5].ToWanYuan().HalfWidth.ShouldBe(500m);
            tokens[7].Kind.ShouldBe(TextTokenKind.Percent);
            tokens[7].Value.ShouldBe(9.80m);
            tokens[7].Decimals.ShouldBe(2);
            tokens[8].Value.ShouldBe(9.8m);
        }

        [Fact]
        public void GivenCodesYearsAndDocumentNumbers_WhenScanned_ThenOnlyTheYearIsAYear()
        {
            var tokens = TextScanner.Scan("13082221KPMIQHAGCZE4A 冀财社[2020]147号 截止时间：2020-12-31，2021年预算");

            tokens.Where(t => t.Kind == TextTokenKind.Year).Select(t => t.Value).ShouldBe([2021m]);
            tokens.ShouldNotContain(t => t.Kind == TextTokenKind.Amount);
        }

        [Fact]
        public void GivenAVeryLongParagraph_WhenScanned_ThenItTakesLinearTime()
        {
            var text = string.Concat(Enumerable.Repeat("办公费4.55万元、差旅费1万元、", 20_000));
            var watch = System.Diagnostics.Stopwatch.StartNew();

            var statements = StatementParser.Parse(text);

            watch.Elapsed.TotalSeconds.ShouldBeLessThan(5);
            statements.Single().Amounts.Count.ShouldBe(40_000);
        }
    }

    public class TheParseMethod
    {
        [Fact]
        public void GivenTheSeedRunningCostsSentence_WhenParsed_ThenTheEightItemsArePartsOf16_18()
        {
            var list = StatementParser.Parse(TestDisclosure.RunningCosts).Single().Lists.Single();

            list.Parent!.Figure.Value.ShouldBe(16.18m);
            list.Parts.Select(p => p.Figure.Value).ShouldBe([4.55m, 1m, 1.2m, 1m, 2m, 4.05m, 1.5m, 0.88m]);
        }

        [Fact]
        public void GivenTheSeedThreePublicSentence_WhenParsed_ThenTheBracketedPartsBelongToTheVehicles()
        {
            var statement = StatementParser.Parse(TestDisclosure.ThreePublic).First();

            var top = statement.Lists.Single(l => l.Parent!.Figure.Value == 2.5m);
            top.Parts.Select(p => p.Figure.Value).ShouldBe([0m, 1.5m, 1m]);
            var vehicles = statement.Lists.Single(l => l.Parent == top.Parts[1]);
            vehicles.Parts.Select(p => p.Figure.Value).ShouldBe([0m, 1.5m]);
            // the changes (较上年增加1.5万元, 1万元) are not parts
            statement.Amounts.Count(a => a.Role == AmountRole.Change).ShouldBe(2);
            statement.Changes.Count(c => c.Flat).ShouldBe(2);
        }

        [Fact]
        public void GivenASecondQiZhong_WhenItsPartsExceedThePartBefore_ThenItIsASecondBreakdownOfTheTotal()
        {
            var statement = StatementParser.Parse(TestDisclosure.Expenditure).Last();

            statement.Lists.Count.ShouldBe(2);
            statement.Lists[0].Parts.Select(p => p.Figure.Value).ShouldBe([53.84m, 6523.54m, 18.98m]);
            statement.Lists[1].Parent.ShouldBe(statement.Lists[0].Parent);
            statement.Lists[1].Parts.Select(p => p.Figure.Value).ShouldBe([282.12m, 16.18m, 10.07m]);
        }

        [Fact]
        public void GivenAnUnbracketedNestedListFollowedByASibling_WhenItIsComplete_ThenTheSiblingBelongsToTheOuterList()
        {
            var statement = StatementParser.Parse("“三公”经费2.5万元，其中：因公出国（境）费0万元，公务用车购置及运维费1.5万元，其中公务用车购置费0万元，公务用车运行维护费1.5万元，公务接待费1万元。").Single();

            statement.Lists.Single(l => l.Parent!.Figure.Value == 2.5m).Parts.Select(p => p.Figure.Value).ShouldBe([0m, 1.5m, 1m]);
            statement.Lists.Single(l => l.Parent!.Figure.Value == 1.5m).Parts.Select(p => p.Figure.Value).ShouldBe([0m, 1.5m]);
        }

        [Fact]
        public void GivenAChangeAgainstANamedYear_WhenParsed_ThenItBelongsToTheAmountBefore()
        {
            var change = StatementParser.Parse("2021年收入预算6596.36万元，比2020年增加596.36万元，增长9.94%。").Single().Changes.Single();

            change.Subject!.Figure.Value.ShouldBe(6596.36m);
            change.SubjectLabel.ShouldBeNull();
            change.Rate!.Value.Value.ShouldBe(9.94m);
        }

        [Fact]
        public void GivenALabelWithABracketInside_WhenParsed_ThenTheBracketIsPartOfTheLabel()
        {
            var amount = StatementParser.Parse("其中：因公出国（境）费0万元").Single().Amounts.Single();

            amount.Label.ShouldBe("因公出国（境）费");
            amount.Depth.ShouldBe(0);
        }

        [Fact]
        public void GivenAChangeWithItsRate_WhenParsed_ThenTheyBelongToTheAmountBefore()
        {
            var change = StatementParser.Parse("公用经费16.18万元，比上年减少0.2万元，下降1.22%。").Single().Changes.Single();

            change.Subject!.Figure.Value.ShouldBe(16.18m);
            change.Amount!.Figure.Value.ShouldBe(0.2m);
            change.Direction.ShouldBe(-1);
            change.Rate!.Value.Value.ShouldBe(1.22m);
            change.RateDirection.ShouldBe(-1);
        }
    }
}
