using Jixiao.Budget;
using Jixiao.Disclosures;
using Jixiao.Evaluations;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Tables;
using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Rules;

/// <summary>
/// Blank templates published as forms, and self-evaluations published without scores: each said once as unfilled,
/// never scored 0 and never blamed for what a blank cannot hold; and the national table's total held to its items.
/// </summary>
public class FormFillTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    [InlineData("——")]
    [InlineData("指标1：")]
    [InlineData("指标 2")]
    [InlineData("三级指标3")]
    [InlineData("指标一")]
    [InlineData("指标值")]
    [InlineData("XX")]
    [InlineData("××")]
    [InlineData("某某")]
    [InlineData("（请填写）")]
    [InlineData("待补充")]
    public void Template_prompts_and_blanks_are_prompts(string? text) => FormFill.IsPrompt(text).ShouldBeTrue();

    [Theory]
    [InlineData("救助人次")]
    [InlineData("≥1000人次")]
    [InlineData("1")]
    [InlineData("100%")]
    [InlineData("无")]
    [InlineData("指标完成率")]
    [InlineData("XX县医疗救助")]
    public void What_a_filler_writes_is_not_a_prompt(string text) => FormFill.IsPrompt(text).ShouldBeFalse();

    private static IndicatorResult Row(Level2Indicator level2, string name, string target, string actual, decimal? points, decimal? score) =>
        new(level2, name, TargetValue.Parse(target), TargetValue.Parse(actual)) { Points = points, Score = score, Line = 10 };

    // The national 项目支出绩效自评表 as handed out: numbered prompts, every value, score and amount blank.
    private static SelfEvaluation Blank() => new()
    {
        ProjectName = "",
        Title = "项目支出绩效自评表",
        Year = 2023,
        Template = "national",
        Indicators =
        [
            Row(Level2Indicator.Quantity, "指标1：", "", "", null, null),
            Row(Level2Indicator.Quantity, "指标2：", "", "", null, null),
            Row(Level2Indicator.Quality, "指标1：", "", "", null, null),
            Row(Level2Indicator.RecipientSatisfaction, "指标1：", "", "", null, null),
        ],
        Total = new StatedScore(100, null) { Line = 20 },
    };

    // Filled in, scored as given: 预算执行率 10 points and four indicators (20 + 30 + 30 + 10 points).
    private static SelfEvaluation Filled(decimal? execution, decimal?[] scores, decimal? total) => new()
    {
        ProjectName = "城乡医疗救助",
        Year = 2023,
        Template = "national",
        Funds = new EvaluationFunds { Budgeted = [("本年财政拨款", new Yuan(1_000_000m))], Spent = [("本年财政拨款", new Yuan(950_000m))] },
        Indicators =
        [
            Row(Level2Indicator.Quantity, "救助人次", "≥1000人次", "1200人次", 20, scores[0]),
            Row(Level2Indicator.Quality, "救助政策执行准确率", "100%", "100%", 30, scores[1]),
            Row(Level2Indicator.Social, "困难群众负担减轻", "有效减轻", "有效减轻", 30, scores[2]),
            Row(Level2Indicator.RecipientSatisfaction, "救助对象满意度", "≥90%", "95%", 10, scores[3]),
        ],
        Scores = [new ScoredItem("", "", "预算执行率", 10, execution) { Line = 6 }],
        Total = new StatedScore(100, total) { Line = 20 },
        Grade = total is null ? null : total >= 90 ? "优" : "良",
    };

    private static DocumentReport Report(SelfEvaluation e)
    {
        var d = new Disclosure { Source = "test", Set = TableSets.Get("S"), Kind = DocumentKind.SelfEvaluation };
        d.SelfEvaluations.Add(e);
        return new Checker().Check(d);
    }

    private static Outcome OutcomeOf(DocumentReport report, string id) => report.Rules.Single(r => r.Rule.Id == id).Outcome;

    [Fact]
    public void A_blank_self_evaluation_is_one_unfilled_finding_and_no_rule_scores_or_blames_it()
    {
        var report = Report(Blank());

        var finding = report.Findings.ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("EVAL-FILL-01");
        finding.Subject.ShouldBe("绩效自评表“项目支出绩效自评表”");
        finding.Message.ShouldContain("未填写");
        // the prompts 指标1： are not held to be names, the empty scores not to be 0
        foreach (var id in new[] { "EVAL-NAME-01", "EVAL-SCORE-01", "EVAL-SUM-01", "EVAL-GRADE-01" })
            OutcomeOf(report, id).ShouldBe(Outcome.InsufficientData, id);
    }

    [Fact]
    public void A_filled_evaluation_without_scores_is_unscored_not_scored_0()
    {
        var report = Report(Filled(null, [null, null, null, null], null));

        var finding = report.Findings.ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("EVAL-FILL-01");
        finding.Message.ShouldContain("未评分：5 项");
        OutcomeOf(report, "EVAL-SUM-01").ShouldBe(Outcome.InsufficientData);
    }

    [Fact]
    public void A_scored_evaluation_passes_the_fill_rule()
    {
        // 9.50 + 20 + 30 + 28 + 9 = 96.50
        var report = Report(Filled(9.50m, [20, 30, 28, 9], 96.50m));

        report.Findings.ShouldBeEmpty();
        OutcomeOf(report, "EVAL-FILL-01").ShouldBe(Outcome.Pass);
        OutcomeOf(report, "EVAL-SUM-01").ShouldBe(Outcome.Pass);
    }

    [Fact]
    public void A_national_total_that_is_not_the_sum_of_its_items_is_an_error()
    {
        // no section rows: the total is over every item, 9.50 + 20 + 30 + 28 + 9 = 96.50, stated 90
        var report = Report(Filled(9.50m, [20, 30, 28, 9], 90m));

        var finding = report.Findings.Single(f => f.RuleId == "EVAL-SUM-01");
        finding.Severity.ShouldBe(Severity.Error);
        finding.Expected.ShouldBe("96.50");
        finding.Actual.ShouldBe("90.00");
        finding.Line.ShouldBe(20);
    }

    [Fact]
    public void A_national_total_with_one_item_unscored_lacks_data()
    {
        var report = Report(Filled(9.50m, [20, null, 28, 9], 90m));

        OutcomeOf(report, "EVAL-SUM-01").ShouldBe(Outcome.InsufficientData);
        report.Findings.ShouldNotContain(f => f.RuleId == "EVAL-SUM-01");
    }

    [Fact]
    public void A_blank_target_form_is_one_unfilled_finding_and_not_a_form_without_its_cost()
    {
        var blank = new TargetDeclaration
        {
            AnnualIndicators =
            [
                new Indicator(Level2Indicator.Quantity, "指标1：", TargetValue.Parse("")),
                new Indicator(Level2Indicator.Quality, "指标1：", TargetValue.Parse("")),
                new Indicator(Level2Indicator.RecipientSatisfaction, "指标1：", TargetValue.Parse("")),
            ],
        };
        var d = new Disclosure { Source = "test", Set = TableSets.Get("S"), Kind = DocumentKind.PerformanceTargets };
        d.TargetForms.Add(new TargetForm(new Project("", "XX项目") { Targets = blank }, TargetFormLayout.Hebei, 3, Jixiao.Domain.Tests.Targets.LayoutShapes.Hebei));
        var report = new Checker().Check(d);

        var finding = report.Findings.ShouldHaveSingleItem();
        finding.RuleId.ShouldBe("TGT-FILL-01");
        finding.Line.ShouldBe(3);
        foreach (var id in new[] { "TGT-COST-02", "TGT-COVER-01", "TGT-VALUE-01" })
            OutcomeOf(report, id).ShouldBe(Outcome.InsufficientData, id);
    }
}
