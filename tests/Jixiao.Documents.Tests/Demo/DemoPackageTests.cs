using Jixiao.Documents.Package;
using Jixiao.Domain.Tests.Tables;

namespace Jixiao.Documents.Tests.Demo;

/// <summary>
/// The demo data package shipped with the CLI (<c>src/Jixiao.Cli/Demo/xinglong-2021.package.json</c>) is the
/// Xinglong 2021 budget built by hand from the seed's figures. Set JIXIAO_WRITE_DEMO=1 to regenerate it.
/// </summary>
public class DemoPackageTests
{
    private static string DemoPath => Path.Combine(SeedFiles.RepositoryRoot(), "src", "Jixiao.Cli", "Demo", "xinglong-2021.package.json");

    [Fact]
    public void The_shipped_demo_package_is_the_hand_built_Xinglong_budget()
    {
        var expected = XinglongBudget.Create();
        if (Environment.GetEnvironmentVariable("JIXIAO_WRITE_DEMO") == "1") UnitBudgetPackage.WriteFile(expected, DemoPath);
        var shipped = UnitBudgetPackage.Read(DemoPath);
        shipped.Unit.ShouldBe(expected.Unit);
        shipped.Year.ShouldBe(expected.Year);
        shipped.Lines.ShouldBe(expected.Lines, ignoreOrder: false);
        shipped.Projects.ShouldBe(expected.Projects);
        shipped.ThreePublic.ShouldBe(expected.ThreePublic);
        // 282.12 + 16.18 + 6298.06 万元 (the seed's 人员经费, 公用经费, 项目支出)
        shipped.Lines.Sum(l => l.Amount.Value).ShouldBe(65_963_600m);
    }
}
