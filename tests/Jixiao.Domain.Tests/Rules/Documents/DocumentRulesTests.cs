using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Rules.Documents;
using static Jixiao.Domain.Tests.Rules.DisclosureBuilder;

namespace Jixiao.Domain.Tests.Rules.Documents;

public class DocumentRulesTests
{
    private static Disclosure AllTablesOfH()
    {
        var d = New();
        foreach (var t in d.Set.Tables) d.AddTable(t.Id).Note = "注：本表无数据";
        return d;
    }

    public class TheEveryTablePublishedRule
    {
        private readonly EveryTablePublished _rule = new();

        [Fact]
        public void GivenEveryTableOfTheSet_WhenChecked_ThenPasses()
        {
            var results = _rule.Run(AllTablesOfH());

            results.Findings.ShouldBeEmpty();
            results.OutcomeOf("DOC-01").ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenATableMissing_WhenChecked_ThenWarnsNamingIt()
        {
            var d = AllTablesOfH();
            d.Tables.RemoveAll(t => t.Template.Id == "H8");

            var f = _rule.Run(d).Of("DOC-01").ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Warning);
            f.Subject.ShouldBe("表8 单位预算国有资本经营预算财政拨款支出表");
            f.Message.ShouldContain("空表列示");
        }

        [Fact]
        public void GivenContentsListingAnAbsentTable_WhenChecked_ThenWarnsWithTheEntry()
        {
            var d = AllTablesOfH();
            d.ContentsEntries.AddRange(d.Set.Tables.Select(t => $"表{t.Number} {t.Title}"));
            d.Tables.RemoveAll(t => t.Template.Id == "H7");

            var f = _rule.Run(d).Of("DOC-01").ShouldHaveSingleItem();

            f.Message.ShouldContain("目录列有“表7 单位预算政府基金预算财政拨款支出表”");
        }

        [Fact]
        public void GivenATablePresentButNotInTheContents_WhenChecked_ThenWarns()
        {
            var d = AllTablesOfH();
            d.ContentsEntries.AddRange(d.Set.Tables.Where(t => t.Number != 9).Select(t => $"{t.Number}.{t.Title}"));

            var f = _rule.Run(d).Of("DOC-01").ShouldHaveSingleItem();

            f.Subject.ShouldStartWith("表9 ");
            f.Message.ShouldContain("目录未列出");
        }
    }

    public class TheEmptyTablesNotedRule
    {
        private readonly EmptyTablesNoted _rule = new();

        [Fact]
        public void GivenAnEmptyTableWithItsNoteAndAFullTableWithout_WhenChecked_ThenPasses()
        {
            var d = New();
            d.AddTable("H7", MainPart(Row("total", null, "合计", 0m, 0m, 0m))).Note = "注：无政府基金预算，空表列示。";
            d.AddTable("H9", MainPart(Row("hospitality", null, "三、公务接待费", 1.00m, 1.00m)));

            var results = _rule.Run(d);

            results.Findings.ShouldBeEmpty();
            results.OutcomeOf("DOC-02").ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenAnEmptyTableWithoutNote_WhenChecked_ThenWarnsWithTheExpectedNote()
        {
            var d = New("S", 2023);
            d.AddTable("S13");

            var f = _rule.Run(d).Of("DOC-02").ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Warning);
            f.Expected.ShouldBe("注：本表无数据");
            f.Actual.ShouldBe("（无表注）");
        }

        [Fact]
        public void GivenANoteSayingEmptyOnATableWithFigures_WhenChecked_ThenWarns()
        {
            var d = New();
            d.AddTable("H9", MainPart(Row("hospitality", null, "三、公务接待费", 1.00m, 1.00m))).Note = "注：本表无数据";

            var f = _rule.Run(d).Of("DOC-02").ShouldHaveSingleItem();

            f.Message.ShouldContain("公务接待费");
            f.Message.ShouldContain("1.00");
        }
    }

    public class TheHeadersAgreeRule
    {
        private readonly HeadersAgree _rule = new();

        private static Disclosure TwoTables(string unit1, string year1, string unit2, string year2)
        {
            var d = New();
            d.AddTable("H1").HeaderLines.AddRange([unit1, $"预算年度：{year1}", "单位：万元"]);
            d.AddTable("H2").HeaderLines.AddRange([unit2, $"预算年度：{year2}", "单位：万元"]);
            return d;
        }

        [Fact]
        public void GivenOneYearOneUnitOneAmountUnit_WhenChecked_ThenPasses()
        {
            var d = TwoTables("362001兴隆县医疗保障局本级", "2021", "362001兴隆县医疗保障局本级", "2021");

            var results = _rule.Run(d);

            results.Findings.ShouldBeEmpty();
            results.OutcomeOf("DOC-03").ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenNoFiscalYear_WhenChecked_ThenAnError()
        {
            var d = New(year: null);
            d.AddTable("H1");

            var f = _rule.Run(d).Of("DOC-03").ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Error);
            f.Message.ShouldContain("未能确定预算年度");
        }

        [Fact]
        public void GivenATableOfAnotherYear_WhenChecked_ThenAnErrorNamesIt()
        {
            var d = TwoTables("362001兴隆县医疗保障局本级", "2021", "362001兴隆县医疗保障局本级", "2020");

            var f = _rule.Run(d).Of("DOC-03").ShouldHaveSingleItem();

            f.Subject.ShouldBe("表2 单位预算收入总表");
            f.Actual.ShouldBe("2020");
            f.Expected.ShouldBe("2021");
        }

        [Fact]
        public void GivenATableOfAnotherUnit_WhenChecked_ThenAnError()
        {
            var d = TwoTables("362001兴隆县医疗保障局本级", "2021", "362001兴隆县医疗保障局本级", "2021");
            d.AddTable("H3").HeaderLines.AddRange(["362002兴隆县医疗保险服务中心", "预算年度：2021", "单位：万元"]);

            var f = _rule.Run(d).Of("DOC-03").ShouldHaveSingleItem();

            f.Subject.ShouldStartWith("表3 ");
            f.Actual.ShouldBe("362002兴隆县医疗保险服务中心");
            f.Expected.ShouldBe("362001兴隆县医疗保障局本级");
        }

        [Fact]
        public void GivenATableInYuan_WhenChecked_ThenAnError()
        {
            var d = TwoTables("单位名称：某县医疗保障局", "2021", "单位名称：某县医疗保障局", "2021");
            d.AddTable("H3").Unit = "元";

            var f = _rule.Run(d).Of("DOC-03").ShouldHaveSingleItem();

            f.Message.ShouldContain("金额单位为“元”");
        }
    }

    public class TheProjectsAddUpRule
    {
        private readonly ProjectsAddUp _rule = new();

        // The 23 performance target tables of the Xinglong 2021 seed (万元), in the order they are printed.
        private static readonly (string Name, decimal Amount)[] XinglongProjects =
        [
            ("冀财社[2020]147号+中央财政医疗救助补助资金", 1077.00m),
            ("宣传印刷费", 10.00m),
            ("医疗保障智能监控系统建设经费", 20.00m),
            ("法律顾问费", 2.00m),
            ("城乡医疗救助县本级住院及门诊救助", 80.00m),
            ("定点医疗机构换牌费", 6.60m),
            ("培训基层定点医疗机构经办人员", 3.00m),
            ("冀财社[2020]201号省级财政城乡居民医保村级代办员补助资金", 5.00m),
            ("专项检查经费", 10.00m),
            ("保险系统升级改造维护", 6.00m),
            ("提高贫困人口医疗保障救助水平新增资金", 450.00m),
            ("代缴村级连接医保系统费用", 41.32m),
            ("居民医保意外伤害认定调查外包服务费", 75.00m),
            ("医疗保障业务档案一体化管理", 15.00m),
            ("劳务派遣人员经费", 16.80m),
            ("贫困人口参保资助", 143.00m),
            ("药采专家费", 5.00m),
            ("长期护理保险", 120.00m),
            ("云视频会议系统服务费", 0.84m),
            ("医疗救助聘用第三方服务费", 17.50m),
            ("城乡居民基本医疗保险补助资金", 3000.00m),
            ("二残干部门诊药费", 40.00m),
            ("冀财社[2020]195号省级财政医疗救助补助", 1154.00m),
        ];

        // 表3 单位预算支出总表, 合计 row: 合计 6596.36 = 基本支出 298.30 + 项目支出 6298.06.
        private static Disclosure Xinglong(IEnumerable<(string Name, decimal Amount)> projects, string unit = "万元", decimal factor = 1m)
        {
            var d = New();
            d.AddTable("H3", MainPart(Row("total", null, "合计", 6596.36m, 298.30m, 6298.06m)));
            int line = 2015;
            foreach (var (name, amount) in projects)
                d.Projects.Add(new DeclaredProject(null, name, Figure.Printed(amount * factor, 2), unit, line += 104));
            return d;
        }

        [Fact]
        public void GivenTheSeeds23Projects_WhenChecked_ThenTheySumToThePublishedProjectTotal()
        {
            XinglongProjects.Length.ShouldBe(23);

            var results = _rule.Run(Xinglong(XinglongProjects));

            results.Of("XT-10", Severity.Error).ShouldBeEmpty();
            results.OutcomeOf("XT-10").ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenFormsInYuan_WhenChecked_ThenTheyAreConvertedToWanYuan()
        {
            var results = _rule.Run(Xinglong(XinglongProjects, "元", 10_000m));

            results.Of("XT-10", Severity.Error).ShouldBeEmpty();
            results.OutcomeOf("XT-10").ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenAProjectWithoutForm_WhenChecked_ThenAnErrorWithTheGap()
        {
            // 长期护理保险 (120.00) dropped: the forms add up to 6298.06 − 120.00 = 6178.06.
            var results = _rule.Run(Xinglong(XinglongProjects.Where(p => p.Name != "长期护理保险")));

            var f = results.Of("XT-10").ShouldHaveSingleItem();
            f.Severity.ShouldBe(Severity.Error);
            f.Actual.ShouldBe("6298.06");
            f.Expected!.ShouldStartWith("6178.06");
            f.Message.ShouldContain("相差 120.00");
            f.Message.ShouldContain("22个项目");
        }

        [Fact]
        public void GivenNoForms_WhenChecked_ThenNotApplicable()
        {
            _rule.Run(Xinglong([])).OutcomeOf("XT-10").ShouldBe(Outcome.NotApplicable);
        }
    }

    public class TheProjectsHaveFormsRule
    {
        private readonly ProjectsHaveForms _rule = new();

        private static Disclosure ProjectTable()
        {
            var d = New("S", 2023);
            d.AddTable("S12", MainPart(
                Row("total", null, "合计", 1283.50m, 1283.50m),
                Row("城乡医疗救助资金", null, "城乡医疗救助资金", 1235.00m, 1235.00m),
                Row("医保信息化平台运行维护费", null, "医保信息化平台运行维护费", 48.50m, 48.50m),
                Row("已停止项目", null, "已停止项目", 0m, 0m)));
            return d;
        }

        [Fact]
        public void GivenAFormForEachProjectWithMoney_WhenChecked_ThenPasses()
        {
            var d = ProjectTable();
            d.Projects.Add(new DeclaredProject(null, "城乡医疗救助资金", Figure.Printed(1235.00m, 2), "万元", 300));
            d.Projects.Add(new DeclaredProject(null, "医保信息化平台运行维护费", Figure.Printed(485000.00m, 2), "元", 320));

            var results = _rule.Run(d);

            results.Findings.ShouldBeEmpty();
            results.OutcomeOf("XT-11").ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenAProjectWithMoneyAndNoForm_WhenChecked_ThenAnError()
        {
            var d = ProjectTable();
            d.Projects.Add(new DeclaredProject(null, "城乡医疗救助资金", Figure.Printed(1235.00m, 2), "万元", 300));

            var f = _rule.Run(d).Of("XT-11").ShouldHaveSingleItem();

            f.Severity.ShouldBe(Severity.Error);
            f.Message.ShouldContain("医保信息化平台运行维护费");
            f.Message.ShouldContain("48.50万元");
        }

        [Fact]
        public void GivenAFormWithAnotherAmount_WhenChecked_ThenAnError()
        {
            var d = ProjectTable();
            d.Projects.Add(new DeclaredProject(null, "城乡医疗救助资金", Figure.Printed(1253.00m, 2), "万元", 300));
            d.Projects.Add(new DeclaredProject(null, "医保信息化平台运行维护费", Figure.Printed(48.50m, 2), "万元", 320));

            var f = _rule.Run(d).Of("XT-11").ShouldHaveSingleItem();

            f.Actual.ShouldBe("1235.00");
            f.Message.ShouldContain("相差 18.00");
        }

        private static Disclosure SplitProject()
        {
            // 医保信息化平台运行维护费: 40.00 this year (表12) + 8.50 carried over (表13) = 48.50 in its form.
            var d = New("S", 2023);
            d.AddTable("S12", MainPart(
                Row("医保信息化平台运行维护费", null, "医保信息化平台运行维护费", 40.00m, 40.00m),
                Row("total", null, "合计", 40.00m, 40.00m)));
            d.AddTable("S13", MainPart(
                Row("医保信息化平台运行维护费", null, "医保信息化平台运行维护费", 8.50m, 8.50m),
                Row("total", null, "合计", 8.50m, 8.50m)));
            return d;
        }

        [Fact]
        public void GivenAProjectWithThisYearsAndCarriedOverMoney_WhenItsFormHasBoth_ThenPasses()
        {
            var d = SplitProject();
            d.Projects.Add(new DeclaredProject(null, "医保信息化平台运行维护费", Figure.Printed(48.50m, 2), "万元", 320));

            var results = _rule.Run(d);

            results.Findings.ShouldBeEmpty();
            results.OutcomeOf("XT-11").ShouldBe(Outcome.Pass);
        }

        [Fact]
        public void GivenAProjectWithThisYearsAndCarriedOverMoney_WhenItsFormHasThisYearsOnly_ThenOneErrorNamingBothTables()
        {
            var d = SplitProject();
            d.Projects.Add(new DeclaredProject(null, "医保信息化平台运行维护费", Figure.Printed(40.00m, 2), "万元", 320));

            var f = _rule.Run(d).Of("XT-11").ShouldHaveSingleItem();

            f.Actual.ShouldBe("48.50");
            f.Message.ShouldContain("表12 40.00 + 表13 8.50");
            f.Message.ShouldContain("相差 8.50");
        }

        [Fact]
        public void GivenASetWithoutProjectTables_WhenChecked_ThenNotApplicable()
        {
            var d = New();
            d.AddTable("H3", MainPart(Row("total", null, "合计", 1m, 0m, 1m)));
            d.Projects.Add(new DeclaredProject(null, "宣传印刷费", Figure.Printed(1m, 2), "万元", 1));

            _rule.Run(d).OutcomeOf("XT-11").ShouldBe(Outcome.NotApplicable);
        }
    }
}
