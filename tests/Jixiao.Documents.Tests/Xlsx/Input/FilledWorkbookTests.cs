using System.Text.Json.Nodes;
using ClosedXML.Excel;
using Jixiao.Budget;
using Jixiao.Documents.Package;
using Jixiao.Documents.Tests.Demo;
using Jixiao.Documents.Xlsx.Input;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Xlsx.Input;

/// <summary>
/// The workbook written filled with a budget (<see cref="BudgetWorkbookTemplate.Write(Stream, UnitBudget)"/>) reads back
/// as the same budget: the budgets come from workbooks a person filled (the samples) and from the demo package, and the
/// comparison is of their whole data packages.
/// </summary>
public sealed class FilledWorkbookTests
{
    private static (UnitBudget Read, IReadOnlyList<string> Left, string Path) RoundTrip(UnitBudget budget)
    {
        var path = Path.Combine(TestWorkbook.NewFolder(), "filled.xlsx");
        var left = BudgetWorkbookTemplate.Write(path, budget);
        return (BudgetWorkbookReader.Read(path), left, path);
    }

    /// <summary>The budget a sample types into the template of <paramref name="year"/>, as the reader reads it.</summary>
    private static UnitBudget Typed(Func<TestWorkbook, TestWorkbook> fill, int year)
    {
        using var wb = fill(TestWorkbook.FromTemplate(year));
        return BudgetWorkbookReader.Read(wb.Save());
    }

    /// <summary>
    /// The two budgets' packages hold the same values: numbers compared by value, since a cell keeps 25 where the
    /// package had 25.00 (JSON numbers are equal by value).
    /// </summary>
    private static void SamePackage(UnitBudget actual, UnitBudget expected)
    {
        string a = UnitBudgetPackage.Write(actual), e = UnitBudgetPackage.Write(expected);
        if (a == e) return;
        JsonNode.DeepEquals(JsonNode.Parse(a), JsonNode.Parse(e)).ShouldBeTrue($"读回的数据包与原数据包不同：\n{a}\n---\n{e}");
    }

    [Fact]
    public void Given_the_execution_sample_then_the_filled_workbook_reads_back_as_the_same_budget()
    {
        // Given: the budget read from the workbook the sample typed (targets, execution, two self-evaluations)
        var budget = Typed(ExecutionSample.Fill, 2022);
        budget.Projects.Count(p => p.Evaluation is not null).ShouldBe(2);

        // When
        var (read, left, _) = RoundTrip(budget);

        // Then
        left.ShouldBeEmpty();
        SamePackage(read, budget);
    }

    [Fact]
    public void Given_the_Xinglong_sample_then_the_filled_workbook_reads_back_as_the_same_budget_with_last_years_lines()
    {
        var budget = Typed(XinglongSample.Fill, 2021);
        budget.PriorYear.ShouldNotBeNull();

        var (read, left, _) = RoundTrip(budget);

        left.ShouldBeEmpty();
        SamePackage(read, budget);
    }

    [Fact]
    public void Given_what_the_workbook_cannot_hold_as_it_is_then_each_is_listed_and_the_workbook_is_still_written()
    {
        // Given: the Xinzhou sample with a sub-unit, a purpose longer than an Excel cell holds, and a declaration whose
        // 财政资金 comes twice — each made up for the test
        var budget = Typed(XinzhouSample.Fill, 2022);
        var project = budget.Projects.First(p => p.Targets is not null);
        var twice = new DeclaredFunds(null, [(FundSource.Fiscal, new Money.Yuan(100m)), (FundSource.Fiscal, new Money.Yuan(5m))]);
        budget = budget with
        {
            SubUnits = [new BudgetUnit("362002", "兴隆县医疗保险服务中心", Jixiao.Catalogs.UnitNature.PublicInstitution)],
            Projects = [.. budget.Projects.Select(p => p == project ? p with { Purpose = new string('用', 40_000), Targets = p.Targets! with { AnnualFunds = twice } } : p)],
        };

        var (read, left, _) = RoundTrip(budget);

        left.Count.ShouldBe(3);
        left.ShouldContain(l => l.Contains("1 个所属单位", StringComparison.Ordinal));
        left.ShouldContain(l => l.Contains("“项目”第 2 行“资金用途”超过 32,767 个字符", StringComparison.Ordinal));
        left.ShouldContain(l => l.Contains("又一笔“财政资金” 5.00 元", StringComparison.Ordinal));
        read.Projects.First(p => p.Code == project.Code).Purpose!.Length.ShouldBe(32_767);
    }

    [Fact]
    public void Given_the_largest_amount_a_package_holds_then_it_reads_back_to_the_fen()
    {
        var budget = Typed(XinglongSample.Fill, 2021);
        budget = budget with { Lines = [budget.Lines[0] with { Amount = new Money.Yuan(9_999_999_999_999.99m) }, .. budget.Lines.Skip(1)] };

        var (read, _, _) = RoundTrip(budget);

        read.Lines[0].Amount.Value.ShouldBe(9_999_999_999_999.99m);
    }

    [Fact]
    public void Given_the_demo_package_then_the_filled_workbook_reads_back_as_the_same_budget()
    {
        // Given: the package the web application's demo starts from (23 declared projects, a year of execution, an evaluation)
        var budget = UnitBudgetPackage.Read(Path.Combine(SeedFiles.RepositoryRoot(), "src", "Jixiao.Application", "Demo", "xinglong-2021.package.json"));
        budget.Projects.Count(p => p.Targets is not null).ShouldBe(23);

        var (read, left, _) = RoundTrip(budget);

        // Then: all of it is read back; the 资金用途 its Hebei forms print is, as in a unit's own data, the project's purpose
        // (docs/input-workbook.md), which the forms print in its place.
        left.ShouldBeEmpty();
        var expected = budget with
        {
            Projects = [.. budget.Projects.Select(p => p.Targets is { } d && d.Texts.FirstOrDefault(t => t.Heading == "资金用途").Text is { } use
                ? p with { Purpose = p.Purpose ?? use, Targets = d with { Texts = [.. d.Texts.Where(t => t.Heading != "资金用途")] } }
                : p)],
        };
        expected.Projects.Count(p => p.Purpose is not null).ShouldBe(23);
        SamePackage(read, expected);
    }

    [Fact]
    public void Given_a_budget_then_cells_hold_what_a_person_types_numbers_in_yuan_and_codes_as_text()
    {
        var budget = Typed(XinglongSample.Fill, 2021);

        var (_, _, path) = RoundTrip(budget);

        using var filled = new XLWorkbook(path);
        var lines = filled.Worksheet("预算明细");
        lines.Cell(2, 1).Value.ShouldBe("2101501");
        lines.Cell(2, 5).Value.ShouldBe(1_004_500d);
        lines.Cell(2, 5).Style.NumberFormat.Format.ShouldBe("#,##0.00");
        filled.Worksheet("单位信息").Cell(2, 2).Value.ShouldBe("362001");
        lines.LastRowUsed()!.RowNumber().ShouldBe(budget.Lines.Count + 1);
    }

    [Fact]
    public void Given_what_the_workbook_has_no_column_for_then_it_is_listed_not_silently_dropped()
    {
        // Given: a declaration with a text block of another province's form and a stated 合计 that differs from its sources
        var budget = Typed(XinzhouSample.Fill, 2022);
        var project = budget.Projects.First(p => p.Targets is not null);
        var declaration = project.Targets! with
        {
            Texts = [.. project.Targets!.Texts, ("项目预期效果", "参保群众满意")],
            ImplementationFunds = new DeclaredFunds(new Money.Yuan(1m), []),
        };
        budget = budget with { Projects = [.. budget.Projects.Select(p => p == project ? p with { Targets = declaration } : p)] };

        var (_, left, _) = RoundTrip(budget);

        left.Count.ShouldBe(2);
        left.ShouldContain(l => l.Contains("合计 1.00 元", StringComparison.Ordinal));
        left.ShouldContain(l => l.Contains("“项目预期效果”（工作簿没有这一栏）", StringComparison.Ordinal));
    }
}
