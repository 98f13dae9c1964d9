using Jixiao.Budget;
using Jixiao.Codes;
using Jixiao.Catalogs;
using Jixiao.Documents.Package;
using Jixiao.Documents.Text;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Package;

/// <summary>
/// The performance targets of a project in the data package (<c>projects[].targets</c>): read field by field from a
/// package typed by hand from the Xinzhou seed, errors with their paths, and every seed form through a write and a read.
/// </summary>
public class TargetsPackageTests
{
    // 离休干部业务经办费 as the Xinzhou seed prints it (lines 68–99), typed by hand; two indicators of each half.
    private const string Lixiu = """
        {
          "unit": { "code": "303001", "name": "忻州市医疗保险服务中心", "nature": "事业" },
          "fiscalYear": 2022,
          "lines": [ { "functional": "2101101", "kind": "项目支出", "source": "一般公共预算", "amount": 150000, "project": "XM03" } ],
          "projects": [ {
            "code": "XM03", "name": "离休干部业务经办费",
            "targets": {
              "department": { "code": "303", "name": "忻州市医疗保障局" },
              "implementingUnit": "忻州市医疗保险服务中心",
              "nature": "一次性项目",
              "periodYears": 1,
              "implementationFunds": { "total": 150000, "sources": [ { "source": "中央财政资金", "amount": 0 }, { "source": "市县(区)财政资金", "amount": "150000.00" } ] },
              "annualFunds": { "sources": [ { "source": "市县（区）财政资金", "amount": 150000 } ] },
              "texts": [ { "heading": "项目概况", "text": "为一些特殊参保人群……提供医疗保障服务" } ],
              "implementationGoal": "为保障特殊参保人群……顺利开展。",
              "annualGoal": "为保障特殊参保人群……顺利开展。",
              "implementationIndicators": [
                { "level1": "产出指标", "level2": "数量指标", "name": "服务人群类别", "target": "≥3类" },
                { "level2": "成本指标", "name": "离休干部业务经办成本", "target": "≤16万元" }
              ],
              "annualIndicators": [
                { "level1": "产出指标", "level2": "成本指标", "name": "离休干部业务经办成本", "target": "≤16万元" },
                { "level1": "满意度指标", "level2": "服务对象满意度指标", "name": "参保对象满意度", "target": "≥92%" }
              ],
              "spendingPlan": [ { "label": "6月底", "month": 6, "percent": 50 }, { "label": "12月底", "month": 12, "percent": 100 } ],
              "signOff": { "handler": "苏媛渊", "phone": "3032798", "date": "20211207171140" }
            }
          } ]
        }
        """;

    [Fact]
    public void A_declaration_typed_from_the_seed_reads_field_by_field()
    {
        var budget = UnitBudgetPackage.Parse(Lixiu, "lixiu.json");
        var d = budget.Projects.Single().Targets.ShouldNotBeNull();
        d.Department.ShouldBe(("303", "忻州市医疗保障局"));
        d.ImplementingUnit.ShouldBe("忻州市医疗保险服务中心");
        d.Nature.ShouldBe(ProjectNature.OneOff);
        d.PeriodYears.ShouldBe(1);
        d.ImplementationFunds.StatedTotal.ShouldBe(new Yuan(150_000m));
        d.ImplementationFunds.Of(FundSource.Local).ShouldBe(new Yuan(150_000m));
        d.ImplementationFunds.Sources.Count.ShouldBe(2);
        // 年度资金总额 is not in the package: it is the project's line (150,000 元).
        d.AnnualFunds.StatedTotal.ShouldBeNull();
        TargetForms.AsDeclared(budget, Jixiao.Documents.Forms.TargetFormShapes.Of).Single().Declaration.AnnualFunds.StatedTotal.ShouldBe(new Yuan(150_000m));
        d.Texts.ShouldBe([("项目概况", "为一些特殊参保人群……提供医疗保障服务")]);
        d.ImplementationIndicators.Select(i => (i.Level1, i.Level2, i.Name)).ShouldBe([
            (Level1Indicator.Output, Level2Indicator.Quantity, "服务人群类别"), (Level1Indicator.Output, Level2Indicator.Cost, "离休干部业务经办成本")]);
        var cost = d.AnnualIndicators[0].Target;
        cost.Comparison.ShouldBe(Comparison.AtMost);
        cost.Value.ShouldNotBeNull().TryGetYuan(out var yuan).ShouldBeTrue();
        yuan.ShouldBe(new Yuan(160_000m)); // ≤16万元 = 160,000 元
        d.AnnualIndicators[1].Level1.ShouldBe(Level1Indicator.Satisfaction);
        d.SpendingPlan!.Points.Select(p => (p.Month, p.CumulativePercent)).ShouldBe([(6, 50m), (12, 100m)]);
        d.SignOff.ShouldBe(new SignOff(null, "苏媛渊", "3032798", "20211207171140"));
    }

    [Fact]
    public void A_project_without_targets_has_none()
    {
        var budget = UnitBudgetPackage.Parse("""{ "unit": { "code": "1", "name": "u", "nature": "行政" }, "fiscalYear": 2022, "lines": [], "projects": [ { "code": "A", "name": "a", "targets": null } ] }""");
        budget.Projects.Single().Targets.ShouldBeNull();
    }

    [Theory]
    [InlineData("\"level1\": \"产出指标\", \"level2\": \"数量指标\"", "\"level1\": \"效益指标\", \"level2\": \"数量指标\"",
        "$.projects[0].targets.implementationIndicators[0].level1", "“数量指标”所属的一级指标“产出指标”")]
    [InlineData("\"source\": \"中央财政资金\"", "\"source\": \"中央资金\"", "$.projects[0].targets.implementationFunds.sources[0].source", "资金来源")]
    [InlineData("\"month\": 6", "\"month\": 13", "$.projects[0].targets.spendingPlan[0].month", "月份（1–12 的整数）")]
    [InlineData("\"percent\": 50", "\"percent\": -5", "$.projects[0].targets.spendingPlan[0].percent", "0–1000 之间的百分数")]
    [InlineData("\"target\": \"≥3类\"", "\"target\": 3", "$.projects[0].targets.implementationIndicators[0].target", "指标值")]
    [InlineData("\"periodYears\": 1", "\"periodYears\": 0", "$.projects[0].targets.periodYears", "项目期")]
    [InlineData("\"periodYears\": 1", "\"periodYears\": 100", "$.projects[0].targets.periodYears", "1–99")]
    [InlineData("\"amount\": 150000 }", "\"amount\": 150000.001 }", "$.projects[0].targets.annualFunds.sources[0].amount", "至多两位小数")]
    [InlineData("\"nature\": \"一次性项目\"", "\"nature\": \"长期\"", "$.projects[0].targets.nature", "项目属性")]
    [InlineData("\"signOff\": {", "\"signOff\": { \"boss\": \"x\",", "$.projects[0].targets.signOff.boss", "签署的字段之一")]
    public void A_wrong_field_is_an_error_at_its_path(string old, string replacement, string path, string expected)
    {
        var json = Lixiu.Replace(old, replacement, StringComparison.Ordinal);
        json.ShouldNotBe(Lixiu);
        var e = Should.Throw<PackageException>(() => UnitBudgetPackage.Parse(json, "bad.json"));
        e.Errors.ShouldContain(x => x.Path == path && x.Expected.Contains(expected, StringComparison.Ordinal),
            string.Join("\n", e.Errors.Select(x => $"{x.Path}: {x.Expected} / {x.Found}")));
    }

    [Fact]
    public void A_blank_value_and_a_blank_name_are_kept_for_the_checks_not_refused()
    {
        // a published form may print an indicator row without its value (or its 三级 name): import must not make a
        // package that the next command refuses
        var json = Lixiu.Replace("\"name\": \"服务人群类别\", \"target\": \"≥3类\"", "\"name\": \"\", \"target\": \"\"", StringComparison.Ordinal);
        json.ShouldNotBe(Lixiu);
        var i = UnitBudgetPackage.Parse(json).Projects[0].Targets!.ImplementationIndicators[0];
        (i.Name, i.Target.Text, i.Target.Kind).ShouldBe(("", "", TargetValueKind.Empty));
    }

    [Fact]
    public void A_value_the_language_cannot_read_is_kept_for_the_checks_not_refused()
    {
        var json = Lixiu.Replace("\"target\": \"≥3类\"", "\"target\": \"≥\"", StringComparison.Ordinal);
        var d = UnitBudgetPackage.Parse(json).Projects[0].Targets!;
        d.ImplementationIndicators[0].Target.Text.ShouldBe("≥");
        d.ImplementationIndicators[0].Target.Kind.ShouldBe(TargetValueKind.Unreadable);
    }

    [Fact]
    public void A_form_printed_with_a_blank_value_imports_to_a_package_that_reads_back_and_still_reports_it()
    {
        // the one-year fixture with the 实施期 满意度 value left blank (line 33)
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "forms", "shanxi-2023-one-year.txt"))
            .Replace("\t参保群众满意度\t≥95%\t服务对象满意度指标", "\t参保群众满意度\t\t服务对象满意度指标", StringComparison.Ordinal);
        var budget = Jixiao.Documents.Import.DisclosureImporter.Import(PublishedTextReader.Read(text, "blank.txt")).Budget;

        var back = UnitBudgetPackage.Parse(UnitBudgetPackage.Write(budget), "blank.json");

        var blank = back.Projects.Single().Targets!.ImplementationIndicators.Single(i => i.Name == "参保群众满意度");
        blank.Target.Kind.ShouldBe(TargetValueKind.Empty);
        var d = new Jixiao.Disclosures.Disclosure { Source = "blank.json", Set = Jixiao.Tables.TableSets.Get("S"), Kind = Jixiao.Disclosures.DocumentKind.PerformanceTargets };
        d.TargetForms.AddRange(TargetForms.AsDeclared(back, Jixiao.Documents.Forms.TargetFormShapes.Of));
        new Jixiao.Rules.Checker().Check(d).Findings.ShouldContain(f => f.RuleId == "TGT-VALUE-01" && f.Location == "实施期服务对象满意度指标“参保群众满意度”");
    }

    public class EverySeedForm
    {
        [Theory]
        [InlineData(SeedFiles.Xinzhou, 11)]
        [InlineData(SeedFiles.Xinglong, 23)]
        public void Goes_through_a_package_unchanged(string seed, int forms)
        {
            var read = PublishedTextReader.Read(SeedFiles.Text(seed), seed);
            read.TargetForms.Count.ShouldBe(forms);
            var projects = read.TargetForms.Select((f, i) => f.Project with { Code = f.Project.Code.Length > 0 ? f.Project.Code : $"XM{i + 1:00}" }).ToArray();
            var budget = new UnitBudget(new BudgetUnit("1", "u", UnitNature.Administrative), new FiscalYear(2022), []) { Projects = projects };

            var back = UnitBudgetPackage.Parse(UnitBudgetPackage.Write(budget));

            back.Projects.Count.ShouldBe(forms);
            for (int i = 0; i < forms; i++)
                ShouldBeSame(back.Projects[i].Targets!, projects[i].Targets!, projects[i].Name);
        }

        private static void ShouldBeSame(TargetDeclaration a, TargetDeclaration e, string project)
        {
            a.Department.ShouldBe(e.Department, project);
            a.ImplementingUnit.ShouldBe(e.ImplementingUnit, project);
            a.Nature.ShouldBe(e.Nature, project);
            a.PeriodYears.ShouldBe(e.PeriodYears, project);
            foreach (var (x, y) in new[] { (a.ImplementationFunds, e.ImplementationFunds), (a.AnnualFunds, e.AnnualFunds) })
            {
                x.StatedTotal.ShouldBe(y.StatedTotal, project);
                x.Sources.ShouldBe(y.Sources, project);
            }
            a.Texts.ShouldBe(e.Texts, project);
            a.ImplementationGoal.ShouldBe(e.ImplementationGoal, project);
            a.AnnualGoal.ShouldBe(e.AnnualGoal, project);
            foreach (var (x, y) in new[] { (a.ImplementationIndicators, e.ImplementationIndicators), (a.AnnualIndicators, e.AnnualIndicators) })
            {
                x.Count.ShouldBe(y.Count, project);
                for (int k = 0; k < x.Count; k++)
                {
                    (x[k].Level2, x[k].Name, x[k].Target.Text, x[k].Description, x[k].Basis)
                        .ShouldBe((y[k].Level2, y[k].Name, y[k].Target.Text, y[k].Description, y[k].Basis), project);
                    x[k].Target.ShouldBe(y[k].Target, project);
                }
            }
            (a.SpendingPlan?.Points ?? []).ShouldBe(e.SpendingPlan?.Points ?? [], project);
            a.SignOff.ShouldBe(e.SignOff, project);
        }
    }
}
