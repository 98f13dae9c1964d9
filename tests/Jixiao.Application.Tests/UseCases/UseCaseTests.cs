using Jixiao.Application.Forms;
using Jixiao.Application.Import;
using Jixiao.Application.Tables;
using Jixiao.Documents;
using Jixiao.Tables;

namespace Jixiao.Application.Tests.UseCases;

/// <summary>The other use cases called as the web will call them; the expectations are the CLI tests'.</summary>
public class UseCaseTests
{
    private static string TempDir() => Directory.CreateTempSubdirectory("jixiao-app-").FullName;

    [Fact]
    public void Importing_the_Jinzhong_self_evaluations_gives_5_projects_and_no_budget_line()
    {
        var imported = Importer.Load(SeedFiles.Path(SeedFiles.Jinzhong), cancellationToken: TestContext.Current.CancellationToken);
        imported.Budget.Unit.Name.ShouldBe("晋中市医疗保障局");
        imported.Budget.Year.Value.ShouldBe(2021);
        imported.Budget.Lines.Count.ShouldBe(0);
        imported.Budget.Projects.Count(p => p.PublishedEvaluation is not null).ShouldBe(5);
    }

    [Fact]
    public void An_imported_package_reads_back_as_a_data_package_and_renders_its_tables()
    {
        var package = Path.Combine(TempDir(), "xinglong.json");
        Importer.Write(Importer.Load(SeedFiles.Path(SeedFiles.Xinglong), cancellationToken: TestContext.Current.CancellationToken), package);
        FileTypes.Of(package).Kind.ShouldBe(InputKind.DataPackage);

        var tables = DisclosureTables.Load(package, TableSets.Get("H"), TableSets.Current);
        tables.Set.Id.ShouldBe("H");
        tables.Tables.Count.ShouldBe(9); // set H: 河北 2021, 9 tables
    }

    [Fact]
    public void The_forms_of_the_Xinzhou_targets_and_the_Jinzhong_self_evaluations()
    {
        var xinzhou = FormFiles.Load(SeedFiles.Path(SeedFiles.Xinzhou));
        xinzhou.Forms.Count.ShouldBe(11);
        xinzhou.FromBudget.ShouldBeFalse();
        var jinzhong = FormFiles.Load(SeedFiles.Path(SeedFiles.Jinzhong));
        jinzhong.Evaluations.Count.ShouldBe(5);

        var output = Path.Combine(TempDir(), "申报表.html");
        FormFiles.Write(xinzhou.Matching("离休干部业务经办费"), OutputFormat.Html, output);
        File.ReadAllText(output).ShouldContain("离休干部业务经办费");
    }
}
