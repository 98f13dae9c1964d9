using Jixiao.Documents.Package;

namespace Jixiao.Documents.Tests.Hostile;

/// <summary>A negative amount in a data package (issue 11, point 9) is a package error with its JSON path, in Chinese.</summary>
public class NegativeAmountTests
{
    private static string Package(string amount, string flows = "") => $$"""
        {
          "format": "jixiao-unit-budget/1",
          "unit": { "code": "303001", "name": "某市医疗保障局本级", "nature": "行政" },
          "fiscalYear": 2023,
          "lines": [
            { "functional": "2101501", "kind": "项目支出", "source": "一般公共预算", "amount": 1200000.00, "project": "P01" },
            { "functional": "2101301", "kind": "项目支出", "source": "一般公共预算", "amount": {{amount}}, "project": "P01" }
          ],
          "projects": [ { "code": "P01", "name": "医保信息系统运维"{{flows}} } ]
        }
        """;

    [Theory]
    [InlineData("-800000.00")]
    [InlineData("\"-800000.00\"")]
    [InlineData("-0.01")]
    public void A_negative_budget_line_is_an_error_at_its_path(string amount)
    {
        var e = Should.Throw<PackageException>(() => UnitBudgetPackage.Parse(Package(amount), "neg.json"));

        var error = e.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("$.lines[1].amount");
        error.Expected.ShouldContain("不为负的金额");
        e.Message.ShouldStartWith("neg.json");
    }

    [Theory]
    [InlineData("\"released\": -5, \"spent\": 0", "$.projects[0].execution.flows[0].released")]
    [InlineData("\"released\": 5, \"spent\": -5", "$.projects[0].execution.flows[0].spent")]
    public void Negative_money_released_or_spent_is_an_error_at_its_path(string money, string path)
    {
        var flows = $$""", "execution": { "flows": [ { "period": "第一季度", "source": "市县（区）财政资金", {{money}} } ] }""";

        var e = Should.Throw<PackageException>(() => UnitBudgetPackage.Parse(Package("800000.00", flows), "neg.json"));

        var error = e.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe(path);
        error.Expected.ShouldContain("不为负");
    }

    [Fact]
    public void A_zero_line_is_still_read() =>
        UnitBudgetPackage.Parse(Package("0"), "zero.json").Lines.Count.ShouldBe(2);
}
