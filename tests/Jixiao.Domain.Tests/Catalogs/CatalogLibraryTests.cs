using Jixiao.Catalogs;
using Jixiao.Codes;
using Shouldly;

namespace Jixiao.Domain.Tests.Catalogs;

/// <summary>
/// The shipped catalogs of 2019–2027 and the changes files. Expected codes and names come from the sources named in
/// each year's data: 财预〔2024〕22号, 财预〔2025〕41号, and the codes printed in 上海市普陀区财政局2024年度部门决算.
/// </summary>
public class CatalogLibraryTests
{
    private static CatalogLibrary Shipped => CatalogSet.Library;

    public class TheShippedYears
    {
        [Fact]
        public void GivenTheProduct_WhenLoaded_ThenEveryYearFrom2019To2027HasACatalog()
        {
            Shipped.Years.ShouldBe(Enumerable.Range(2019, 9).ToArray());
        }

        [Theory]
        [InlineData(2019), InlineData(2020), InlineData(2021), InlineData(2022), InlineData(2023), InlineData(2024), InlineData(2025), InlineData(2026), InlineData(2027)]
        public void GivenAShippedYear_WhenItsFilesAreLoaded_ThenEveryListIsFilledAndTheYearSaysWhereItComesFrom(int year)
        {
            var set = CatalogSet.For(new FiscalYear(year));

            set.Year.ShouldBe(year);
            set.Functional.Year.ShouldBe(year);
            set.Functional.Entries.ShouldNotBeEmpty();
            set.DepartmentalEconomic.Entries.ShouldNotBeEmpty();
            set.GovernmentEconomic.Entries.ShouldNotBeEmpty();
            set.ExpenditureClasses.Count.ShouldBe(30);
            set.ExpenditureClasses.Select(c => c.Order).ShouldBe(Enumerable.Range(1, 30));
            set.Sources.ShouldNotBeEmpty();
            set.Origin.ShouldBe($"内置目录 Catalogs/Data/{year}");
        }

        [Fact]
        public void GivenTheShippedYears_WhenAskedWhichAreConfirmed_ThenOnly2021To2023Are()
        {
            Shipped.Years.Where(y => CatalogSet.For(new FiscalYear(y)).Confirmed).ShouldBe([2021, 2022, 2023]);
            CatalogSet.LatestConfirmedYear.ShouldBe(2023);
        }

        [Theory]
        [InlineData(2019, 2021), InlineData(2020, 2021), InlineData(2024, 2023), InlineData(2025, 2024), InlineData(2026, 2025), InlineData(2027, 2026)]
        public void GivenAnUnconfirmedYear_WhenLoaded_ThenItNamesTheYearItWasCarriedFrom(int year, int from)
        {
            var set = CatalogSet.For(new FiscalYear(year));

            set.Confirmed.ShouldBeFalse();
            set.BaseYear.ShouldBe(from);
            set.ConfirmationNote.ShouldBe($"（{year}年目录未经确认，按{from}年目录沿用）");
        }

        [Fact]
        public void Given2024_WhenLoaded_ThenTheCodesAddedByCaiYu2024No22AreThere()
        {
            var y2024 = CatalogSet.For(new FiscalYear(2024));
            var y2023 = CatalogSet.For(new FiscalYear(2023));

            y2024.Functional.Get("22006").Name.ShouldBe("耕地保护考核奖惩基金支出");
            y2024.Functional.Get("2300412").Name.ShouldBe("自然资源海洋气象等");
            y2023.Functional.Contains("22006").ShouldBeFalse();
            y2023.Functional.Contains("2300412").ShouldBeFalse();
            y2024.Functional.Entries.Count.ShouldBe(y2023.Functional.Entries.Count + 2);
        }

        [Fact]
        public void Given2025_WhenLoaded_ThenTheKuanAddedByCaiYu2025No41AreThereButNotTheXiangWithoutItsKuan()
        {
            var set = CatalogSet.For(new FiscalYear(2025));

            set.Functional.Get("22911").Name.ShouldBe("中央金融机构注资特别国债财务基金支出");
            set.Functional.Get("23107").Name.ShouldBe("中央金融机构注资特别国债还本支出");
            set.Functional.Contains("2170404").ShouldBeFalse();
            CatalogSet.For(new FiscalYear(2027)).Functional.Contains("23107").ShouldBeTrue();
        }

        [Fact]
        public void Given2024_WhenComparedWithThe2024FinalAccountsOfPutuoFinanceBureau_ThenEveryPrintedCodeHasThePrintedName()
        {
            // Codes and names as printed in 上海市普陀区财政局2024年度部门决算 (支出决算表, 基本支出决算表).
            var functional = new Dictionary<string, string>
            {
                ["201"] = "一般公共服务支出", ["20106"] = "财政事务", ["2010601"] = "行政运行", ["2010602"] = "一般行政管理事务",
                ["2010607"] = "信息化建设", ["2010608"] = "财政委托业务支出", ["208"] = "社会保障和就业支出", ["20805"] = "行政事业单位养老支出",
                ["2080501"] = "行政单位离退休", ["2080505"] = "机关事业单位基本养老保险缴费支出", ["2080506"] = "机关事业单位职业年金缴费支出",
                ["2080599"] = "其他行政事业单位养老支出", ["210"] = "卫生健康支出", ["21011"] = "行政事业单位医疗", ["2101101"] = "行政单位医疗",
                ["221"] = "住房保障支出", ["22102"] = "住房改革支出", ["2210201"] = "住房公积金", ["2210203"] = "购房补贴",
            };
            var economic = new Dictionary<string, string>
            {
                ["30108"] = "机关事业单位基本养老保险缴费", ["30109"] = "职业年金缴费", ["30113"] = "住房公积金", ["30212"] = "因公出国（境）费用",
                ["30231"] = "公务用车运行维护费", ["30239"] = "其他交通费用", ["30240"] = "税金及附加费用", ["30311"] = "代缴社会保险费",
                ["31007"] = "信息网络及软件购置更新", ["31022"] = "无形资产购置",
            };
            var set = CatalogSet.For(new FiscalYear(2024));

            foreach (var (code, name) in functional) set.Functional.Get(code).Name.ShouldBe(name, code);
            foreach (var (code, name) in economic) set.DepartmentalEconomic.Get(code).Name.ShouldBe(name, code);
        }

        [Fact]
        public void Given2024_WhenComparedWithTheClassesThePutuoTotalTablePrints_ThenTheyAreClassesOf2024InThatOrder()
        {
            // 收入支出决算总表 of the same document prints 26 类 (a 决算 total table leaves out 社会保险基金支出, 预备费,
            // 转移性支出 and 债务发行费用支出).
            string[] printed =
            [
                "一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出", "文化旅游体育与传媒支出",
                "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出", "农林水支出", "交通运输支出", "资源勘探工业信息等支出",
                "商业服务业等支出", "金融支出", "援助其他地区支出", "自然资源海洋气象等支出", "住房保障支出", "粮油物资储备支出",
                "国有资本经营预算支出", "灾害防治及应急管理支出", "其他支出", "债务还本支出", "债务付息支出", "抗疫特别国债安排的支出",
            ];
            var set = CatalogSet.For(new FiscalYear(2024));

            var orders = printed.Select(n => set.FindExpenditureClass(n)?.Order ?? -1).ToArray();
            orders.ShouldAllBe(o => o > 0);
            orders.ShouldBeInOrder();
        }

        [Fact]
        public void GivenAYearOutside2019To2027_WhenTheNearestIsAsked_ThenTheNearestYearStandsInUnconfirmed()
        {
            var later = CatalogSet.ForNearest(new FiscalYear(2030));
            var earlier = CatalogSet.ForNearest(new FiscalYear(2015));

            later.Year.ShouldBe(2027);
            later.Confirmed.ShouldBeFalse();
            earlier.Year.ShouldBe(2019);
            earlier.Confirmed.ShouldBeFalse();
            CatalogSet.ForNearest(new FiscalYear(2022)).Confirmed.ShouldBeTrue();
        }
    }

    public class TheChangesFile
    {
        private static CatalogYearFiles Changes(int year, string json) =>
            new(year, $"/tmp/用户目录/{year}", new Dictionary<string, string> { ["changes.json"] = json });

        [Fact]
        public void GivenChangesForANewYear_WhenLoaded_ThenCodesAreAddedRenamedAndRemovedAndTheClassesRenumbered()
        {
            var library = new CatalogLibrary([Changes(2028, """
                {
                  "base": 2027,
                  "confirmed": true,
                  "sources": [{ "document": "测试通知", "established": "增、改、删" }],
                  "functional": {
                    "add": [{ "code": "2101507", "name": "医保基金监管" }],
                    "rename": [{ "code": "2101506", "name": "医疗保障经办服务" }],
                    "remove": ["21016"]
                  },
                  "expenditure-classes": { "remove": ["227"] }
                }
                """)]);

            var set = library.Find(2028).ShouldNotBeNull();
            set.Confirmed.ShouldBeTrue();
            set.BaseYear.ShouldBe(2027);
            set.Functional.Get("2101507").Name.ShouldBe("医保基金监管");
            set.Functional.Get("2101506").Name.ShouldBe("医疗保障经办服务");
            set.Functional.Contains("21016").ShouldBeFalse();
            set.Functional.Contains("2101601").ShouldBeFalse(); // the 项 of a removed 款 go with it
            set.ExpenditureClasses.Count.ShouldBe(29);
            set.ExpenditureClasses.Single(c => c.Code == "229").Label.ShouldBe("二十四、其他支出");
            library.Years[^1].ShouldBe(2028);
            library.LatestConfirmedYear.ShouldBe(2028);
            library.Find(2027).ShouldNotBeNull().Functional.Contains("2101507").ShouldBeFalse();
        }

        [Fact]
        public void GivenChangesWithoutConfirmed_WhenLoaded_ThenTheYearIsUnconfirmed()
        {
            var library = new CatalogLibrary([Changes(2028, """{ "base": 2027 }""")]);

            library.Find(2028).ShouldNotBeNull().Confirmed.ShouldBeFalse();
            library.LatestConfirmedYear.ShouldBe(2023);
        }

        [Fact]
        public void GivenChangesOfAShippedYearBasedOnItself_WhenLoaded_ThenTheShippedYearIsChanged()
        {
            var library = new CatalogLibrary([Changes(2024, """
                { "base": 2024, "confirmed": true, "functional": { "add": [{ "code": "2101507", "name": "医保基金监管" }] } }
                """)]);

            var set = library.Find(2024).ShouldNotBeNull();
            set.Functional.Contains("22006").ShouldBeTrue();
            set.Functional.Contains("2101507").ShouldBeTrue();
            set.Confirmed.ShouldBeTrue();
            library.Find(2025).ShouldNotBeNull().Functional.Contains("2101507").ShouldBeTrue(); // 2025 builds on 2024
        }

        [Theory]
        [InlineData("""{ "base": 2027, "functional": { "add": [{ "code": "2101501", "name": "行政运行" }] } }""", "编码 2101501 已在基础年度的支出功能分类科目中")]
        [InlineData("""{ "base": 2027, "functional": { "remove": ["2109999"] } }""", "要删除的编码 2109999 不在基础年度的支出功能分类科目中")]
        [InlineData("""{ "base": 2027, "functional": { "add": [{ "code": "2109801", "name": "某项" }] } }""", "上级 21098 不在目录中")]
        [InlineData("""{ "base": 2027, "functional": { "add": [{ "code": "30101", "name": "基本工资" }] } }""", "不是支出功能分类科目编码")]
        [InlineData("""{ "base": 1990 }""", "基础年度 1990 没有科目目录")]
        [InlineData("""{ "functional": {} }""", "缺少 base")]
        [InlineData("""{ "base": 2027, "funtional": {} }""", "不认识的字段“funtional”")]
        [InlineData("""{ "base": 2027, "year": 2029 }""", "与文件夹的年度 2028 不符")]
        [InlineData("""{ "base": 2027, """, "不是有效的 JSON")]
        [InlineData("""{ "base": 2027, "economic-government": { "remove": ["50101"] } }""", "对应的政府预算支出经济分类 50101 不在2028年")]
        public void GivenABadChangesFile_WhenLoaded_ThenAChineseErrorNamesTheFileAndTheProblem(string json, string problem)
        {
            var e = Should.Throw<CatalogDataException>(() => new CatalogLibrary([Changes(2028, json)]));

            e.Message.ShouldStartWith("科目目录文件 /tmp/用户目录/2028/changes.json：");
            e.Message.ShouldContain(problem);
        }

        [Fact]
        public void GivenTwoYearsBasedOnEachOther_WhenLoaded_ThenTheCycleIsAnError()
        {
            var e = Should.Throw<CatalogDataException>(() => new CatalogLibrary([Changes(2028, """{ "base": 2029 }"""), Changes(2029, """{ "base": 2028 }""")]));

            e.Message.ShouldContain("循环引用");
        }

        [Fact]
        public void GivenAWholeYearMissingAFile_WhenLoaded_ThenTheMissingFileIsNamed()
        {
            var files = CatalogLibrary.ShippedFiles().Single(f => f.Year == 2023).Files
                .Where(kv => kv.Key != "economic-government.json").ToDictionary(kv => kv.Key, kv => kv.Value.Replace("2023", "2030"));

            var e = Should.Throw<CatalogDataException>(() => new CatalogLibrary([new CatalogYearFiles(2030, "/data/2030", files)]));

            e.Message.ShouldStartWith("科目目录文件 /data/2030/economic-government.json：文件不存在");
        }
    }
}
