using Jixiao.Disclosures;
using Jixiao.Evaluations;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Tables;
using Jixiao.Targets;

namespace Jixiao.Domain.Tests.Rules.Evaluations;

/// <summary>
/// Hand-made self-evaluations on the Shanxi score table, each breaking one review point once; the clean one gives no
/// finding. The arithmetic is written next to each case.
/// </summary>
public class EvaluationRulesTests
{
    private static Yuan Wan(decimal wan) => new(wan * 10_000m);

    // The Shanxi table (evaluation-domain.md) with every judged item at full points; 资金到位率 and 预算执行率 as given.
    private static List<ScoredItem> Items(decimal inPlace = 3m, decimal execution = 3m) =>
    [
        new("投入", "项目目标", "项目立项规范性", 3, 3) { Line = 10 },
        new("投入", "项目目标", "绩效目标合理性", 4, 4) { Line = 11 },
        new("投入", "项目目标", "绩效指标明确性", 4, 4) { Line = 12 },
        new("投入", "资金落实", "资金到位率", 3, inPlace) { Line = 13 },
        new("投入", "资金落实", "到位及时率", 3, 3) { Line = 14 },
        new("投入", "资金落实", "预算执行率", 3, execution) { Line = 15 },
        new("过程", "业务管理", "管理制度健全性", 3, 3) { Line = 17 },
        new("过程", "业务管理", "制度执行有效性", 3, 3) { Line = 18 },
        new("过程", "业务管理", "项目质量可控性", 4, 4) { Line = 19 },
        new("过程", "财务管理", "管理制度健全性", 3, 3) { Line = 20 },
        new("过程", "财务管理", "资金使用合规性", 3, 3) { Line = 21 },
        new("过程", "财务管理", "财务监控有效性", 4, 4) { Line = 22 },
        new("产出", "项目产出", "实际完成率", 8, 8) { Line = 24 },
        new("产出", "项目产出", "完成及时率", 7, 7) { Line = 25 },
        new("产出", "项目产出", "质量达标率", 8, 8) { Line = 26 },
        new("产出", "项目产出", "成本节约率", 7, 7) { Line = 27 },
        new("效果", "项目效果", "经济效益", 5, 5) { Line = 29 },
        new("效果", "项目效果", "社会效益", 5, 5) { Line = 30 },
        new("效果", "项目效果", "生态效益", 5, 5) { Line = 31 },
        new("效果", "项目效果", "可持续影响", 5, 5) { Line = 32 },
        new("效果", "项目效果", "社会公众或服务对象满意度", 10, 10) { Line = 33 },
    ];

    private static IndicatorResult Row(Level2Indicator level2, string name, string target, string actual, string progress, int line) =>
        new(level2, name, TargetValue.Parse(target), TargetValue.Parse(actual)) { StatedProgress = progress, Line = line };

    // 18.00 万元 budgeted, released and spent; every score full: sections 20 + 20 + 30 + 30 = 100 → 优.
    private static SelfEvaluation Clean() => new()
    {
        ProjectName = "测试项目",
        Year = 2021,
        Funds = new EvaluationFunds
        {
            Budgeted = [("市级预算资金", Wan(18m))],
            Released = Wan(18m),
            Spent = [("市级预算资金", Wan(18m))],
        },
        Texts = [("项目资金使用情况", "本年度共支付18万元，其中宣传费5万元")],
        Indicators =
        [
            Row(Level2Indicator.Quantity, "专项治理行动", "2次以上", "3次", "100%", 5),
            Row(Level2Indicator.Cost, "会议费", "5万元", "5万元", "100%", 6),
            Row(Level2Indicator.Timeliness, "报销时间", "年底前完成", "已完成", "100%", 7),
            Row(Level2Indicator.Social, "政策知晓率", "普遍知晓", "普遍知晓", "100%", 8),
        ],
        Scores = Items(),
        Sections = [new("投入", 20, 20) { Line = 9 }, new("过程", 20, 20) { Line = 16 }, new("产出", 30, 30) { Line = 23 }, new("效果", 30, 30) { Line = 28 }],
        Total = new StatedScore(100, 100) { Line = 34 },
        Grade = "优",
    };

    private static DocumentReport Report(SelfEvaluation e)
    {
        var d = new Disclosure { Source = "test", Set = TableSets.Get("S"), Kind = DocumentKind.SelfEvaluation };
        d.SelfEvaluations.Add(e);
        return new Checker().Check(d);
    }

    private static IReadOnlyList<Finding> Check(SelfEvaluation e) => Report(e).Findings;

    [Fact]
    public void A_clean_evaluation_gives_no_finding_and_every_rule_passes()
    {
        var report = Report(Clean());

        report.Findings.ShouldBeEmpty();
        var outcomes = report.Rules.ToDictionary(r => r.Rule.Id, r => r.Outcome);
        foreach (var id in new[] { "EVAL-SCORE-01", "EVAL-SUM-01", "EVAL-GRADE-01", "EVAL-FUNDS-01", "EVAL-FUNDS-02", "EVAL-PROG-01", "EVAL-ACT-01", "EVAL-TXT-01", "EVAL-NAME-01" })
            outcomes[id].ShouldBe(Outcome.Pass, id);
        outcomes["TBL-SUM-01"].ShouldBe(Outcome.NotApplicable); // a self-evaluation is no budget disclosure
    }

    [Fact]
    public void A_score_above_its_points_and_a_point_printed_unlike_the_template()
    {
        // 项目质量可控性 is worth 4: 4.50 is above it; 到位及时率 printed as 4 points where the Shanxi table has 3.
        var items = Items();
        items[8] = items[8] with { Score = 4.5m };
        items[4] = items[4] with { Points = 4 };
        var f = Check(Clean() with { Scores = items }).Where(x => x.RuleId == "EVAL-SCORE-01").ToList();

        f.Count.ShouldBe(2);
        f.ShouldContain(x => x.Location == "评分表“业务管理/项目质量可控性”" && x.Expected == "0–4" && x.Actual == "4.50" && x.Line == 19
            && x.Severity == Severity.Error && x.Subject == "绩效自评表“测试项目”");
        f.ShouldContain(x => x.Location == "评分表“资金落实/到位及时率”" && x.Expected == "3" && x.Actual == "4");
    }

    [Fact]
    public void A_negative_score_is_outside_the_points()
    {
        var items = Items();
        items[0] = items[0] with { Score = -1m };
        Check(Clean() with { Scores = items }).ShouldContain(x => x.RuleId == "EVAL-SCORE-01" && x.Actual == "-1.00" && x.Expected == "0–3");
    }

    [Fact]
    public void A_section_that_does_not_add_up_and_a_total_that_is_not_the_sum_of_the_sections()
    {
        // 过程 items 3 + 3 + 3 + 3 + 3 + 4 = 19 (项目质量可控性 docked to 3) but 20.00 stated;
        // total 19.42 + 20 + 30 + 30 = 99.42 stated as 99.50.
        var items = Items(inPlace: 3m, execution: 2.42m);
        items[8] = items[8] with { Score = 3m };
        var e = Clean() with
        {
            Funds = Clean().Funds with { Spent = [("市级预算资金", Wan(14.5m))] },
            Texts = [],
            Scores = items,
            Sections = [new("投入", 20, 19.42m) { Line = 9 }, new("过程", 20, 20) { Line = 16 }, new("产出", 30, 30) { Line = 23 }, new("效果", 30, 30) { Line = 28 }],
            Total = new StatedScore(100, 99.50m) { Line = 34 },
        };
        var f = Check(e).Where(x => x.RuleId == "EVAL-SUM-01").ToList();

        f.Count.ShouldBe(2);
        var process = f.Single(x => x.Location == "评分表“过程”");
        (process.Expected, process.Actual, process.Line).ShouldBe(("19.00", "20.00", 16));
        process.Message.ShouldContain("3.00 + 3.00 + 3.00 + 3.00 + 3.00 + 4.00 = 19.00");
        var total = f.Single(x => x.Location == "综合得分");
        (total.Expected, total.Actual, total.Line).ShouldBe(("99.42", "99.50", 34));
    }

    [Fact]
    public void A_sum_within_the_rounding_tolerance_holds()
    {
        // 投入 items 3 + 4 + 4 + 2.92 + 3 + 3 = 19.92; stated 19.924 is within 0.005.
        var e = Clean() with
        {
            Funds = Clean().Funds with { Released = Wan(17.52m), Spent = [("市级预算资金", Wan(17.52m))] },
            Texts = [],
            Scores = Items(inPlace: 2.92m),
            Sections = [new("投入", 20, 19.924m), new("过程", 20, 20), new("产出", 30, 30), new("效果", 30, 30)],
            Total = new StatedScore(100, 99.92m),
        };
        // 17.52 / 18 × 3 = 2.92
        Check(e).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("90", "优", null)] // 90 itself is 优
    [InlineData("89.99", "优", "良")]
    [InlineData("80", "良", null)]
    [InlineData("79.99", "良", "中")]
    [InlineData("59.99", "中", "差")]
    public void The_grade_is_the_grade_of_the_stated_total(string total, string stated, string? expected)
    {
        var t = decimal.Parse(total, System.Globalization.CultureInfo.InvariantCulture);
        var e = Clean() with { Total = new StatedScore(100, t) { Line = 34 }, Grade = stated };
        var f = Check(e).Where(x => x.RuleId == "EVAL-GRADE-01").ToList();
        if (expected is null) f.ShouldBeEmpty();
        else
        {
            var one = f.ShouldHaveSingleItem();
            (one.Expected, one.Actual, one.Line, one.Location).ShouldBe((expected, stated, 34, "评价结果等次"));
        }
    }

    [Fact]
    public void The_money_items_follow_their_formula_as_in_the_seed()
    {
        // The seed: 12579.31 / 12920.21 × 3 = 2.9208… → 2.92; and 14.50 / 18.00 × 3 = 2.4166… → 2.42.
        var inPlace = Clean() with
        {
            Funds = new EvaluationFunds { Budgeted = [("市级预算资金", Wan(12920.21m))], Released = Wan(12579.31m), Spent = [("市级预算资金", Wan(12579.31m))] },
            Texts = [],
            Scores = Items(inPlace: 2.92m),
            Sections = [new("投入", 20, 19.92m), new("过程", 20, 20), new("产出", 30, 30), new("效果", 30, 30)],
            Total = new StatedScore(100, 99.92m),
        };
        Check(inPlace).ShouldBeEmpty();
        var execution = Clean() with
        {
            Funds = Clean().Funds with { Spent = [("市级预算资金", Wan(14.5m))] },
            Texts = [],
            Scores = Items(execution: 2.42m),
            Sections = [new("投入", 20, 19.42m), new("过程", 20, 20), new("产出", 30, 30), new("效果", 30, 30)],
            Total = new StatedScore(100, 99.42m),
        };
        Check(execution).ShouldBeEmpty();
    }

    [Fact]
    public void A_money_item_scored_by_hand_against_its_formula()
    {
        // 预算执行率: 14.50 / 18.00 × 3 = 2.42, but the full 3 was given (the sections agree with the 3).
        var e = Clean() with { Funds = Clean().Funds with { Spent = [("市级预算资金", Wan(14.5m))] }, Texts = [] };
        var f = Check(e).ShouldHaveSingleItem();

        f.RuleId.ShouldBe("EVAL-FUNDS-01");
        (f.Location, f.Expected, f.Actual, f.Line).ShouldBe(("评分表“资金落实/预算执行率”", "2.42", "3.00", 15));
        f.Message.ShouldContain("14.50 万元 / 预算下达资金 18.00 万元 × 3 = 2.42");
    }

    [Fact]
    public void An_execution_above_the_money_released_is_capped_at_the_points_and_warned()
    {
        // 20 / 18 × 3 = 3.33, capped at 3: the 3 given holds; but 20 spent > 18 released.
        var e = Clean() with { Funds = Clean().Funds with { Spent = [("市级预算资金", Wan(20m))] }, Texts = [] };
        var f = Check(e).ShouldHaveSingleItem();

        f.RuleId.ShouldBe("EVAL-FUNDS-02");
        f.Severity.ShouldBe(Severity.Warning);
        (f.Expected, f.Actual).ShouldBe(("≤ 18.00 万元", "20.00 万元"));
    }

    [Fact]
    public void An_over_spending_the_text_explains_is_a_note_not_a_warning()
    {
        // the same 20 spent > 18 released, but 其他需说明的问题 says the money was added during the year
        var e = Clean() with
        {
            Funds = Clean().Funds with { Spent = [("市级预算资金", Wan(20m))] },
            Texts = [("其他需说明的问题", "年中追加资金2万元，已于12月到位")],
        };
        var f = Check(e).ShouldHaveSingleItem();
        (f.RuleId, f.Severity).ShouldBe(("EVAL-FUNDS-02", Severity.Info));
        f.Message.ShouldEndWith("其他需说明的问题中有说明（“追加”）");
    }

    [Fact]
    public void Money_released_above_the_budget_is_warned()
    {
        // released 19 > budgeted 18; 资金到位率 19 / 18 × 3 capped at 3 holds; 预算执行率 18 / 19 × 3 = 2.842… → 2.84.
        var e = Clean() with
        {
            Funds = Clean().Funds with { Released = Wan(19m) },
            Scores = Items(execution: 2.84m),
            Sections = [new("投入", 20, 19.84m), new("过程", 20, 20), new("产出", 30, 30), new("效果", 30, 30)],
            Total = new StatedScore(100, 99.84m),
        };
        var f = Check(e).ShouldHaveSingleItem();
        (f.RuleId, f.Location, f.Expected, f.Actual).ShouldBe(("EVAL-FUNDS-02", "项目资金情况（预算下达资金）", "≤ 18.00 万元", "19.00 万元"));
    }

    [Fact]
    public void Progress_marked_done_on_a_target_not_reached_as_in_the_seed()
    {
        // 2455592 / 2501278 = 0.98173… → 98.17 %, marked 已完成.
        var e = Clean() with { Indicators = [Row(Level2Indicator.Quantity, "城乡居民参保人数", "2501278人", "2455592", "已完成", 23)] };
        var f = Check(e).ShouldHaveSingleItem();

        f.RuleId.ShouldBe("EVAL-PROG-01");
        (f.Location, f.Expected, f.Actual, f.Line).ShouldBe(("绩效目标实现情况“城乡居民参保人数”", "98.17%", "已完成", 23));
    }

    [Fact]
    public void A_stated_percentage_other_than_the_share()
    {
        // a cost of 754 within its 1000万元 (a 成本指标 is a ceiling) is met: 100 % done, not the 80 % marked;
        // 2455592 / 2501278 = 98.17 % marked 98 % is within 0.5 %; a cost marked 100 % is right.
        var e = Clean() with
        {
            Indicators =
            [
                Row(Level2Indicator.Cost, "总费用", "1000万元", "754", "80%", 215),
                Row(Level2Indicator.Quantity, "参保人数", "2501278人", "2455592", "98%", 23),
                Row(Level2Indicator.Cost, "会议费", "5万元", "4.8万元", "100%", 30),
            ],
        };
        var f = Check(e).ShouldHaveSingleItem();
        (f.RuleId, f.Location, f.Expected, f.Actual).ShouldBe(("EVAL-PROG-01", "绩效目标实现情况“总费用”", "100%", "80%"));
        // a ceiling kept is done: the share of it used (75.4 %) is no progress to print
        f.Message.ShouldBe("“总费用”已完成（754万元 未超过上限 1000万元），完成进度应为 100%，却填“80%”");
    }

    [Theory]
    [InlineData("95%")]
    [InlineData("≥90%")]
    [InlineData("100 人次")]
    [InlineData("90%以上")]
    [InlineData("")]
    public void A_row_whose_indicator_is_a_value_or_blank_has_no_name(string name)
    {
        // seed line 154: 满意度指标 | 服务对象满意度指标 | 95% | 95% | 95% | 95% — the 三级 cell holds the value
        var e = Clean() with { Indicators = [Row(Level2Indicator.RecipientSatisfaction, name, "95%", "95%", "100%", 154)] };
        var f = Check(e).ShouldHaveSingleItem();
        (f.RuleId, f.Severity, f.Line, f.Expected).ShouldBe(("EVAL-NAME-01", Severity.Warning, 154, "三级指标名称"));
        f.Actual.ShouldBe(name.Length == 0 ? "（空白）" : name);
    }

    [Theory]
    [InlineData("补齐大额医疗保险3年累计缺口")] // seed line 152: a name with a figure in it
    [InlineData("PM2.5")]
    [InlineData("12345热线")]
    [InlineData("参保对象满意度")]
    public void A_name_with_a_figure_inside_is_a_name(string name)
    {
        var e = Clean() with { Indicators = [Row(Level2Indicator.Quantity, name, "3次", "3次", "100%", 152)] };
        Check(e).ShouldBeEmpty();
    }

    [Fact]
    public void A_money_item_is_multiplied_before_it_is_divided_and_kept_within_its_points()
    {
        // 3 × 5.81 / 6.00 = 2.905 → 2.91 (dividing first, 0.968333… × 3 = 2.904999…, would give 2.90)
        Jixiao.Evaluations.Scoring.Scorer.FundsScore(3m, new Jixiao.Money.Yuan(58_100m), new Jixiao.Money.Yuan(60_000m)).ShouldBe((2.91m, false));
        // 105 % spent: capped at 3; a negative spending: 0
        Jixiao.Evaluations.Scoring.Scorer.FundsScore(3m, new Jixiao.Money.Yuan(63_000m), new Jixiao.Money.Yuan(60_000m)).ShouldBe((3m, true));
        Jixiao.Evaluations.Scoring.Scorer.FundsScore(3m, new Jixiao.Money.Yuan(-5_000m), new Jixiao.Money.Yuan(60_000m)).ShouldBe((0m, false));
    }

    [Fact]
    public void A_huge_or_unpaid_amount_in_the_text_is_no_payment()
    {
        // a 27-digit number (no overflow, no finding) and 尚未支付 (not a payment made)
        var e = Clean() with { Texts = [("项目绩效情况", "本年度共支付99999999999999999999999999万元；尚未支付20万元")] };
        Check(e).ShouldNotContain(f => f.RuleId == "EVAL-TXT-01");
    }

    [Fact]
    public void Not_done_is_not_done()
    {
        // 未完成 against 年底前完成: not a way of saying the work was done
        var e = Clean() with { Indicators = [Row(Level2Indicator.Timeliness, "完成时间", "年底前完成", "未完成", "100%", 40)] };
        Check(e).ShouldContain(f => f.RuleId == "EVAL-ACT-01" && f.Actual == "未完成");
    }

    [Fact]
    public void A_range_missed_but_marked_100_percent()
    {
        // 100 % is outside 60 %–70 %.
        var e = Clean() with { Indicators = [Row(Level2Indicator.Social, "减轻负担", "60%-70%", "100%", "100%", 153)] };
        var f = Check(e).ShouldHaveSingleItem();
        (f.RuleId, f.Expected, f.Actual).ShouldBe(("EVAL-PROG-01", "低于 100%", "100%"));
    }

    [Fact]
    public void An_actual_that_cannot_be_read_as_its_target_s_kind()
    {
        // 905 read in the target's % is 905 %: a satisfaction cannot exceed 100 %; 满意 is a word against a percentage.
        var e = Clean() with
        {
            Indicators =
            [
                Row(Level2Indicator.RecipientSatisfaction, "人民群众满意度", "90%以上", "905", "100%", 283),
                Row(Level2Indicator.RecipientSatisfaction, "政策知晓率", "大于90%", "满意", "100%", 217),
            ],
        };
        var f = Check(e);

        f.Select(x => (x.RuleId, x.Location, x.Line)).ShouldBe(
        [
            ("EVAL-ACT-01", "绩效目标实现情况“人民群众满意度”", 283),
            ("EVAL-ACT-01", "绩效目标实现情况“政策知晓率”", 217),
        ], ignoreOrder: true);
        Report(e).Rules.Single(r => r.Rule.Id == "EVAL-PROG-01").Outcome.ShouldBe(Outcome.InsufficientData);
    }

    [Fact]
    public void A_qualitative_target_is_not_a_finding()
    {
        var e = Clean() with { Indicators = [Row(Level2Indicator.Quality, "救助体系", "运行规范,救助效果明显", "救助效果明显", "100%", 280)] };
        var report = Report(e);
        report.Findings.ShouldBeEmpty();
        report.Rules.Single(r => r.Rule.Id == "EVAL-ACT-01").Outcome.ShouldBe(Outcome.NotApplicable);
    }

    [Fact]
    public void The_amount_a_text_says_was_paid_against_the_spending()
    {
        // 报销支付754万元 (its parts 367 + 387 = 754) while 实际支出资金 is 1000.00 万元: 246.00 万元 apart.
        var e = Clean() with
        {
            Funds = new EvaluationFunds { Budgeted = [("市级预算资金", Wan(1000m))], Released = Wan(1000m), Spent = [("市级预算资金", Wan(1000m))] },
            Texts = [("项目绩效情况", "共产生医疗费用784万元，报销支付754万元：(1)住院费合计支付367万元。(2)门诊费合计支付387万元。")],
        };
        var f = Check(e).ShouldHaveSingleItem();

        (f.RuleId, f.Location, f.Expected, f.Actual).ShouldBe(("EVAL-TXT-01", "项目绩效情况", "1,000.00 万元", "754.00 万元"));
        f.Message.ShouldContain("相差 246.00 万元");
    }

    [Theory]
    // 实际支出 14.50 / 预算下达 18.00 = 80.56 %; 预算下达 18.00 / 预算资金 18.00 = 100 %
    [InlineData("预算执行率为80.56%", true)]
    [InlineData("预算执行率达到81%", true)]          // whole percents: 0.44 points away
    [InlineData("资金使用率达到100%", false)]
    [InlineData("执行率80%以上", true)]              // a floor: 80.56 ≥ 80
    [InlineData("执行率90%以上", false)]
    [InlineData("资金到位率100%", true)]
    [InlineData("资金到位率97%", false)]
    public void A_rate_the_text_claims_of_the_money(string text, bool holds)
    {
        var e = Clean() with
        {
            Funds = new EvaluationFunds { Budgeted = [("市级预算资金", Wan(18m))], Released = Wan(18m), Spent = [("市级预算资金", Wan(14.5m))] },
            Texts = [("项目绩效情况", "2021年" + text + "。")],
        };
        var report = Report(e);
        var found = report.Findings.Where(f => f.RuleId == "EVAL-TXT-02").ToList();
        if (holds)
        {
            found.ShouldBeEmpty();
            report.Rules.Single(r => r.Rule.Id == "EVAL-TXT-02").Outcome.ShouldBe(Outcome.Pass);
        }
        else
        {
            var f = found.ShouldHaveSingleItem();
            f.Location.ShouldBe("项目绩效情况");
            f.Expected.ShouldBe(text.Contains("到位") ? "100.00%" : "80.56%");
        }
    }
}
