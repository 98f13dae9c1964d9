using Jixiao.Documents.Targets;
using Jixiao.Documents.Text;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Targets;

/// <summary>The 23 Hebei 绩效目标表 in the project section of the Xinglong seed.</summary>
public class HebeiTargetFormReaderTests
{
    private static readonly Lazy<IReadOnlyList<TargetForm>> Forms =
        new(() => Jixiao.Documents.Forms.TargetFormReader.Read(TextRows.Split(SeedFiles.Text(SeedFiles.Xinglong)), _ => true));

    [Fact]
    public void Reads_all_23_forms_and_their_money_adds_up_to_the_项目支出_of_the_tables()
    {
        Forms.Value.Count.ShouldBe(23);
        Forms.Value.ShouldAllBe(f => f.Layout == TargetFormLayout.Hebei && f.Project.Code.Length == 21 && f.Problems.Count == 0);
        // 表3 项目支出 6298.06 万元 = 62,980,600 元
        var sum = Forms.Value.Aggregate(Yuan.Zero, (s, f) => s + f.Declaration.AnnualFunds.StatedTotal!.Value);
        sum.ShouldBe(new Yuan(62_980_600m));
    }

    [Fact]
    public void Reads_the_first_form_field_by_field()
    {
        var form = Forms.Value[0];
        var d = form.Declaration;

        form.Project.Code.ShouldBe("130822213QR79I7RXI65C");
        d.Department.ShouldBe(("362001", "兴隆县医疗保障局本级")); // the line under the title
        form.Project.Name.ShouldBe("冀财社[2020]147号+中央财政医疗救助补助资金");
        d.AnnualFunds.StatedTotal.ShouldBe(new Yuan(10_770_000m)); // 1077.00 万元
        d.AnnualFunds.Of(FundSource.Fiscal).ShouldBe(new Yuan(10_770_000m));
        d.AnnualFunds.Of(FundSource.Other).ShouldBe(Yuan.Zero);
        d.SpendingPlan!.Points.Select(p => (p.Label, p.Month, p.CumulativePercent))
            .ShouldBe([("3月底", 3, 25m), ("6月底", 6, 50m), ("10月底", 10, 75m), ("12月底", 12, 100m)]);
        d.AnnualGoal.ShouldBe("1.医疗救助资金及时到位发放\n2.医疗救助资金足额发放");
        var first = d.AnnualIndicators[0];
        first.Level2.ShouldBe(Level2Indicator.Quantity);
        first.Name.ShouldBe("贫困人口全员补助");
        first.Description.ShouldBe("贫困人口全员补助");
        first.Target.Text.ShouldBe("≥100贫困人口全员补助100%");
        first.Basis.ShouldBe("冀财社【2020】147号文件要求");
        d.AnnualIndicators[^1].Level2.ShouldBe(Level2Indicator.RecipientSatisfaction);
    }

    [Fact]
    public void Reads_every_spending_plan_and_each_rises_to_100_percent()
    {
        foreach (var form in Forms.Value)
        {
            var points = form.Declaration.SpendingPlan.ShouldNotBeNull(form.Project.Name).Points;
            points.Count.ShouldBe(4, form.Project.Name);
            points[^1].CumulativePercent.ShouldBe(100m, form.Project.Name);
        }
    }

    [Fact]
    public void Keeps_a_basis_cut_onto_the_next_row_and_the_last_form_past_a_bookmark()
    {
        // 贫困人口参保资助: the 社会效益指标 row lost its 指标值确定依据 to the next row.
        var grant = Forms.Value.Single(f => f.Project.Name == "贫困人口参保资助").Declaration;
        grant.AnnualIndicators.Single(i => i.Level2 == Level2Indicator.Social).Basis.ShouldBe("配套政策相关文件");
        // 冀财社[2020]195号…: a [bookmark: _GoBack] sits in the 一级 cell of its 成本指标 row.
        var last = Forms.Value[^1].Declaration;
        last.AnnualIndicators.Select(i => i.Level2).ShouldContain(Level2Indicator.Cost);
        last.AnnualIndicators[^1].Name.ShouldBe("群众满意度");
    }
}

/// <summary>Target forms without a budget around them, and a form with a cell that is not a number.</summary>
public class TargetFormDocumentTests
{
    [Fact]
    public void A_file_of_Hebei_forms_alone_is_a_document_of_target_forms()
    {
        var seed = SeedFiles.Text(SeedFiles.Xinglong);
        int from = seed.IndexOf("1.冀财社[2020]147号", StringComparison.Ordinal);
        int to = seed.IndexOf("六、政府采购预算情况", StringComparison.Ordinal);
        var d = PublishedTextReader.Read(seed[from..to], "hebei-forms.txt");

        d.Kind.ShouldBe(Jixiao.Disclosures.DocumentKind.PerformanceTargets);
        d.Tables.ShouldBeEmpty();
        d.TargetForms.Count.ShouldBe(23);
        var report = new Jixiao.Rules.Checker().Check(d);
        report.Rules.Single(r => r.Rule.Id == "TGT-PLAN-01").Outcome.ShouldBe(Jixiao.Rules.Outcome.Pass);
        report.Rules.Single(r => r.Rule.Id == "DOC-01").Outcome.ShouldBe(Jixiao.Rules.Outcome.NotApplicable);
    }

    [Fact]
    public void A_money_cell_in_words_is_a_finding_on_its_form_not_a_silent_zero()
    {
        var seed = SeedFiles.Text(SeedFiles.Xinzhou);
        // the first form's 实施期资金总额 100,000 written in words
        int at = seed.IndexOf("100,000", StringComparison.Ordinal);
        var d = PublishedTextReader.Read(string.Concat(seed.AsSpan(0, at), "拾万元", seed.AsSpan(at + "100,000".Length)), "words.txt");

        d.ReadFindings.ShouldContain(f => f.RuleId == "RD-CELL-01" && f.Subject == "绩效目标申报表“信息系统维护及资产购置”" && f.Actual == "拾万元");
        d.TargetForms[0].Declaration.ImplementationFunds.StatedTotal.ShouldBeNull();
    }
}
