using Jixiao.Rules;
using Jixiao.Rules.Catalog;
using static Jixiao.Domain.Tests.Rules.DisclosureBuilder;

namespace Jixiao.Domain.Tests.Rules.Catalog;

public class CatalogRulesTests
{
    public class TheCodesInCatalogRule
    {
        private readonly CodesInCatalog _rule = new();

        [Fact]
        public void GivenCodesOfTheYearsCatalog_WhenChecked_ThenPasses()
        {
            var d = New();
            d.AddTable("H3", MainPart(Coded("210", "卫生健康支出", 564.55m), Coded("21015", "医疗保障管理事务", 564.55m), Coded("2101501", "行政运行", 564.55m)));
            d.AddTable("H6", MainPart(Coded("302", "商品和服务支出", 1.00m), Coded("30217", "公务接待费", 1.00m)));

            var results = _rule.Run(d);

            results.Of("CAT-01").ShouldBeEmpty();
            results.OutcomeOf("CAT-01").ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenAFunctionalCodeTheCatalogDoesNotList_WhenChecked_ThenAnErrorNamesTableRowCodeAndYear()
        {
            var d = New();
            d.AddTable("H3", MainPart(Coded("21015", "医疗保障管理事务", 18.30m), Coded("2101598", "医疗保障经办事务", 18.30m)));

            var f = _rule.Run(d).Of("CAT-01").ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Error);
            f.Subject.ShouldBe("表3 单位预算支出总表");
            f.Actual.ShouldBe("2101598");
            f.Message.ShouldContain("2101598 医疗保障经办事务");
            f.Message.ShouldContain("2021年支出功能分类科目");
        }

        [Fact]
        public void GivenARealCodeUnderAParentTheShippedListHoldsOnlyPartOf_WhenChecked_ThenAWarningNotAnError()
        {
            // 2050205 高等教育 is a real code; the shipped 2021 list holds none of 类 205
            var d = New();
            d.AddTable("H3", MainPart(Coded("2050205", "高等教育", 1.00m)));

            var f = _rule.Run(d).Of("CAT-01").ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Warning);
        }

        [Fact]
        public void GivenACodeOfNoClassOfTheYear_WhenChecked_ThenAnError()
        {
            var d = New();
            d.AddTable("H3", MainPart(Coded("2980101", "不存在的科目", 1.00m)));

            _rule.Run(d).Of("CAT-01").ShouldHaveSingleItem().Severity.ShouldBe(Severity.Error);
        }

        [Fact]
        public void GivenAnEconomicCodeTheCatalogDoesNotList_WhenChecked_ThenAnErrorNamesTheEconomicCatalog()
        {
            var d = New();
            d.AddTable("H6", MainPart(Coded("302", "商品和服务支出", 1.00m), Coded("30298", "其他费用", 1.00m)));

            var f = _rule.Run(d).Of("CAT-01").ShouldHaveSingleItem();

            f.Message.ShouldContain("30298");
            f.Message.ShouldContain("2021年部门预算支出经济分类科目");
        }

        [Fact]
        public void GivenAYearWithoutCatalog_WhenChecked_ThenTheNearestYearStandsInUnconfirmedAndTheMessageSaysWhich()
        {
            var d = New(year: 2030);
            d.AddTable("H3", MainPart(Coded("2101598", "医疗保障经办事务", 1.00m)));

            var f = _rule.Run(d).Of("CAT-01").ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Warning);
            f.Message.ShouldContain("2027年支出功能分类科目");
            f.Message.ShouldContain("2030年没有科目目录");
        }

        [Fact]
        public void GivenAnUnconfirmedYear_WhenACodeIsMissing_ThenAWarningSaysTheYearsCatalogIsUnconfirmed()
        {
            var d = New(year: 2026);
            d.AddTable("H3", MainPart(Coded("2101598", "医疗保障经办事务", 1.00m)));

            var f = _rule.Run(d).Of("CAT-01").ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Warning);
            f.Message.ShouldContain("不在2026年已知的支出功能分类科目");
            f.Message.ShouldContain("2026年目录未经确认");
        }

        [Fact]
        public void GivenTheCodeAddedBy2024Notice_WhenA2024DocumentPrintsIt_ThenItIsInTheCatalogAndA2023OneIsQuestioned()
        {
            // 财预〔2024〕22号 (2024-03-29) set up 22006 耕地保护考核奖惩基金支出 under 类 220.
            var d2024 = New(year: 2024);
            d2024.AddTable("H3", MainPart(Coded("22006", "耕地保护考核奖惩基金支出", 1.00m)));
            var d2023 = New(year: 2023);
            d2023.AddTable("H3", MainPart(Coded("22006", "耕地保护考核奖惩基金支出", 1.00m)));

            _rule.Run(d2024).Of("CAT-01").ShouldBeEmpty();
            // 2023's list holds only part of 类 220: a code missing there may be real, so it is a warning, not an error
            var f = _rule.Run(d2023).Of("CAT-01").ShouldHaveSingleItem();
            f.Severity.ShouldBe(Severity.Warning);
            f.Message.ShouldContain("只收录了该上级科目下的部分编码");
        }
    }

    public class TheNamesMatchCatalogRule
    {
        private readonly NamesMatchCatalog _rule = new();

        [Fact]
        public void GivenOfficialNames_WhenChecked_ThenPasses()
        {
            var d = New();
            d.AddTable("H1", Part("expenditure", Coded("210", "十、卫生健康支出", 6523.54m)));
            d.AddTable("H3", MainPart(Coded("2101501", "行政运行", 481.39m)));

            var results = _rule.Run(d);

            results.Findings.ShouldBeEmpty();
            results.OutcomeOf("CAT-02").ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenTheSeedsOutdatedClassName_WhenChecked_ThenWarnsWithTheOfficialName()
        {
            // The Xinglong 2021 seed prints 十、医疗卫生与计划生育支出 for 类 210, named 卫生健康支出 since 2019.
            var d = New();
            d.AddTable("H1", Part("expenditure", Coded("210", "十、医疗卫生与计划生育支出", 6523.54m)));

            var f = _rule.Run(d).Of("CAT-02").ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Warning);
            f.Expected.ShouldBe("卫生健康支出");
            f.Actual.ShouldBe("医疗卫生与计划生育支出");
            f.Message.ShouldContain("已过时");
            f.Message.ShouldContain("2018");
        }

        [Fact]
        public void GivenAnAlias_WhenChecked_ThenInfoGivesTheOfficialName()
        {
            var d = New();
            d.AddTable("H6", MainPart(Coded("30110", "城镇职工基本医疗保险缴费", 14.99m)));

            var results = _rule.Run(d);

            var f = results.Of("CAT-02").ShouldHaveSingleItem();
            f.Severity.ShouldBe(Severity.Info);
            f.Expected.ShouldBe("职工基本医疗保险缴费");
            results.OutcomeOf("CAT-02").ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenANameOfAnotherCode_WhenChecked_ThenWarns()
        {
            var d = New();
            d.AddTable("H3", MainPart(Coded("2101501", "医疗保障经办事务", 176.11m)));

            var f = _rule.Run(d).Of("CAT-02").ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Warning);
            f.Expected.ShouldBe("行政运行");
            f.Actual.ShouldBe("医疗保障经办事务");
        }

        [Fact]
        public void GivenTheMappedGovernmentName_WhenChecked_ThenPassesForEitherUnitNature()
        {
            var d = New("S", 2023);
            d.AddTable("S6", MainPart(
                WithGovernment(Coded("30201", "办公费", 6.00m, 0m, 6.00m), "办公经费"),          // 行政 → 50201
                WithGovernment(Coded("30302", "退休费", 8.40m, 8.40m, 0m), "离退休费"),          // both → 50905
                WithGovernment(Coded("30207", "邮电费", 1.20m, 0m, 1.20m), "商品和服务支出")));   // 事业 → 50502

            var results = _rule.Run(d);

            results.Findings.ShouldBeEmpty();
        }

        [Fact]
        public void GivenAGovernmentNameTheMappingDoesNotGive_WhenChecked_ThenWarns()
        {
            var d = New("S", 2023);
            d.AddTable("S6", MainPart(WithGovernment(Coded("30201", "办公费", 6.00m, 0m, 6.00m), "工资奖金津补贴")));

            var f = _rule.Run(d).Of("CAT-02").ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Warning);
            f.Actual.ShouldBe("工资奖金津补贴");
            f.Message.ShouldContain("50201 办公经费（行政）");
            f.Message.ShouldContain("50502 商品和服务支出（事业）");
        }

        [Fact]
        public void GivenAnEconomicNameTheCatalogDoesNotKnow_WhenChecked_ThenWarns()
        {
            var d = New("S", 2023);
            d.AddTable("S6", MainPart(Row("name:办公杂费", null, "办公杂费", 2.00m, 0m, 2.00m)));

            var f = _rule.Run(d).Of("CAT-02").ShouldHaveSingleItem();

            f.Actual.ShouldBe("办公杂费");
            f.Message.ShouldContain("无法确定其编码");
        }

        private static Jixiao.Disclosures.DisclosureRow WithGovernment(Jixiao.Disclosures.DisclosureRow r, string government) =>
            new(r.Key, r.Code, r.Label, r.Values) { Line = r.Line, CodePrinted = false, GovernmentLabel = government };
    }

    public class TheCodesNamedConsistentlyRule
    {
        private readonly CodesNamedConsistently _rule = new();

        [Fact]
        public void GivenOneNamePerCodeAcrossTables_WhenChecked_ThenPasses()
        {
            var d = New();
            d.AddTable("H2", MainPart(Coded("210", "卫生健康支出", 1m), Coded("2101501", "行政运行", 1m), Coded("2080501", "行政单位离退休", 1m)));
            d.AddTable("H3", MainPart(Coded("210", "卫生健康支出", 1m), Coded("2101501", "行政运行", 1m)));

            var results = _rule.Run(d);

            results.Findings.ShouldBeEmpty();
            results.OutcomeOf("CAT-03").ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenTwoNamesForOneCode_WhenChecked_ThenWarnsListingTheTables()
        {
            var d = New();
            d.AddTable("H1", Part("expenditure", Coded("210", "十、医疗卫生与计划生育支出", 6523.54m)));
            d.AddTable("H3", MainPart(Coded("210", "卫生健康支出", 6523.54m)));

            var f = _rule.Run(d).Of("CAT-03").ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Warning);
            f.Message.ShouldContain("表1 为“医疗卫生与计划生育支出”");
            f.Message.ShouldContain("表3 为“卫生健康支出”");
        }

        [Fact]
        public void GivenOneNameWithTwoCodes_WhenChecked_ThenAnError()
        {
            var d = New();
            d.AddTable("H2", MainPart(Coded("2101506", "医疗保障经办事务", 18.30m)));
            d.AddTable("H3", MainPart(Coded("2101598", "医疗保障经办事务", 18.30m)));

            var f = _rule.Run(d).Of("CAT-03").ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Error);
            f.Message.ShouldContain("表2 为 2101506");
            f.Message.ShouldContain("表3 为 2101598");
            f.Message.ShouldContain("没有 2101598");
        }

        [Fact]
        public void GivenANameTheCatalogGivesToSeveralCodes_WhenChecked_ThenNoError()
        {
            // 行政运行 is the name of 2010101 and of 2101501; 其他社会保障和就业支出 of 20899 and of 2089999.
            var d = New();
            d.AddTable("H2", MainPart(Coded("2010101", "行政运行", 1m), Coded("20899", "其他社会保障和就业支出", 5m)));
            d.AddTable("H3", MainPart(Coded("2101501", "行政运行", 1m), Coded("2089999", "其他社会保障和就业支出", 5m)));

            _rule.Run(d).Of("CAT-03").ShouldBeEmpty();
        }
    }
}
