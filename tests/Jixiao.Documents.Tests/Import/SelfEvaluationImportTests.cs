using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Documents.Import;
using Jixiao.Documents.Package;
using Jixiao.Documents.Text;
using Jixiao.Evaluations;
using Jixiao.Money;
using static Jixiao.Documents.Tests.Package.ProjectDataComparison;

namespace Jixiao.Documents.Tests.Import;

/// <summary>
/// A document of published self-evaluations alone (the Jinzhong seed, five 绩效自评表) imported into a package: one
/// project per form with the form as read, the unit and year from the forms, made-up codes said in a note.
/// </summary>
public class SelfEvaluationImportTests
{
    private static readonly Lazy<ImportResult> Jinzhong = new(() =>
        DisclosureImporter.Import(PublishedTextReader.Read(SeedFiles.Text(SeedFiles.Jinzhong), SeedFiles.Jinzhong)));

    [Fact]
    public void Gives_a_package_of_five_projects_each_with_its_form_and_no_lines()
    {
        var b = Jinzhong.Value.Budget;

        b.Lines.ShouldBeEmpty();
        b.Year.Value.ShouldBe(2021); // (2021 年度)
        // 预算单位 晋中市医疗保障局, printed without a code (主管部门 社保科 is a 科室, not the unit)
        (b.Unit.Code, b.Unit.Name, b.Unit.Nature).ShouldBe(("晋中市医疗保障局", "晋中市医疗保障局", UnitNature.Administrative));
        b.Projects.Select(p => (p.Code, p.Name)).ShouldBe([
            ("XM01", "城乡居民基本医疗保险2021年市级财政补助"),
            ("XM02", "打击欺诈骗保专项行动"),
            ("XM03", "晋中市城镇职工大额补充医疗保险特殊药品清算资金"),
            ("XM04", "离休干部医疗医疗补助(行政、事业、企业、优抚)"),
            ("XM05", "医疗救助金市级配套资金"),
        ]);
        b.Projects.ShouldAllBe(p => p.PublishedEvaluation != null && p.Targets == null && p.Execution == null);
        b.Projects.ShouldAllBe(p => p.PublishedEvaluation!.ProjectName == p.Name);
    }

    [Fact]
    public void Keeps_the_money_as_printed_typed_from_the_seed()
    {
        var b = Jinzhong.Value.Budget;

        // 打击欺诈骗保专项行动 (seed lines 76–82, 万元): 预算资金 市级预算资金 18.00, 其他 0.00; 预算下达资金 18.00;
        // 实际支出资金 市级预算资金 14.50, 上年结转资金 0.00, 上级财政资金 0.00, 其他 0.00
        var fraud = b.Projects[1].PublishedEvaluation!.Funds;
        fraud.Budgeted.ShouldBe([("市级预算资金", new Yuan(180_000m)), ("其他", Yuan.Zero)]);
        fraud.Released.ShouldBe(new Yuan(180_000m));
        fraud.Spent.ShouldBe([("市级预算资金", new Yuan(145_000m)), ("上年结转资金", Yuan.Zero), ("上级财政资金", Yuan.Zero), ("其他", Yuan.Zero)]);

        // 离休干部医疗医疗补助 (seed lines 201–207): 1000.00 万元 budgeted, released and spent
        var retired = b.Projects[3].PublishedEvaluation!.Funds;
        retired.BudgetedTotal.ShouldBe(new Yuan(10_000_000m));
        retired.Released.ShouldBe(new Yuan(10_000_000m));
        retired.Spent[0].ShouldBe(("市级预算资金", new Yuan(10_000_000m)));
        retired.SpentTotal.ShouldBe(new Yuan(10_000_000m)); // 1000.00 + 0.00 + 0.00 + 0.00
    }

    [Fact]
    public void Says_what_it_made_up()
    {
        var notes = Jinzhong.Value.Notes;

        notes.ShouldContain("绩效自评表未印单位编码，以单位名称“晋中市医疗保障局”作编码。");
        notes.ShouldContain(n => n.StartsWith("5 个项目未印项目编码，按顺序编为：XM01 城乡居民基本医疗保险2021年市级财政补助；XM02 打击欺诈骗保专项行动；", StringComparison.Ordinal));
        notes.ShouldContain(n => n.StartsWith("文件只有绩效自评表、没有预算表：数据包只含 5 个项目", StringComparison.Ordinal));
    }

    [Fact]
    public void Goes_through_a_package_unchanged()
    {
        var b = Jinzhong.Value.Budget;

        var back = UnitBudgetPackage.Parse(UnitBudgetPackage.Write(b), "jinzhong.json");

        back.Projects.Select(p => (p.Code, p.Name)).ShouldBe(b.Projects.Select(p => (p.Code, p.Name)));
        for (int i = 0; i < 5; i++) ShouldBeSame(back.Projects[i].PublishedEvaluation, b.Projects[i].PublishedEvaluation, b.Projects[i].Name);
    }

    [Fact]
    public void Puts_a_form_and_a_self_evaluation_of_one_project_on_one_project()
    {
        // one Xinzhou target form (离休干部业务经办费) and a self-evaluation naming the same project
        var forms = PublishedTextReader.Read(SeedFiles.Text(SeedFiles.Xinzhou), SeedFiles.Xinzhou);
        var form = forms.TargetForms.First(f => f.Project.Name == "离休干部业务经办费");
        var d = new Jixiao.Disclosures.Disclosure { Source = "mixed.txt", Set = forms.Set, Kind = Jixiao.Disclosures.DocumentKind.PerformanceTargets };
        d.TargetForms.Add(form);
        d.SelfEvaluations.Add(new SelfEvaluation { ProjectName = "离休干部业务经办费", Year = 2022 });
        d.SelfEvaluations.Add(new SelfEvaluation { ProjectName = "另一个项目", Year = 2022 });

        var result = DisclosureImporter.Import(d);

        result.Budget.Projects.Count.ShouldBe(2);
        result.Budget.Projects[0].Targets.ShouldNotBeNull();
        result.Budget.Projects[0].PublishedEvaluation!.ProjectName.ShouldBe("离休干部业务经办费");
        (result.Budget.Projects[1].Targets, result.Budget.Projects[1].Name).ShouldBe((null, "另一个项目"));
        result.Notes.ShouldContain(n => n.StartsWith("文件只有绩效目标表和绩效自评表", StringComparison.Ordinal));
    }

    [Fact]
    public void Refuses_forms_without_a_year()
    {
        var d = new Jixiao.Disclosures.Disclosure { Source = "x.txt", Set = Jixiao.Tables.TableSets.Get("S"), Kind = Jixiao.Disclosures.DocumentKind.SelfEvaluation };
        d.SelfEvaluations.Add(new SelfEvaluation { ProjectName = "甲", BudgetUnit = "乙" });

        Should.Throw<ImportException>(() => DisclosureImporter.Import(d)).Message.ShouldContain("绩效自评表中没有所评年度");
    }
}
