using Jixiao.Documents.Package;

namespace Jixiao.Documents.Tests.Package;

/// <summary>
/// The schema's errors (JsonSchema.Net, whose messages are English) said in Chinese at their JSON paths: a wrong type,
/// a missing required field, an unknown field, a value outside an enumeration, a number out of range — each once, with
/// what the schema expects there (from its titles and descriptions) and what the package holds.
/// </summary>
public class PackageSchemaTests
{
    private const string Package = """
        {
          "unit": { "code": "362001", "name": "兴隆县医疗保障局本级", "nature": "行政" },
          "fiscalYear": 2021,
          "lines": [
            { "functional": "2101501", "economic": "30101", "kind": "人员经费", "source": "一般公共预算", "amount": 1004500.00 },
            { "functional": "2101504", "kind": "项目支出", "source": "一般公共预算", "amount": "413200.00", "project": "P1" }
          ],
          "projects": [
            { "code": "P0", "name": "甲" },
            { "code": "P1", "name": "代缴村级连接医保系统费用",
              "targets": { "periodYears": 1, "annualIndicators": [ { "level2": "数量指标", "name": "连接村数", "target": "≥300个" } ] } }
          ]
        }
        """;

    private static PackageError OnlyError(string old, string replacement)
    {
        var json = Package.Replace(old, replacement, StringComparison.Ordinal);
        json.ShouldNotBe(Package, old);
        var e = Should.Throw<PackageException>(() => UnitBudgetPackage.Parse(json, "schema.json"));
        return e.Errors.ShouldHaveSingleItem(string.Join("\n", e.Errors.Select(x => x.Message)));
    }

    [Fact]
    public void The_package_as_given_is_valid() =>
        UnitBudgetPackage.Parse(Package).Projects[1].Targets!.AnnualIndicators.ShouldHaveSingleItem().Name.ShouldBe("连接村数");

    [Theory]
    [InlineData("\"fiscalYear\": 2021", "\"fiscalYear\": \"2021\"", "$.fiscalYear", "预算年度（2000–2099 的整数）", "\"2021\"")]
    [InlineData("\"amount\": 1004500.00", "\"amount\": true", "$.lines[0].amount", "以元为单位、至多两位小数、不超过 10 万亿元的金额", "true")]
    [InlineData("\"periodYears\": 1", "\"periodYears\": \"1\"", "$.projects[1].targets.periodYears", "项目期（年）（1–99 的整数）", "\"1\"")]
    [InlineData("\"name\": \"甲\"", "\"name\": 7", "$.projects[0].name", "项目名称（文字）", "7")]
    [InlineData("\"amount\": 1004500.00 }", "\"amount\": 1004500.00, \"carryOver\": \"是\" }", "$.lines[0].carryOver", "上年结转资金（默认 false）（true 或 false 或 null）", "\"是\"")]
    [InlineData("\"annualIndicators\": [", "\"annualIndicators\": {}, \"implementationIndicators\": [", "$.projects[1].targets.annualIndicators", "年度绩效指标（数组或 null）", "对象 {…}")]
    public void A_wrong_type_is_said_in_Chinese_at_its_path(string old, string replacement, string path, string expected, string found)
    {
        var error = OnlyError(old, replacement);

        error.Path.ShouldBe(path);
        error.Expected.ShouldContain(expected);
        error.Found.ShouldBe(found);
        error.Message.ShouldBe($"schema.json：{path}：应为{error.Expected}，实为{found}");
    }

    [Theory]
    [InlineData("\"fiscalYear\": 2021,", "", "$.fiscalYear", "预算年度")]
    [InlineData("\"kind\": \"人员经费\", ", "", "$.lines[0].kind", "支出类型（人员经费、公用经费")]
    [InlineData("\"level2\": \"数量指标\", ", "", "$.projects[1].targets.annualIndicators[0].level2", "二级指标")]
    [InlineData("{ \"code\": \"P0\", \"name\": \"甲\" }", "{ \"code\": \"P0\" }", "$.projects[0].name", "项目名称")]
    public void A_missing_field_is_reported_at_its_own_path(string old, string replacement, string path, string expected)
    {
        var error = OnlyError(old, replacement);

        error.Path.ShouldBe(path);
        error.Expected.ShouldContain(expected);
        error.Found.ShouldBe("（缺少）");
    }

    [Theory]
    [InlineData("\"nature\": \"行政\" }", "\"nature\": \"行政\", \"level\": 1 }", "$.unit.level", "预算单位的字段之一（code、name、nature")]
    [InlineData("\"amount\": 1004500.00 }", "\"amount\": 1004500.00, \"carryover\": true }", "$.lines[0].carryover", "预算行的字段之一（functional、economic")]
    [InlineData("\"target\": \"≥300个\" }", "\"target\": \"≥300个\", \"unit\": \"个\" }", "$.projects[1].targets.annualIndicators[0].unit", "绩效指标的字段之一")]
    [InlineData("\"fiscalYear\": 2021,", "\"fiscalYear\": 2021, \"年度\": 2021,", "$['年度']", "数据包的字段之一")]
    public void An_unknown_field_is_named_with_the_fields_its_object_has(string old, string replacement, string path, string expected)
    {
        var error = OnlyError(old, replacement);

        error.Path.ShouldBe(path);
        error.Expected.ShouldContain(expected);
        error.Found.ShouldStartWith("未知字段“");
    }

    [Theory]
    [InlineData("\"nature\": \"行政\"", "\"nature\": \"机关\"", "$.unit.nature", "单位性质（行政、事业、行政单位、事业单位）", "\"机关\"")]
    [InlineData("\"source\": \"一般公共预算\", \"amount\": 1004500.00", "\"source\": \"财政拨款\", \"amount\": 1004500.00", "$.lines[0].source",
        "资金来源（资金性质）（一般公共预算、政府性基金预算", "\"财政拨款\"")]
    [InlineData("\"level2\": \"数量指标\"", "\"level2\": \"数量\"", "$.projects[1].targets.annualIndicators[0].level2", "二级指标（数量指标、质量指标", "\"数量\"")]
    public void A_name_outside_an_enumeration_is_offered_the_Chinese_names(string old, string replacement, string path, string expected, string found)
    {
        var error = OnlyError(old, replacement);

        error.Path.ShouldBe(path);
        error.Expected.ShouldContain(expected);
        error.Expected.ShouldNotContain("Administrative");
        error.Found.ShouldBe(found);
    }

    [Theory]
    [InlineData("\"fiscalYear\": 2021", "\"fiscalYear\": 1999", "$.fiscalYear", "2000–2099")]
    [InlineData("\"periodYears\": 1", "\"periodYears\": 0", "$.projects[1].targets.periodYears", "1–99")]
    [InlineData("\"amount\": 1004500.00", "\"amount\": \"1,004,500.00\"", "$.lines[0].amount", "至多两位小数")]
    [InlineData("\"functional\": \"2101501\"", "\"functional\": \"1101501\"", "$.lines[0].functional", "支出功能分类科目编码")]
    public void A_value_out_of_range_or_form_is_one_error_at_its_path(string old, string replacement, string path, string expected)
    {
        var error = OnlyError(old, replacement);

        error.Path.ShouldBe(path);
        error.Expected.ShouldContain(expected);
    }

    [Fact]
    public void The_errors_of_the_schema_and_of_the_domain_are_reported_together()
    {
        // the schema refuses the unit's nature; the amount "12.345" fits its pattern and only the mapping refuses it
        var json = Package.Replace("\"nature\": \"行政\"", "\"nature\": \"机关\"", StringComparison.Ordinal)
            .Replace("\"413200.00\"", "\"12.345\"", StringComparison.Ordinal);

        var e = Should.Throw<PackageException>(() => UnitBudgetPackage.Parse(json, "schema.json"));

        e.Errors.Select(x => x.Path).ShouldBe(["$.unit.nature", "$.lines[1].amount"], ignoreOrder: true);
    }

    [Fact]
    public void No_English_of_the_schema_library_reaches_a_message()
    {
        var json = Package.Replace("\"fiscalYear\": 2021,", "\"fiscalYear\": \"x\", \"extra\": [],", StringComparison.Ordinal)
            .Replace("\"kind\": \"人员经费\"", "\"kind\": 1", StringComparison.Ordinal)
            .Replace("\"code\": \"P0\", ", "", StringComparison.Ordinal);

        var e = Should.Throw<PackageException>(() => UnitBudgetPackage.Parse(json, "schema.json"));

        e.Errors.Count.ShouldBe(4);
        foreach (var error in e.Errors)
            System.Text.RegularExpressions.Regex.IsMatch(error.Expected + error.Found, "(should|Value is|subschema|false schema|Expected|match)").ShouldBeFalse(error.Message);
    }
}
