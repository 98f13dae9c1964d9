using Jixiao.Budget;
using Jixiao.Documents.Package;
using Jixiao.Documents.Text;
using Jixiao.Documents.Tests.Package;
using Jixiao.Domain.Tests.Tables;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Rules.Budget;

namespace Jixiao.Documents.Tests.Demo;

/// <summary>
/// The demo data package shipped with the CLI (<c>src/Jixiao.Application/Demo/xinglong-2021.package.json</c>) is the
/// Xinglong 2021 budget built by hand from the seed's figures, each project carrying the target declaration the seed
/// prints for it (its 23 绩效目标表, read by the text reader). Set JIXIAO_WRITE_DEMO=1 to regenerate it.
/// </summary>
public class DemoPackageTests
{
    private static string DemoPath => Path.Combine(SeedFiles.RepositoryRoot(), "src", "Jixiao.Application", "Demo", "xinglong-2021.package.json");

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
        // its year: made up for the demo (DemoYear), the rest as the seed prints it
        return DemoYear.Apply(budget with { Projects = projects });
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
        for (int i = 0; i < shipped.Projects.Count; i++)
        {
            var (s, e) = (shipped.Projects[i], expected.Projects[i]);
            ProjectDataComparison.ShouldBeSame(s.Execution, e.Execution, s.Name);
            ProjectDataComparison.ShouldBeSame(s.Evaluation, e.Evaluation, s.Name);
            s.PublishedEvaluation.ShouldBeNull(s.Name);
        }
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

    [Fact]
    public void Three_projects_have_their_2021_one_on_time_one_behind_one_ahead_of_their_plan()
    {
        var shipped = UnitBudgetPackage.Read(DemoPath);
        var byCode = shipped.Projects.ToDictionary(p => p.Code);
        shipped.Projects.Count(p => p.Execution is not null).ShouldBe(3);

        // Spent by 6月底 against each form's plan (6月底 50 %) and line:
        // on time 98,000 + 108,600 = 206,600 of 413,200 = 50 %; behind 0 + 20,000 = 20,000 of 200,000 = 10 %;
        // ahead 55,000 + 40,000 = 95,000 of 100,000 = 95 %.
        byCode[DemoYear.OnTime].Targets!.SpendingPlan!.Points[1].CumulativePercent.ShouldBe(50m);
        byCode[DemoYear.OnTime].Execution!.Through(6).Spent.ShouldBe(new Yuan(206_600m));
        byCode[DemoYear.Behind].Execution!.Through(6).Spent.ShouldBe(new Yuan(20_000m));
        byCode[DemoYear.Ahead].Execution!.Through(6).Spent.ShouldBe(new Yuan(95_000m));
        // The year: on time and ahead spend their whole line, behind leaves 200,000 − 155,000 = 45,000 (22.5 %) unspent.
        byCode[DemoYear.OnTime].Execution!.Through(12).ShouldBe((new Yuan(413_200m), new Yuan(413_200m)));
        byCode[DemoYear.Behind].Execution!.Through(12).ShouldBe((new Yuan(200_000m), new Yuan(155_000m)));
        byCode[DemoYear.Ahead].Execution!.Through(12).ShouldBe((new Yuan(100_000m), new Yuan(100_000m)));
        // Readings at mid-year and year end.
        byCode[DemoYear.OnTime].Execution!.Readings.Select(r => r.AsOf).Distinct().ShouldBe([new DateOnly(2021, 6, 30), new DateOnly(2021, 12, 31)]);
    }

    [Fact]
    public void The_demo_year_holds_together_with_the_budget_and_the_forms()
    {
        // PKG-08: every reading names an annual indicator of its form, spending ≤ release ≤ the project's line, 财政资金 as declared
        var report = new PackageChecker().Check(UnitBudgetPackage.Read(DemoPath));

        report.Findings.ShouldBeEmpty();
        report.Rules.Single(r => r.Rule.Id == "PKG-08").Outcome.ShouldBe(Outcome.Pass);
    }

    [Fact]
    public void The_evaluation_judges_inside_the_bands_and_shares_the_output_points()
    {
        var project = UnitBudgetPackage.Read(DemoPath).Projects.Single(p => p.Code == DemoYear.OnTime);
        var e = project.Evaluation.ShouldNotBeNull();
        // every entry is one of the form's annual indicators
        e.Indicators.Select(i => i.Name).ShouldBeSubsetOf(project.Targets!.AnnualIndicators.Select(i => i.Name));

        e.Template.ShouldBe("national");
        // 产出 50 = 20 + 10 + 10 + 10
        e.Indicators.Take(4).Sum(i => i.Points).ShouldBe(50m);
        // bands of the national template: 达成年度指标 80–100 %, 部分达成并具有一定效果 60–80 %; 效益 points 30 / 3 = 10 each
        var bands = new Dictionary<string, (decimal From, decimal To)> { ["达成年度指标"] = (0.8m, 1m), ["部分达成并具有一定效果"] = (0.6m, 0.8m) };
        foreach (var i in e.Indicators.Where(i => i.Judged?.Band is not null))
        {
            var (from, to) = bands[i.Judged!.Band!];
            var points = i.Points ?? 10m;
            i.Judged.Score.ShouldBeInRange(from * points, to * points, i.Name);
        }
        e.Indicators.Single(i => i.Name == "完工及时性").Deviation.ShouldNotBeNull();
        e.Evaluators.Count.ShouldBe(2);
    }
}
