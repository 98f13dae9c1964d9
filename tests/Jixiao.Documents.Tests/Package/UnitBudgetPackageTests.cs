using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Documents.Package;
using Jixiao.Domain.Tests.Tables;
using Jixiao.Money;

namespace Jixiao.Documents.Tests.Package;

public class UnitBudgetPackageTests
{
    /// <summary>Xinglong with everything the format holds: carry-over, a sub-unit, procurement, assets, last year.</summary>
    internal static UnitBudget Full()
    {
        var b = XinglongBudget.Create();
        var sub = new BudgetUnit("362002", "兴隆县医疗保险服务中心", UnitNature.PublicInstitution) { ParentCode = "362001", AuthorizedStaff = 12, ActualStaff = 10 };
        return b with
        {
            Unit = b.Unit with { AuthorizedStaff = 20, ActualStaff = 18, ParentCode = "362" },
            Lines = [.. b.Lines,
                new BudgetLine(FunctionalCode.Parse("2101550"), EconomicCode.Parse("30201"), ExpenseKind.Operating, FundingSource.Operations, new Yuan(1234.56m))
                    { CarryOver = true, UnitCode = "362002" }],
            SubUnits = [sub],
            Procurement = [new ProcurementItem(ProcurementCategory.Goods, "台式计算机", FundingSource.GeneralPublic, new Yuan(12_000m))
                { ProjectCode = "13082221946YU2KP5Y4ZI", Quantity = 2, MeasureUnit = "台" }],
            Assets = [new AssetItem(AssetKind.Other, null, new Yuan(481_028.03m)), new AssetItem(AssetKind.Vehicles, 1, new Yuan(0m))],
            Projects = [.. b.Projects.Take(21), b.Projects[21] with { Execution = YearOfProject.Execution, Evaluation = YearOfProject.Evaluation,
                PublishedEvaluation = YearOfProject.Published }, b.Projects[22] with { Purpose = "村级代办员补助" }],
            PriorYear = new UnitBudget(b.Unit, new FiscalYear(2020),
                [new BudgetLine(FunctionalCode.Parse("210"), null, ExpenseKind.Project, FundingSource.GeneralPublic, new Yuan(50_000_000m))]),
        };
    }

    internal static void ShouldBeSameBudget(UnitBudget actual, UnitBudget expected)
    {
        actual.Unit.ShouldBe(expected.Unit);
        actual.Year.ShouldBe(expected.Year);
        actual.Lines.ShouldBe(expected.Lines);
        // the year's data holds lists (compared by reference in a record): field by field
        static Project Bare(Project p) => p with { Execution = null, Evaluation = null, PublishedEvaluation = null };
        actual.Projects.Select(Bare).ShouldBe(expected.Projects.Select(Bare));
        for (int i = 0; i < expected.Projects.Count; i++)
        {
            ProjectDataComparison.ShouldBeSame(actual.Projects[i].Execution, expected.Projects[i].Execution, expected.Projects[i].Code);
            ProjectDataComparison.ShouldBeSame(actual.Projects[i].Evaluation, expected.Projects[i].Evaluation, expected.Projects[i].Code);
            ProjectDataComparison.ShouldBeSame(actual.Projects[i].PublishedEvaluation, expected.Projects[i].PublishedEvaluation, expected.Projects[i].Code);
        }
        actual.ThreePublic.ShouldBe(expected.ThreePublic);
        actual.Procurement.ShouldBe(expected.Procurement);
        actual.Assets.ShouldBe(expected.Assets);
        actual.SubUnits.ShouldBe(expected.SubUnits);
        if (expected.PriorYear is null) actual.PriorYear.ShouldBeNull();
        else ShouldBeSameBudget(actual.PriorYear.ShouldNotBeNull(), expected.PriorYear);
    }

    private static PackageException Fails(string json) => Should.Throw<PackageException>(() => UnitBudgetPackage.Parse(json, "test.json"));

    private const string Minimal = """
        {
          "unit": { "code": "362001", "name": "兴隆县医疗保障局本级", "nature": "行政" },
          "fiscalYear": 2021,
          "lines": [
            { "functional": "2101501", "economic": "30101", "kind": "人员经费", "source": "一般公共预算", "amount": 1004500.00 }
          ]
        }
        """;

    public class TheWriteMethod
    {
        [Fact]
        public void Given_a_full_budget_When_written_and_read_back_Then_it_is_the_same_budget()
        {
            var budget = Full();

            var back = UnitBudgetPackage.Parse(UnitBudgetPackage.Write(budget), "roundtrip.json");

            ShouldBeSameBudget(back, budget);
        }

        [Fact]
        public void Given_Xinglong_When_written_Then_names_are_Chinese_and_amounts_are_yuan_with_two_decimals()
        {
            var json = UnitBudgetPackage.Write(XinglongBudget.Create());

            json.ShouldContain("\"format\": \"jixiao-unit-budget/1\"");
            json.ShouldContain("\"kind\": \"人员经费\"");
            json.ShouldContain("\"source\": \"一般公共预算\"");
            json.ShouldContain("\"amount\": 1004500.00");
            json.ShouldContain("\"amount\": 413200.00"); // 41.32 万元
            json.ShouldContain("\"kind\": \"公务接待费\"");
        }

        [Fact]
        public void Given_a_file_When_written_and_read_Then_it_round_trips_through_the_disk()
        {
            var path = Path.Combine(Path.GetTempPath(), $"jixiao-{Guid.NewGuid():N}.json");
            try
            {
                UnitBudgetPackage.WriteFile(Full(), path);
                ShouldBeSameBudget(UnitBudgetPackage.Read(path), Full());
            }
            finally { File.Delete(path); }
        }
    }

    public class TheParseMethod
    {
        [Fact]
        public void Given_a_minimal_package_When_parsed_Then_defaults_apply()
        {
            var b = UnitBudgetPackage.Parse(Minimal);

            b.Unit.Nature.ShouldBe(UnitNature.Administrative);
            b.Lines.ShouldHaveSingleItem().ShouldBe(new BudgetLine(FunctionalCode.Parse("2101501"), EconomicCode.Parse("30101"), ExpenseKind.Personnel,
                FundingSource.GeneralPublic, new Yuan(1_004_500m)));
            b.Projects.ShouldBeEmpty();
            b.PriorYear.ShouldBeNull();
        }

        [Fact]
        public void Given_enum_names_and_string_amounts_When_parsed_Then_they_mean_the_same_as_the_Chinese_names()
        {
            var b = UnitBudgetPackage.Parse(Minimal
                .Replace("\"人员经费\"", "\"Operating\"").Replace("\"一般公共预算\"", "\"UnitOwn\"").Replace("1004500.00", "\"45.5\"")
                .Replace("\"30101\"", "\"30201\"").Replace("\"行政\"", "\"PublicInstitution\""));

            b.Lines[0].Kind.ShouldBe(ExpenseKind.Operating);
            b.Lines[0].Source.ShouldBe(FundingSource.UnitOwn);
            b.Lines[0].Amount.ShouldBe(new Yuan(45.50m));
            b.Unit.Nature.ShouldBe(UnitNature.PublicInstitution);
        }

        [Fact]
        public void Given_several_errors_When_parsed_Then_all_are_reported_with_path_expected_and_found()
        {
            const string json = """
                {
                  "unit": { "code": "362001", "name": "兴隆县医疗保障局本级", "nature": "机关" },
                  "lines": [
                    { "functional": "2101501", "economic": "30101", "kind": "人员经费", "source": "一般公共预算", "amount": 1004500.00 },
                    { "functional": "2101501", "economic": "30101", "kind": "人员", "source": "一般公共预算", "amount": "12.345" },
                    { "functional": "21015", "economic": 30201, "kind": "公用经费", "source": "一般公共预算", "amount": 1.5, "carryover": true }
                  ],
                  "projects": [ { "code": "P1", "name": "甲" }, { "code": "P1", "name": "乙" } ]
                }
                """;

            var e = Fails(json);

            e.File.ShouldBe("test.json");
            var byPath = e.Errors.ToDictionary(x => x.Path);
            byPath.Keys.ShouldBe(["$.unit.nature", "$.fiscalYear", "$.lines[1].kind", "$.lines[1].amount", "$.lines[2].carryover", "$.lines[2].economic",
                "$.projects[1].code"], ignoreOrder: true);
            byPath["$.unit.nature"].Found.ShouldBe("\"机关\"");
            byPath["$.unit.nature"].Expected.ShouldContain("行政");
            byPath["$.fiscalYear"].Found.ShouldBe("（缺少）");
            byPath["$.fiscalYear"].Expected.ShouldContain("2000–2099");
            byPath["$.lines[1].kind"].Found.ShouldBe("\"人员\"");
            byPath["$.lines[1].kind"].Expected.ShouldContain("人员经费");
            byPath["$.lines[1].amount"].Found.ShouldBe("\"12.345\"");
            byPath["$.lines[1].amount"].Expected.ShouldContain("至多两位小数");
            byPath["$.lines[2].carryover"].Found.ShouldContain("未知字段");
            byPath["$.lines[2].economic"].Found.ShouldBe("30201");
            byPath["$.lines[2].economic"].Expected.ShouldContain("经济分类");
            byPath["$.projects[1].code"].Expected.ShouldContain("不重复");
            e.Message.ShouldContain("test.json");
            e.Message.ShouldContain("$.lines[1].amount");
            byPath["$.lines[1].amount"].Message.ShouldBe("test.json：$.lines[1].amount：应为以元为单位、至多两位小数的金额（数字或文字，如 1004500.00 或 “1004500.00”），实为\"12.345\"");
        }

        [Theory]
        [InlineData("1e400")]
        [InlineData("12.001")]
        [InlineData("\"1,000.00\"")]
        [InlineData("\"1e3\"")]
        [InlineData("\"\"")]
        [InlineData("true")]
        [InlineData("null")]
        [InlineData("[1]")]
        public void Given_a_bad_amount_When_parsed_Then_the_error_is_at_its_path(string amount)
        {
            var e = Fails(Minimal.Replace("1004500.00", amount));

            e.Errors.ShouldHaveSingleItem().Path.ShouldBe("$.lines[0].amount");
        }

        [Theory]
        [InlineData("1e300")]
        [InlineData("10000000000000.01")]
        [InlineData("\"-20000000000000\"")]
        public void Given_an_amount_over_10_万亿元_When_parsed_Then_the_error_says_it_is_too_large(string amount)
        {
            var e = Fails(Minimal.Replace("1004500.00", amount));

            e.Errors.ShouldHaveSingleItem().Expected.ShouldContain("10 万亿元");
        }

        [Theory]
        [InlineData("{")]
        [InlineData("")]
        [InlineData("[]")]
        [InlineData("{\"unit\": 1,,}")]
        [InlineData("null")]
        public void Given_text_that_is_no_package_When_parsed_Then_PackageException_says_where(string json)
        {
            var e = Fails(json);

            e.Errors.ShouldNotBeEmpty();
            e.Errors.ShouldAllBe(x => x.File == "test.json" && x.Path.StartsWith('$'));
        }

        [Theory]
        [InlineData("", "文件是空的")]
        [InlineData("  \n", "文件是空的")]
        [InlineData("{\"unit\": {\"code\": \"1\"", "文件在 JSON 结束前中断")]
        [InlineData("{\"unit\": ,}", "不是合法的 JSON 值")]
        [InlineData("{\"unit\": 1 \"x\": 2}", "值后面应为逗号或右括号")]
        [InlineData("{unit: 1}", "属性名应以双引号开头")]
        public void Given_broken_JSON_When_parsed_Then_the_problem_is_said_in_Chinese(string json, string problem)
        {
            var error = Fails(json).Errors.ShouldHaveSingleItem();

            error.Found.ShouldContain(problem);
            System.Text.RegularExpressions.Regex.IsMatch(error.Found.Replace("JSON", "", StringComparison.Ordinal), "[A-Za-z]{3,}").ShouldBeFalse(error.Found);
        }

        [Fact]
        public void Given_a_prior_year_not_before_the_year_When_parsed_Then_it_is_an_error()
        {
            var json = Minimal.TrimEnd().TrimEnd('}') + ", \"priorYear\": { \"fiscalYear\": 2021, \"lines\": [] } }";

            Fails(json).Errors.ShouldHaveSingleItem().Path.ShouldBe("$.priorYear.fiscalYear");
        }

        [Fact]
        public void Given_a_missing_file_When_read_Then_PackageException()
        {
            var e = Should.Throw<PackageException>(() => UnitBudgetPackage.Read("/nonexistent/budget.json"));

            e.Errors.ShouldHaveSingleItem().File.ShouldBe("/nonexistent/budget.json");
        }

        [Property(MaxTest = 300)]
        public Property Given_a_package_damaged_at_random_When_parsed_Then_nothing_but_PackageException_is_thrown() =>
            Prop.ForAll(Arb.From(Damage), edits =>
            {
                var bytes = Encoding.UTF8.GetBytes(UnitBudgetPackage.Write(Full())).ToList();
                foreach (var (pos, op, value) in edits)
                {
                    int at = pos % (bytes.Count + 1);
                    if (op == 0 && at < bytes.Count) bytes.RemoveAt(at);
                    else if (op == 1) bytes.Insert(at, (byte)value);
                    else if (at < bytes.Count) bytes[at] = (byte)value;
                }
                try
                {
                    UnitBudgetPackage.Parse(bytes.ToArray(), "damaged.json");
                    return true;
                }
                catch (PackageException e)
                {
                    return e.Errors.Count > 0 && e.Errors.All(x => x.File == "damaged.json" && x.Path.StartsWith('$'));
                }
            });

        private static readonly byte[] Interesting = "{}[],:\"0123456789.-eE tfn\\\u00e4"u8.ToArray();

        private static Gen<(int, int, int)[]> Damage =>
            Gen.Choose(1, 6).SelectMany(n => Gen.ArrayOf(
                from pos in Gen.Choose(0, 200_000)
                from op in Gen.Choose(0, 2)
                from value in Gen.Frequency((3, Gen.Elements(Interesting).Select(b => (int)b)), (1, Gen.Choose(0, 255)))
                select (pos, op, value), n));

        [Property(MaxTest = 300)]
        public Property Given_a_field_replaced_by_any_JSON_value_When_parsed_Then_nothing_but_PackageException_is_thrown() =>
            Prop.ForAll(Arb.From(Gen.Zip(Gen.Choose(0, 10_000), Gen.Elements(Values))), t =>
            {
                var root = System.Text.Json.Nodes.JsonNode.Parse(UnitBudgetPackage.Write(Full()))!;
                var fields = Leaves(root).ToList();
                var (node, name) = fields[t.Item1 % fields.Count];
                node[name] = System.Text.Json.Nodes.JsonNode.Parse(t.Item2);
                try
                {
                    UnitBudgetPackage.Parse(root.ToJsonString(), "field.json");
                    return true;
                }
                catch (PackageException e)
                {
                    return e.Errors.Count > 0;
                }
            });

        private static readonly string[] Values =
            ["null", "0", "-1", "1.5", "1e308", "-1e-308", "12345678901234567890123456789", "\"\"", "\" \"", "\"x\"", "\"2101501\"", "true", "[]", "{}", "[null]", "{\"a\":1}"];

        private static IEnumerable<(System.Text.Json.Nodes.JsonObject, string)> Leaves(System.Text.Json.Nodes.JsonNode node)
        {
            if (node is System.Text.Json.Nodes.JsonObject o)
                foreach (var (k, v) in o.ToList())
                {
                    yield return (o, k);
                    if (v is not null) foreach (var x in Leaves(v)) yield return x;
                }
            else if (node is System.Text.Json.Nodes.JsonArray a)
                foreach (var v in a) if (v is not null) foreach (var x in Leaves(v)) yield return x;
        }
    }

    public class TheSchema
    {
        private static JsonDocument Schema() =>
            JsonDocument.Parse(File.ReadAllText(Path.Combine(SeedFiles.RepositoryRoot(), "docs", "schema", "unit-budget.schema.json")));

        [Fact]
        public void Given_the_schema_When_read_Then_it_is_draft_2020_12_and_lists_the_fields_the_reader_knows()
        {
            using var doc = Schema();
            var root = doc.RootElement;
            root.GetProperty("$schema").GetString().ShouldBe("https://json-schema.org/draft/2020-12/schema");
            var defs = root.GetProperty("$defs");

            foreach (var (def, fields) in new[] { ("budget", "budget"), ("priorYear", "budget"), ("unit", "unit"), ("line", "line"), ("project", "project"),
                         ("threePublic", "threePublic"), ("procurement", "procurement"), ("asset", "asset"), ("targets", "targets"),
                         ("department", "department"), ("funds", "funds"), ("fund", "fund"), ("text", "text"), ("indicator", "indicator"),
                         ("planPoint", "planPoint"), ("signOff", "signOff"), ("execution", "execution"), ("flow", "flow"), ("reading", "reading"),
                         ("evaluation", "evaluation"), ("judged", "judged"), ("indicatorEntry", "indicatorEntry"), ("evaluator", "evaluator"),
                         ("publishedEvaluation", "publishedEvaluation"), ("evaluationFunds", "evaluationFunds"), ("printedAmount", "printedAmount"),
                         ("indicatorResult", "indicatorResult"), ("scoredItem", "scoredItem"), ("sectionScore", "sectionScore"), ("statedScore", "statedScore") })
            {
                var props = defs.GetProperty(def).GetProperty("properties").EnumerateObject().Select(p => p.Name).ToArray();
                props.ShouldBe(PackageReader.Fields[fields], ignoreOrder: true, customMessage: def);
                defs.GetProperty(def).GetProperty("additionalProperties").GetBoolean().ShouldBeFalse();
            }
        }

        [Fact]
        public void Given_the_schema_When_read_Then_its_enumerations_are_the_names_the_reader_accepts()
        {
            using var doc = Schema();
            var defs = doc.RootElement.GetProperty("$defs");
            string[] Enum(string def, string prop) =>
                defs.GetProperty(def).GetProperty("properties").GetProperty(prop).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();

            Enum("line", "kind").ShouldBe(PackageNames.Kinds.Accepted, ignoreOrder: true);
            Enum("line", "source").ShouldBe(PackageNames.Sources.Accepted, ignoreOrder: true);
            Enum("threePublic", "kind").ShouldBe(PackageNames.ThreePublicKinds.Accepted, ignoreOrder: true);
            Enum("threePublic", "source").ShouldBe(PackageNames.Sources.Accepted, ignoreOrder: true);
            Enum("unit", "nature").ShouldBe(PackageNames.Natures.Accepted, ignoreOrder: true);
            Enum("procurement", "category").ShouldBe(PackageNames.ProcurementCategories.Accepted, ignoreOrder: true);
            Enum("asset", "kind").ShouldBe(PackageNames.AssetKinds.Accepted, ignoreOrder: true);
            Enum("fund", "source").ShouldBe(PackageNames.FundSources.Accepted, ignoreOrder: true);
            Enum("targets", "nature").Where(n => n is not null).ShouldBe(PackageNames.ProjectNatures.Accepted, ignoreOrder: true);
            Enum("indicator", "level1").Where(n => n is not null).ShouldBe(PackageNames.Level1Indicators.Accepted, ignoreOrder: true);
            Enum("indicator", "level2").ShouldBe(PackageNames.Level2Indicators.Accepted, ignoreOrder: true);
            Enum("flow", "source").ShouldBe(PackageNames.FundSources.Accepted, ignoreOrder: true);
            Enum("reading", "level2").Where(n => n is not null).ShouldBe(PackageNames.Level2Indicators.Accepted, ignoreOrder: true);
            Enum("indicatorEntry", "level2").Where(n => n is not null).ShouldBe(PackageNames.Level2Indicators.Accepted, ignoreOrder: true);
            Enum("indicatorResult", "level2").ShouldBe(PackageNames.Level2Indicators.Accepted, ignoreOrder: true);
            Enum("publishedEvaluation", "nature").Where(n => n is not null).ShouldBe(PackageNames.ProjectNatures.Accepted, ignoreOrder: true);
        }
    }
}

public class TheExamplePackage
{
    private static string ExamplePath => Path.Combine(SeedFiles.RepositoryRoot(), "docs", "examples", "xinglong-2021.unit-budget.json");

    [Fact]
    public void Given_the_documented_example_When_read_Then_it_is_the_hand_built_Xinglong_budget() =>
        UnitBudgetPackageTests.ShouldBeSameBudget(UnitBudgetPackage.Read(ExamplePath), XinglongBudget.Create());

    /// <summary>Regenerates docs/examples/xinglong-2021.unit-budget.json (run explicitly after a format change).</summary>
    [Fact(Explicit = true)]
    public void Write_the_example() => UnitBudgetPackage.WriteFile(XinglongBudget.Create(), ExamplePath);
}
