using Jixiao.Budget;
using Jixiao.Documents.Package;
using Jixiao.Documents.Text;
using Jixiao.Domain.Tests.Tables;

namespace Jixiao.Documents.Tests.Demo;

/// <summary>
/// The demo data package shipped with the CLI (<c>src/Jixiao.Cli/Demo/xinglong-2021.package.json</c>) is the
/// Xinglong 2021 budget built by hand from the seed's figures, each project carrying the target declaration the seed
/// prints for it (its 23 绩效目标表, read by the text reader). Set JIXIAO_WRITE_DEMO=1 to regenerate it.
/// </summary>
public class DemoPackageTests
{
    private static string DemoPath => Path.Combine(SeedFiles.RepositoryRoot(), "src", "Jixiao.Cli", "Demo", "xinglong-2021.package.json");

    /// <summary>The hand-built budget with the seed's forms on its projects (matched by 项目编码).</summary>
    private static UnitBudget Expected()
    {
        var budget = XinglongBudget.Create();
        var forms = PublishedTextReader.Read(SeedFiles.Text(SeedFiles.Xinglong), SeedFiles.Xinglong).TargetForms
            .ToDictionary(f => f.Project.Code, f => f.Declaration, StringComparer.Ordinal);
        var projects = new List<Project>();
        foreach (var p in budget.Projects)
        {
            var d = forms[p.Code];
            // The form's 预算数 and the hand-built lines are one figure: kept once, in the lines.
            var lines = budget.Lines.Where(l => l.ProjectCode == p.Code).Sum(l => l.Amount.Value);
            d.AnnualFunds.StatedTotal.ShouldBe(new Money.Yuan(lines), p.Name);
            projects.Add(p with { Targets = d with { AnnualFunds = d.AnnualFunds with { StatedTotal = null } } });
        }
        return budget with { Projects = projects };
    }

    [Fact]
    public void The_shipped_demo_package_is_the_hand_built_Xinglong_budget_with_the_seed_forms()
    {
        var expected = Expected();
        if (Environment.GetEnvironmentVariable("JIXIAO_WRITE_DEMO") == "1") UnitBudgetPackage.WriteFile(expected, DemoPath);
        var shipped = UnitBudgetPackage.Read(DemoPath);
        shipped.Unit.ShouldBe(expected.Unit);
        shipped.Year.ShouldBe(expected.Year);
        shipped.Lines.ShouldBe(expected.Lines, ignoreOrder: false);
        shipped.Projects.Select(p => (p.Code, p.Name)).ShouldBe(expected.Projects.Select(p => (p.Code, p.Name)));
        shipped.ThreePublic.ShouldBe(expected.ThreePublic);
        // 282.12 + 16.18 + 6298.06 万元 (the seed's 人员经费, 公用经费, 项目支出)
        shipped.Lines.Sum(l => l.Amount.Value).ShouldBe(65_963_600m);

        // Every project declares its targets, without a second copy of its money.
        shipped.Projects.ShouldAllBe(p => p.Targets != null && p.Targets.AnnualFunds.StatedTotal == null);
        // 12.代缴村级连接医保系统费用 as the seed prints it (line 3160): 财政资金 41.32 万元, plan 3月底 25% … 12月底 100%.
        var first = shipped.Projects.Single(p => p.Code == "13082221KPMIQHAGCZE4A").Targets!;
        first.AnnualFunds.Of(Jixiao.Targets.FundSource.Fiscal).ShouldBe(new Money.Yuan(413_200m));
        first.SpendingPlan!.Points[^1].CumulativePercent.ShouldBe(100m);
        // Indicators as the reader reads them (its own tests hold them against the seed text).
        for (int i = 0; i < shipped.Projects.Count; i++)
            shipped.Projects[i].Targets!.AnnualIndicators.Select(x => (x.Level2, x.Name, x.Target.Text))
                .ShouldBe(expected.Projects[i].Targets!.AnnualIndicators.Select(x => (x.Level2, x.Name, x.Target.Text)), shipped.Projects[i].Name);
    }
}
