using Jixiao.Budget;
using Jixiao.Documents.Package;

namespace Jixiao.Documents.Tests.Package;

/// <summary>
/// A budget line's stable identity: written and read back with the line, assigned to the lines that have none after
/// the highest number used, and refused when two lines of a package share it.
/// </summary>
public class LineIdTests
{
    private const string Package = """
        {
          "unit": { "code": "362001", "name": "兴隆县医疗保障局本级", "nature": "行政" },
          "fiscalYear": 2021,
          "lines": [
            { "id": "L7", "functional": "2101501", "economic": "30101", "kind": "人员经费", "source": "一般公共预算", "amount": 100.00 },
            { "functional": "2101501", "economic": "30101", "kind": "人员经费", "source": "一般公共预算", "amount": 100.00 },
            { "id": "a-1", "functional": "2101501", "economic": "30101", "kind": "人员经费", "source": "一般公共预算", "amount": 100.00 }
          ]
        }
        """;

    [Fact]
    public void Ids_are_read_and_written_with_their_lines()
    {
        var budget = UnitBudgetPackage.Parse(Package);
        budget.Lines.Select(l => l.Id).ShouldBe(["L7", null, "a-1"]);
        UnitBudgetPackage.Parse(UnitBudgetPackage.Write(budget)).Lines.Select(l => l.Id).ShouldBe(["L7", null, "a-1"]);
    }

    [Fact]
    public void Two_equal_lines_are_told_apart_once_identified()
    {
        var budget = LineIds.Identified(UnitBudgetPackage.Parse(Package));
        // L7 is the highest number given: the line without an id gets the next one, the others keep theirs.
        budget.Lines.Select(l => l.Id).ShouldBe(["L7", "L8", "a-1"]);
        budget.Lines[0].ShouldNotBe(budget.Lines[1]);
        LineIds.Next(budget.Lines).ShouldBe("L9");
        LineIds.Identified(budget).ShouldBeSameAs(budget);
    }

    [Fact]
    public void A_repeated_id_is_refused_at_the_second_line()
    {
        var e = Should.Throw<PackageException>(() => UnitBudgetPackage.Parse(Package.Replace("\"a-1\"", "\"L7\"", StringComparison.Ordinal), "ids.json"));
        var error = e.Errors.ShouldHaveSingleItem();
        error.Path.ShouldBe("$.lines[2].id");
        error.Expected.ShouldContain("$.lines[0] 已用");
        error.Found.ShouldBe("\"L7\"");
    }

    [Fact]
    public void An_id_outside_the_pattern_is_refused()
    {
        var e = Should.Throw<PackageException>(() => UnitBudgetPackage.Parse(Package.Replace("\"a-1\"", "\"a 1\"", StringComparison.Ordinal), "ids.json"));
        e.Errors.ShouldHaveSingleItem().Path.ShouldBe("$.lines[2].id");
    }
}
