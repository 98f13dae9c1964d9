using Jixiao.Disclosures;
using Jixiao.Documents.Text;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Defects;

/// <summary>
/// A hand-made defect corpus of target forms (docs/target-forms.md, “Defect corpus”). Three clean documents in the
/// published text layouts (<c>Fixtures/forms/</c>): a one-year Shanxi 申报表 (200,000 元 = 省级 50,000 + 市县 130,000 +
/// 单位自筹 20,000 in both columns; 项目总成本 ≤20万元; 人均培训成本 ≤1000元/人 × ≥200人), a three-year one (年度 300,000 =
/// 省级 100,000 + 市县 200,000; 实施期 900,000 = 3 × 300,000), and a minimal Hebei budget disclosure (表3 only: 项目支出
/// 50.00 万元) whose project section holds three 绩效目标表 (8.00 + 30.00 + 12.00 = 50.00 万元). Each case plants one
/// defect by an exact edit and asserts the rule, project, field and figures of what is found — and that nothing else
/// above info appears.
/// </summary>
public class TargetFormDefectTests
{
    private static readonly Checker Checker = new();

    private static string Fixture(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    private static readonly string OneYear = Fixture("forms/shanxi-2023-one-year.txt");
    private static readonly string ThreeYear = Fixture("forms/shanxi-2023-three-year.txt");
    private static readonly string Hebei = Fixture("forms/hebei-2021-unit-budget.txt");
    private static readonly string SetS = Fixture("set-s-sample.txt");

    private const string Training = "绩效目标申报表“医保经办窗口人员培训经费”";
    private const string Maintenance = "绩效目标申报表“医保信息系统运行维护经费”";
    private const string Leaflets = "绩效目标表“医保政策宣传印刷费”";

    private static Disclosure Read(string text) => PublishedTextReader.Read(text, "defect.txt");

    private static DocumentReport Check(string text) => Checker.Check(Read(text));

    private static List<Finding> AboveInfo(DocumentReport report) => report.Findings.Where(f => f.Severity != Severity.Info).ToList();

    /// <summary>The findings above info of <paramref name="text"/> that the clean document <paramref name="clean"/> does not have.</summary>
    private static List<Finding> NewFindings(string clean, string text)
    {
        var before = AboveInfo(Check(clean)).Select(f => (f.RuleId, f.Subject, f.Location, f.Message)).ToHashSet();
        return AboveInfo(Check(text)).Where(f => !before.Contains((f.RuleId, f.Subject, f.Location, f.Message))).ToList();
    }

    /// <summary>Replaces <paramref name="old"/>, which must occur exactly once in <paramref name="text"/>.</summary>
    private static string Edit(string text, string old, string replacement)
    {
        int at = text.IndexOf(old, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"“{old}” not in the text");
        text.IndexOf(old, at + 1, StringComparison.Ordinal).ShouldBe(-1, $"“{old}” occurs more than once");
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    /// <summary>Replaces the first <paramref name="old"/> after <paramref name="anchor"/>.</summary>
    private static string EditAfter(string text, string anchor, string old, string replacement)
    {
        int a = text.IndexOf(anchor, StringComparison.Ordinal);
        a.ShouldBeGreaterThanOrEqualTo(0, $"anchor “{anchor}” not in the text");
        int at = text.IndexOf(old, a, StringComparison.Ordinal);
        at.ShouldBeGreaterThanOrEqualTo(0, $"“{old}” not after “{anchor}”");
        return text[..at] + replacement + text[(at + old.Length)..];
    }

    /// <summary>A Shanxi indicator's value changed in both halves: <c>\t三级\t旧值</c> occurs once in each half.</summary>
    private static string BothHalves(string text, string name, string old, string replacement)
    {
        string from = $"\t{name}\t{old}", to = $"\t{name}\t{replacement}";
        int count = 0;
        for (int at = text.IndexOf(from, StringComparison.Ordinal); at >= 0; at = text.IndexOf(from, at + 1, StringComparison.Ordinal)) count++;
        count.ShouldBe(2, $"“{name} {old}” should be printed once in each half");
        return text.Replace(from, to, StringComparison.Ordinal);
    }

    private static Finding Single(List<Finding> findings, string ruleId)
    {
        findings.Select(f => f.RuleId).ShouldBe([ruleId], string.Join("\n", findings.Select(f => $"{f.RuleId} {f.Subject} {f.Location} {f.Message}")));
        return findings[0];
    }

    private static void ShouldBeOnePerHalf(List<Finding> findings, string ruleId, string subject, string locationAfterHalf)
    {
        findings.Select(f => $"{f.RuleId} {f.Subject} {f.Location}").Order(StringComparer.Ordinal).ShouldBe(
            new[] { $"{ruleId} {subject} 实施期{locationAfterHalf}", $"{ruleId} {subject} 年度{locationAfterHalf}" }.Order(StringComparer.Ordinal),
            string.Join("\n", findings.Select(f => $"{f.RuleId} {f.Subject} {f.Location} {f.Message}")));
    }

    public class TheCleanForms
    {
        [Fact]
        public void The_one_year_Shanxi_form_reads_fully_and_gives_nothing_above_info()
        {
            var form = Read(OneYear).TargetForms.ShouldHaveSingleItem();
            var d = form.Declaration;

            form.Project.Name.ShouldBe("医保经办窗口人员培训经费");
            form.Year.ShouldBe(2023);
            form.Problems.ShouldBeEmpty();
            d.Department.ShouldBe(("303", "某市医疗保障局"));
            d.ImplementingUnit.ShouldBe("某市医疗保险服务中心");
            d.Nature.ShouldBe(ProjectNature.OneOff);
            d.PeriodYears.ShouldBe(1);
            foreach (var funds in new[] { d.ImplementationFunds, d.AnnualFunds })
            {
                // 50,000 + 130,000 + 20,000 = 200,000
                funds.StatedTotal.ShouldBe(new Yuan(200_000m));
                funds.Of(FundSource.Provincial).ShouldBe(new Yuan(50_000m));
                funds.Of(FundSource.Local).ShouldBe(new Yuan(130_000m));
                funds.Of(FundSource.SelfRaised).ShouldBe(new Yuan(20_000m));
                funds.Of(FundSource.Central).ShouldBe(Yuan.Zero);
            }
            Level2Indicator[] printed =
            [
                Level2Indicator.Quantity, Level2Indicator.Quality, Level2Indicator.Timeliness, Level2Indicator.Cost, Level2Indicator.Cost,
                Level2Indicator.Social, Level2Indicator.Sustainability, Level2Indicator.RecipientSatisfaction,
            ];
            d.ImplementationIndicators.Select(i => i.Level2).ShouldBe(printed);
            d.AnnualIndicators.Select(i => (i.Level2, i.Name, i.Target.Text)).ShouldBe(d.ImplementationIndicators.Select(i => (i.Level2, i.Name, i.Target.Text)));
            // the second 成本 row leaves its 二级 blank: it continues 成本指标
            d.AnnualIndicators[4].Name.ShouldBe("人均培训成本");
            d.AnnualIndicators[4].Target.Text.ShouldBe("≤1000元/人");
            d.AnnualGoal.ShouldBe("2023年完成全市医保经办窗口人员轮训，考核合格率不低于95%。");
            d.Texts.Select(t => t.Heading).ShouldBe(["项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度、措施", "项目实施计划"]);
            d.SignOff.ShouldBe(new SignOff(null, "李明", "3031234", "20221208153717"));

            var report = Check(OneYear);
            AboveInfo(report).ShouldBeEmpty();
            var outcomes = report.Rules.ToDictionary(r => r.Rule.Id, r => r.Outcome);
            foreach (var id in new[] { "TGT-MONEY-01", "TGT-MONEY-02", "TGT-MONEY-03", "TGT-COST-01", "TGT-COST-02", "TGT-COST-03", "TGT-HALF-01",
                         "TGT-COVER-01", "TGT-QUAL-01", "TGT-YEAR-01", "TGT-VALUE-01", "TGT-DUP-01" })
                outcomes[id].ShouldBe(Outcome.Pass, id);
        }

        [Fact]
        public void The_three_year_Shanxi_form_reads_fully_and_gives_nothing_above_info()
        {
            var form = Read(ThreeYear).TargetForms.ShouldHaveSingleItem();
            var d = form.Declaration;

            d.Nature.ShouldBe(ProjectNature.Recurring);
            d.PeriodYears.ShouldBe(3);
            // 实施期 900,000 = 3 × 300,000; 省级 300,000 = 3 × 100,000, 市县 600,000 = 3 × 200,000
            d.ImplementationFunds.StatedTotal.ShouldBe(new Yuan(900_000m));
            d.AnnualFunds.StatedTotal.ShouldBe(new Yuan(300_000m));
            d.ImplementationFunds.Of(FundSource.Provincial).ShouldBe(new Yuan(300_000m));
            d.AnnualFunds.Of(FundSource.Local).ShouldBe(new Yuan(200_000m));
            d.ImplementationIndicators.Count.ShouldBe(7);
            d.AnnualIndicators.Single(i => i.Level2 == Level2Indicator.Cost).Target.Text.ShouldBe("≤30万元");
            d.ImplementationIndicators.Single(i => i.Level2 == Level2Indicator.Cost).Target.Text.ShouldBe("≤90万元");

            // the 实施期 goal names 2023 to 2025, the 实施期 values differ from the year's: both right for three years
            var report = Check(ThreeYear);
            AboveInfo(report).ShouldBeEmpty();
            var outcomes = report.Rules.ToDictionary(r => r.Rule.Id, r => r.Outcome);
            foreach (var id in new[] { "TGT-MONEY-01", "TGT-MONEY-02", "TGT-MONEY-03", "TGT-COST-01", "TGT-YEAR-01" })
                outcomes[id].ShouldBe(Outcome.Pass, id);
            outcomes["TGT-HALF-01"].ShouldBe(Outcome.NotApplicable);
        }

        [Fact]
        public void The_Hebei_disclosure_reads_its_three_forms_and_gives_nothing_above_info_but_its_missing_tables()
        {
            var disclosure = Read(Hebei);
            var forms = disclosure.TargetForms;

            forms.Select(f => (f.Project.Code, f.Project.Name, f.Declaration.AnnualFunds.StatedTotal)).ShouldBe(
            [
                ("13099921A1B2C3D4E5F6G", "医保政策宣传印刷费", new Yuan(80_000m)),
                ("13099921H7J8K9L0M1N2P", "医保信息系统运维费", new Yuan(300_000m)),
                ("13099921Q3R4S5T6U7V8W", "定点医药机构专项检查经费", new Yuan(120_000m)),
            ]);
            forms.ShouldAllBe(f => f.Layout == TargetFormLayout.Hebei && f.Problems.Count == 0);
            // 30.00 万元 = 财政资金 25.00 + 其他资金 5.00
            forms[1].Declaration.AnnualFunds.Of(FundSource.Fiscal).ShouldBe(new Yuan(250_000m));
            forms[1].Declaration.AnnualFunds.Of(FundSource.Other).ShouldBe(new Yuan(50_000m));
            forms[2].Declaration.SpendingPlan!.Points.Select(p => (p.Month, p.CumulativePercent)).ShouldBe([(3, 0m), (6, 40m), (10, 80m), (12, 100m)]);
            forms.Select(f => f.Declaration.AnnualIndicators.Count).ShouldBe([8, 6, 7]);
            // a blank 二级 cell continues 成本指标
            var unitCost = forms[0].Declaration.AnnualIndicators[4];
            (unitCost.Level2, unitCost.Name, unitCost.Target.Text, unitCost.Basis).ShouldBe((Level2Indicator.Cost, "单份印制成本", "4元/份", "印刷报价"));
            forms[0].Declaration.AnnualGoal.ShouldBe("1.2021年印制并发放医保政策宣传折页20000份\n2.参保群众政策知晓率达到90%以上");
            disclosure.Projects.Select(p => p.Amount!.Value.Value).ShouldBe([8.00m, 30.00m, 12.00m]);

            var report = Check(Hebei);
            // A minimal disclosure: 表3 and the forms. Only the eight tables it leaves out are reported.
            AboveInfo(report).Select(f => $"{f.RuleId} {f.Subject} {f.Actual}").ShouldBe(
                new[] { 1, 2, 4, 5, 6, 7, 8, 9 }.Select(n => $"DOC-01 {report.Findings.First(f => f.Subject.StartsWith($"表{n} ", StringComparison.Ordinal)).Subject} 缺少"),
                ignoreOrder: true);
            var outcomes = report.Rules.ToDictionary(r => r.Rule.Id, r => r.Outcome);
            foreach (var id in new[] { "XT-10", "TGT-MONEY-01", "TGT-COST-01", "TGT-COST-02", "TGT-COST-03", "TGT-PLAN-01", "TGT-COVER-01", "TGT-QUAL-01", "TGT-YEAR-01", "TGT-COPY-01" })
                outcomes[id].ShouldBe(Outcome.Pass, id);
        }
    }

    public class MoneyDefects
    {
        [Fact]
        public void Implementation_sources_that_do_not_add_up_are_TGT_MONEY_01_on_that_column()
        {
            // 实施期 省级 50,000 → 60,000: 60,000 + 130,000 + 20,000 = 210,000 ≠ 200,000
            var text = Edit(OneYear, "\t\t省级财政资金\t\t50,000\t", "\t\t省级财政资金\t\t60,000\t");
            var f = Single(NewFindings(OneYear, text), "TGT-MONEY-01");
            (f.Subject, f.Location, f.Expected, f.Actual).ShouldBe((Training, "项目资金（实施期）", "200,000.00 元", "210,000.00 元"));
            f.Message.ShouldContain("相差 -10,000.00 元");
        }

        [Fact]
        public void Annual_sources_that_do_not_add_up_are_TGT_MONEY_01_on_that_column()
        {
            // 年度 单位自筹 20,000 → 2,000: 50,000 + 130,000 + 2,000 = 182,000 ≠ 200,000
            var text = Edit(OneYear, "单位自筹\t\t20,000\t单位自筹\t\t20,000", "单位自筹\t\t20,000\t单位自筹\t\t2,000");
            var f = Single(NewFindings(OneYear, text), "TGT-MONEY-01");
            (f.Subject, f.Location, f.Expected, f.Actual).ShouldBe((Training, "项目资金（年度）", "200,000.00 元", "182,000.00 元"));
        }

        [Fact]
        public void A_one_year_project_whose_period_is_not_its_year_is_TGT_MONEY_02()
        {
            // 实施期 200,000 → 250,000 with 市县 130,000 → 180,000 (50,000 + 180,000 + 20,000 = 250,000 adds up); 年度 stays 200,000
            var text = Edit(OneYear, "实施期资金总额：\t\t200,000", "实施期资金总额：\t\t250,000");
            text = Edit(text, "\t\t市县（区）财政资金\t\t130,000\t", "\t\t市县（区）财政资金\t\t180,000\t");
            var f = Single(NewFindings(OneYear, text), "TGT-MONEY-02");
            (f.Subject, f.Location, f.Expected, f.Actual).ShouldBe((Training, "项目资金（实施期、年度）", "200,000.00 元", "250,000.00 元"));
        }

        [Fact]
        public void A_three_year_project_whose_period_is_not_three_years_is_TGT_MONEY_02()
        {
            // 实施期 900,000 → 600,000 (省级 200,000 + 市县 400,000) and its cost ≤90万元 → ≤60万元; 3 × 300,000 = 900,000
            var text = Edit(ThreeYear, "实施期资金总额：\t\t900,000", "实施期资金总额：\t\t600,000");
            text = Edit(text, "\t\t省级财政资金\t\t300,000\t", "\t\t省级财政资金\t\t200,000\t");
            text = Edit(text, "\t\t市县（区）财政资金\t\t600,000\t", "\t\t市县（区）财政资金\t\t400,000\t");
            text = Edit(text, "\t≤90万元\t", "\t≤60万元\t");
            var f = Single(NewFindings(ThreeYear, text), "TGT-MONEY-02");
            (f.Subject, f.Expected, f.Actual).ShouldBe((Maintenance, "900,000.00 元", "600,000.00 元"));
            f.Message.ShouldContain("× 3 = 900,000.00 元");
        }

        [Fact]
        public void The_same_money_from_other_sources_is_TGT_MONEY_03()
        {
            // 年度: 省级 50,000 → 0 and 市县 130,000 → 180,000 (0 + 180,000 + 20,000 = 200,000 still adds up)
            var text = Edit(OneYear, "省级财政资金\t\t50,000\t省级财政资金\t\t50,000", "省级财政资金\t\t50,000\t省级财政资金\t\t0");
            text = Edit(text, "市县（区）财政资金\t\t130,000\t市县（区）财政资金\t\t130,000", "市县（区）财政资金\t\t130,000\t市县（区）财政资金\t\t180,000");
            var f = Single(NewFindings(OneYear, text), "TGT-MONEY-03");
            (f.Subject, f.Location).ShouldBe((Training, "项目资金（资金来源）"));
            f.Expected.ShouldBe("省级财政资金 50,000.00 元、市县（区）财政资金 130,000.00 元、单位自筹 20,000.00 元");
            f.Actual.ShouldBe("市县（区）财政资金 180,000.00 元、单位自筹 20,000.00 元");
        }

        [Fact]
        public void The_same_sources_in_other_amounts_in_a_one_year_project_are_TGT_MONEY_03()
        {
            // 年度: 省级 50,000 → 40,000, 单位自筹 20,000 → 30,000 (40,000 + 130,000 + 30,000 = 200,000)
            var text = Edit(OneYear, "省级财政资金\t\t50,000\t省级财政资金\t\t50,000", "省级财政资金\t\t50,000\t省级财政资金\t\t40,000");
            text = Edit(text, "单位自筹\t\t20,000\t单位自筹\t\t20,000", "单位自筹\t\t20,000\t单位自筹\t\t30,000");
            var f = Single(NewFindings(OneYear, text), "TGT-MONEY-03");
            f.Actual.ShouldBe("省级财政资金 40,000.00 元、市县（区）财政资金 130,000.00 元、单位自筹 30,000.00 元");
        }
    }

    public class CostDefects
    {
        [Fact]
        public void A_form_without_a_cost_indicator_is_TGT_COST_02_in_each_half()
        {
            // the 成本 row printed empty in both halves and the 人均培训成本 row left out
            var text = Edit(OneYear,
                "\t\t成本指标\t项目总成本\t≤20万元\t成本指标\t项目总成本\t≤20万元\n\t\t\t人均培训成本\t≤1000元/人\t\t人均培训成本\t≤1000元/人\n",
                "\t\t成本指标\t\t\t成本指标\t\t\n");
            var findings = NewFindings(OneYear, text);
            ShouldBeOnePerHalf(findings, "TGT-COST-02", Training, "绩效指标（成本指标）");
            findings.ShouldAllBe(f => f.Expected == "至少一个成本指标" && f.Actual == "无" && f.Severity == Severity.Error);
        }

        [Theory]
        [InlineData("≤25万元", "250,000.00 元")] // 25 × 10,000 = 250,000 > 200,000
        [InlineData("≤250000元", "250,000.00 元")]
        [InlineData("=20.5万元", "205,000.00 元")] // 20.5 × 10,000 = 205,000 > 200,000
        public void A_total_cost_above_the_money_is_TGT_COST_01_in_each_half(string value, string yuan)
        {
            var text = BothHalves(OneYear, "项目总成本", "≤20万元", value);
            var findings = NewFindings(OneYear, text);
            ShouldBeOnePerHalf(findings, "TGT-COST-01", Training, "成本指标“项目总成本”");
            findings.ShouldAllBe(f => f.Expected == "不超过 200,000.00 元" && f.Actual == $"{value}（{yuan}）");
        }

        [Fact]
        public void A_unit_cost_times_its_count_above_the_money_is_TGT_COST_03_in_each_half()
        {
            // ≤1000元/人 → ≤1200元/人: 1,200 × 200 人 = 240,000 > 200,000
            var text = BothHalves(OneYear, "人均培训成本", "≤1000元/人", "≤1200元/人");
            var findings = NewFindings(OneYear, text);
            ShouldBeOnePerHalf(findings, "TGT-COST-03", Training, "成本指标“人均培训成本”");
            findings.ShouldAllBe(f => f.Expected == "200,000.00 元" && f.Actual == "240,000.00 元" && f.Message.Contains("“≥200人” = 240,000.00 元，超过"));
        }

        [Fact]
        public void A_Hebei_unit_cost_times_its_count_other_than_the_money_is_TGT_COST_03()
        {
            // 4元/份 → 5元/份: 5 × 20,000 份 = 100,000 ≠ 80,000 (8.00 万元)
            var text = Edit(Hebei, "\t4元/份\n", "\t5元/份\n");
            var f = Single(NewFindings(Hebei, text), "TGT-COST-03");
            (f.Subject, f.Location, f.Expected, f.Actual).ShouldBe((Leaflets, "年度成本指标“单份印制成本”", "80,000.00 元", "100,000.00 元"));
            f.Message.ShouldContain("不等");
        }
    }

    public class ContentDefects
    {
        [Fact]
        public void Another_value_in_the_annual_half_is_TGT_HALF_01()
        {
            // 年度 培训考核合格率 ≥95% → ≥90%
            var text = Edit(OneYear, "培训考核合格率\t≥95%\t质量指标\t培训考核合格率\t≥95%", "培训考核合格率\t≥95%\t质量指标\t培训考核合格率\t≥90%");
            var f = Single(NewFindings(OneYear, text), "TGT-HALF-01");
            (f.Subject, f.Location, f.Expected, f.Actual).ShouldBe((Training, "质量指标“培训考核合格率”", "≥95%", "≥90%"));
        }

        [Theory]
        [InlineData("\t75.00%\n", "\t40.00%\n", "10月底", "不低于 50%", "40%")] // 25 / 50 / 40 / 100 falls at 10月底
        [InlineData("\t100.00%\n", "\t90.00%\n", "12月底", "100%", "90%")] // 25 / 50 / 75 / 90 ends short of 100
        public void A_spending_plan_that_falls_or_ends_below_100_percent_is_TGT_PLAN_01(string old, string planted, string point, string expected, string actual)
        {
            var text = EditAfter(Hebei, "1.医保政策宣传印刷费绩效目标表", old, planted);
            var f = Single(NewFindings(Hebei, text), "TGT-PLAN-01");
            (f.Subject, f.Location, f.Expected, f.Actual).ShouldBe((Leaflets, $"资金支出计划（{point}）", expected, actual));
        }

        [Theory]
        [InlineData("\t\t时效指标\t培训完成时间\t2023年10月31日前\t时效指标\t培训完成时间\t2023年10月31日前", "\t\t时效指标\t\t\t时效指标\t\t", "时效指标")]
        [InlineData("\t满意度指标\t服务对象满意度\t参保群众满意度\t≥95%\t服务对象满意度指标\t参保群众满意度\t≥95%", "\t满意度指标\t服务对象满意度\t\t\t服务对象满意度指标\t\t", "满意度指标")]
        public void A_missing_timeliness_or_satisfaction_indicator_is_TGT_COVER_01_in_each_half(string row, string empty, string missing)
        {
            var findings = NewFindings(OneYear, Edit(OneYear, row, empty));
            ShouldBeOnePerHalf(findings, "TGT-COVER-01", Training, "绩效指标");
            findings.ShouldAllBe(f => f.Actual == $"缺{missing}");
        }

        [Fact]
        public void A_Hebei_form_without_its_timeliness_row_is_TGT_COVER_01()
        {
            var text = Edit(Hebei, "\t\n\t时效指标\n\t故障响应时间\n\t发生故障后的响应时间\n\t≤2小时\n\t运维服务合同\n\n", "");
            var f = Single(NewFindings(Hebei, text), "TGT-COVER-01");
            (f.Subject, f.Location, f.Actual).ShouldBe(("绩效目标表“医保信息系统运维费”", "年度绩效指标", "缺时效指标"));
        }

        [Fact]
        public void Most_values_in_words_is_TGT_QUAL_01_once_a_form()
        {
            // 6 of the 8 values in words in both halves: 6 / 8 = 75 % > 50 %
            var text = BothHalves(OneYear, "培训经办人员人数", "≥200人", "稳步推进");
            text = BothHalves(text, "培训考核合格率", "≥95%", "有效提升");
            text = BothHalves(text, "培训完成时间", "2023年10月31日前", "及时");
            text = BothHalves(text, "窗口业务平均办理时长", "≤20分钟", "显著提升");
            text = BothHalves(text, "经办人员持证上岗率", "100%", "持续运行");
            text = BothHalves(text, "参保群众满意度", "≥95%", "较高");
            var f = Single(NewFindings(OneYear, text), "TGT-QUAL-01");
            (f.Subject, f.Location, f.Expected, f.Actual).ShouldBe((Training, "年度绩效指标", "定性指标不超过 50%", "75%"));
            f.Message.ShouldContain("8 个指标中 6 个为定性表述");
        }

        [Fact]
        public void A_goal_naming_another_year_is_TGT_YEAR_01()
        {
            // the 年度 goal (second copy on the row) speaks of 2022 on a 2023 form
            var text = Edit(OneYear, "\t\t\t2023年完成全市", "\t\t\t2022年完成全市");
            var f = Single(NewFindings(OneYear, text), "TGT-YEAR-01");
            (f.Subject, f.Location, f.Expected, f.Actual).ShouldBe((Training, "年度总体目标", "2023年", "2022年"));
        }

        [Fact]
        public void A_period_goal_beyond_a_three_year_period_is_TGT_YEAR_01()
        {
            // 项目期 3年 from 2023: 2023—2025; the 实施期 goal says 2026
            var text = Edit(ThreeYear, "2023年至2025年保障", "2023年至2026年保障");
            var f = Single(NewFindings(ThreeYear, text), "TGT-YEAR-01");
            (f.Subject, f.Location, f.Expected, f.Actual).ShouldBe((Maintenance, "实施期总体目标", "2023—2025年", "2026年"));
        }

        [Fact]
        public void A_Hebei_goal_naming_last_year_is_TGT_YEAR_01()
        {
            var text = Edit(Hebei, "1.2021年印制", "1.2020年印制");
            var f = Single(NewFindings(Hebei, text), "TGT-YEAR-01");
            (f.Subject, f.Location, f.Expected, f.Actual).ShouldBe((Leaflets, "绩效目标", "2021年", "2020年"));
        }

        [Fact]
        public void The_same_level_3_indicator_listed_twice_is_TGT_DUP_01_in_each_half()
        {
            // the 数量 row printed again under it (blank 二级), the same 三级 name with another value in both halves
            var text = Edit(OneYear, "≥200人\n", "≥200人\n\t\t\t培训经办人员人数\t≥180人\t\t培训经办人员人数\t≥180人\n");
            var findings = NewFindings(OneYear, text);
            ShouldBeOnePerHalf(findings, "TGT-DUP-01", Training, "数量指标“培训经办人员人数”");
        }

        [Fact]
        public void A_second_project_with_the_same_indicators_and_other_money_is_TGT_COPY_01()
        {
            // a copy of the form as 医保经办窗口人员培训经费（二期） with 250,000 (市县 130,000 → 180,000) and the same 8 indicators
            var copy = OneYear.Replace("医保经办窗口人员培训经费", "医保经办窗口人员培训经费（二期）", StringComparison.Ordinal)
                .Replace("200,000", "250,000", StringComparison.Ordinal)
                .Replace("130,000", "180,000", StringComparison.Ordinal);
            var text = OneYear + copy;
            var f = Single(NewFindings(OneYear, text), "TGT-COPY-01");
            (f.Subject, f.Location).ShouldBe(("绩效目标申报表“医保经办窗口人员培训经费（二期）”", "年度绩效指标"));
            f.Message.ShouldContain("250,000.00 元 与 200,000.00 元");
        }
    }

    public class DisclosureDefects
    {
        [Fact]
        public void A_project_of_table_3_without_a_form_is_XT_10()
        {
            // form 3 (12.00 万元) left out: 8.00 + 30.00 = 38.00 ≠ 50.00
            int from = Hebei.IndexOf("[bookmark: _Toc10000003]", StringComparison.Ordinal), to = Hebei.IndexOf("六、政府采购预算情况", StringComparison.Ordinal);
            var text = Hebei[..from] + Hebei[to..];
            var f = Single(NewFindings(Hebei, text), "XT-10");
            (f.Subject, f.Location).ShouldBe(("表3 单位预算支出总表", "行“合计”，列“项目支出” ↔ 2张绩效目标表"));
            f.Message.ShouldContain("50.00");
            f.Message.ShouldContain("38.00");
        }

        [Fact]
        public void A_form_with_other_money_than_table_3_is_XT_10()
        {
            // form 2: 预算数 30.00 → 31.00, 财政资金 25.00 → 26.00 (26.00 + 5.00 = 31.00): 8.00 + 31.00 + 12.00 = 51.00 ≠ 50.00
            var text = Edit(Hebei, "\t30.00\n\t其中：财政资金\n\t25.00\n", "\t31.00\n\t其中：财政资金\n\t26.00\n");
            var f = Single(NewFindings(Hebei, text), "XT-10");
            f.Message.ShouldContain("51.00");
        }

        [Fact]
        public void A_project_of_the_project_table_without_a_form_is_XT_11()
        {
            // set S sample: the form of 医保政策宣传经费 (6.30) left out; 表12 still lists it, and 4196.80 − 6.30 = 4190.50
            int from = SetS.IndexOf("医保政策宣传经费绩效目标表", StringComparison.Ordinal);
            var text = SetS[..from];
            var findings = NewFindings(SetS, text);
            findings.Select(f => f.RuleId).Order(StringComparer.Ordinal).ShouldBe(["XT-10", "XT-11"]);
            var f = findings.Single(x => x.RuleId == "XT-11");
            (f.Location, f.Actual).ShouldBe(("行“医保政策宣传经费”", "（无）"));
            findings.Single(x => x.RuleId == "XT-10").Message.ShouldContain("4190.50");
        }

        [Fact]
        public void A_form_with_other_money_than_the_project_table_is_XT_11()
        {
            // set S sample: the form of 医保基金监管专项检查经费 says 13.00 where 表12 says 12.00
            var text = Edit(SetS, "预算数\t12.00", "预算数\t13.00");
            var findings = NewFindings(SetS, text);
            findings.Select(f => f.RuleId).Order(StringComparer.Ordinal).ShouldBe(["XT-10", "XT-11"]);
            var f = findings.Single(x => x.RuleId == "XT-11");
            f.Location.ShouldStartWith("行“医保基金监管专项检查经费”");
            f.Message.ShouldContain("12.00");
            f.Message.ShouldContain("13.00");
        }
    }

    public class MalformedForms
    {
        [Fact]
        public void A_value_that_cannot_be_read_is_TGT_VALUE_01_in_each_half()
        {
            var text = BothHalves(OneYear, "培训考核合格率", "≥95%", "≥");
            var findings = NewFindings(OneYear, text);
            ShouldBeOnePerHalf(findings, "TGT-VALUE-01", Training, "质量指标“培训考核合格率”");
            findings.ShouldAllBe(f => f.Actual == "≥");
        }

        [Fact]
        public void A_money_cell_in_words_is_RD_CELL_01_and_no_sum_is_blamed_on_it()
        {
            // 实施期 省级 50,000 → 五万元: unread, not taken as zero — so no TGT-MONEY finding follows from it
            var text = Edit(OneYear, "\t\t省级财政资金\t\t50,000\t", "\t\t省级财政资金\t\t五万元\t");
            var f = Single(NewFindings(OneYear, text), "RD-CELL-01");
            (f.Subject, f.Location, f.Actual, f.Expected).ShouldBe(("绩效目标申报表“医保经办窗口人员培训经费”", "省级财政资金", "五万元", "以元为单位的金额"));
        }

        [Fact]
        public void A_form_cut_off_after_its_timeliness_row_lacks_its_cost_and_satisfaction()
        {
            var text = OneYear[..OneYear.IndexOf("\t\t成本指标", StringComparison.Ordinal)];
            var form = Read(text).TargetForms.ShouldHaveSingleItem();
            form.Declaration.AnnualIndicators.Count.ShouldBe(3);
            var findings = NewFindings(OneYear, text);
            findings.Select(f => $"{f.RuleId} {f.Location} {f.Actual}").ShouldBe(
            [
                "TGT-COST-02 实施期绩效指标（成本指标） 无", "TGT-COST-02 年度绩效指标（成本指标） 无",
                "TGT-COVER-01 实施期绩效指标 缺满意度指标", "TGT-COVER-01 年度绩效指标 缺满意度指标",
            ], ignoreOrder: true);
        }

        [Fact]
        public void A_form_with_no_indicator_rows_is_TGT_COVER_01_and_TGT_COST_02()
        {
            int from = OneYear.IndexOf("\t产出指标", StringComparison.Ordinal), to = OneYear.IndexOf("负责人：", StringComparison.Ordinal);
            var text = OneYear[..from] + OneYear[to..];
            var findings = NewFindings(OneYear, text);
            findings.Select(f => $"{f.RuleId} {f.Location} {f.Actual}").ShouldBe(
            [
                "TGT-COST-02 实施期绩效指标（成本指标） 无", "TGT-COST-02 年度绩效指标（成本指标） 无",
                "TGT-COVER-01 实施期绩效指标 无指标", "TGT-COVER-01 年度绩效指标 无指标",
            ], ignoreOrder: true);
        }

        [Fact]
        public void Shifted_columns_read_the_same()
        {
            // every row from 项目资金 to the last indicator one cell to the right, and the 年度 half one more
            var lines = OneYear.Split('\n');
            int first = Array.FindIndex(lines, l => l.StartsWith("项目资金", StringComparison.Ordinal));
            int last = Array.FindIndex(lines, l => l.StartsWith("负责人", StringComparison.Ordinal));
            for (int i = first; i < last; i++) lines[i] = "\t" + lines[i].Replace("\t数量指标\t", "\t\t数量指标\t", StringComparison.Ordinal);
            var text = string.Join('\n', lines);
            Describe(Read(text)).ShouldBe(Describe(Read(OneYear)));
            NewFindings(OneYear, text).ShouldBeEmpty();
        }

        [Fact]
        public void A_blank_level_2_cell_continues_the_one_above()
        {
            var text = Edit(OneYear, "≥200人\n", "≥200人\n\t\t\t培训班期数\t≥4期\t\t培训班期数\t≥4期\n");
            var d = Read(text).TargetForms.ShouldHaveSingleItem().Declaration;
            foreach (var half in new[] { d.ImplementationIndicators, d.AnnualIndicators })
                half.Where(i => i.Level2 == Level2Indicator.Quantity).Select(i => (i.Name, i.Target.Text)).ShouldBe([("培训经办人员人数", "≥200人"), ("培训班期数", "≥4期")]);
            NewFindings(OneYear, text).ShouldBeEmpty();
        }

        [Fact]
        public void A_level_3_name_cut_short_in_the_annual_half_takes_the_full_name()
        {
            var text = Edit(OneYear, "社会效益指标\t窗口业务平均办理时长\t≤20分钟\n", "社会效益指标\t窗口业务平均办\t≤20分钟\n");
            var d = Read(text).TargetForms.ShouldHaveSingleItem().Declaration;
            d.AnnualIndicators.Single(i => i.Level2 == Level2Indicator.Social).Name.ShouldBe("窗口业务平均办理时长");
            NewFindings(OneYear, text).ShouldBeEmpty();
        }

        // The 时效 row broken by a line break inside one cell, as the extraction prints a cell that wraps.
        [Theory]
        [InlineData("\t培训完成时间\t2023年10月31日前\t时效指标", "\t培训完成\n时间\t2023年10月31日前\t时效指标")] // the 实施期 三级 name
        [InlineData("\t培训完成时间\t2023年10月31日前\t时效指标", "\t培训完成时间\t2023年10月\n31日前\t时效指标")] // the 实施期 value
        [InlineData("\t时效指标\t培训完成时间\t2023年10月31日前\n", "\t时效指标\t培训完成\n时间\t2023年10月31日前\n")] // the 年度 三级 name
        public void A_row_that_wraps_inside_a_cell_reads_as_one_row(string old, string wrapped)
        {
            var text = Edit(OneYear, old, wrapped);
            Describe(Read(text)).ShouldBe(Describe(Read(OneYear)));
            NewFindings(OneYear, text).ShouldBeEmpty();
        }

        [Theory]
        [InlineData("")]
        [InlineData("会议纪要\n今天开会讨论了医保经办工作。\n")]
        public void An_empty_file_or_one_of_another_kind_is_a_read_error_not_a_crash(string content)
        {
            var path = Path.Combine(Path.GetTempPath(), $"jixiao-corpus-{Guid.NewGuid():N}.txt");
            File.WriteAllText(path, content);
            try
            {
                var ex = Should.Throw<DocumentReadException>(() => DocumentLoader.Load(path));
                ex.Message.ShouldContain(content.Length == 0 ? "文件是空的" : "未识别为预算公开文件");
            }
            finally
            {
                File.Delete(path);
            }
        }

        [Fact]
        public void A_self_evaluation_is_read_but_no_target_rule_applies()
        {
            var report = Check(SeedFiles.Text(SeedFiles.Jinzhong));
            report.Kind.ShouldBe(DocumentKind.SelfEvaluation);
            report.Findings.ShouldNotContain(f => f.RuleId.StartsWith("TGT", StringComparison.Ordinal));
            report.Rules.Where(r => r.Rule.Id.StartsWith("TGT", StringComparison.Ordinal)).ShouldAllBe(r => r.Outcome == Outcome.NotApplicable);
        }

        // What the reader made of a document's forms, field by field, for comparing two printings of the same forms.
        private static string Describe(Disclosure d) => string.Join("\n", d.TargetForms.Select(f =>
            $"{f.Project.Name}|{f.Declaration.ImplementationFunds.StatedTotal}|{f.Declaration.AnnualFunds.StatedTotal}|" +
            string.Join(",", f.Declaration.ImplementationFunds.Sources) + "|" + string.Join(",", f.Declaration.AnnualFunds.Sources) + "|" +
            string.Join(";", f.Declaration.ImplementationIndicators.Select(i => $"{i.Level2}:{i.Name}={i.Target.Text}")) + "|" +
            string.Join(";", f.Declaration.AnnualIndicators.Select(i => $"{i.Level2}:{i.Name}={i.Target.Text}")) + $"|{f.Problems.Count}"));
    }

    public class TheDeclaredProjects
    {
        [Fact]
        public void Come_once_from_each_form_even_when_its_预算数_cannot_be_read()
        {
            // form 1 of the Hebei fixture (8.00 万元) printed 八万元: its project is declared once, by the form, without money
            var text = Edit(Hebei, "\t预算数\n\t8.00\n", "\t预算数\n\t八万元\n");
            var d = PublishedTextReader.Read(text, "unreadable.txt");
            d.Projects.Count.ShouldBe(3);
            d.Projects.Select(p => p.Name).Distinct().Count().ShouldBe(3);
            d.Projects[0].Amount.ShouldBeNull();
            d.ReadFindings.ShouldContain(f => f.RuleId == "RD-CELL-01" && f.Actual == "八万元");
        }
    }

    public class FormsWithoutAPrintedName
    {
        [Fact]
        public void Are_checked_by_their_line_and_the_missing_name_is_said()
        {
            // the one-year fixture without its 项目名称 row: the form is still read and checked, not dropped
            var lines = OneYear.Split('\n').ToList();
            int at = lines.FindIndex(l => l.StartsWith("项目名称", StringComparison.Ordinal));
            at.ShouldBeGreaterThanOrEqualTo(0);
            lines.RemoveAt(at);
            var d = PublishedTextReader.Read(string.Join('\n', lines), "nameless.txt");

            var form = d.TargetForms.ShouldHaveSingleItem();
            form.Project.Name.ShouldBe("");
            form.Declaration.AnnualFunds.StatedTotal.ShouldBe(new Jixiao.Money.Yuan(200_000m));
            var f = d.ReadFindings.ShouldHaveSingleItem();
            (f.RuleId, f.Subject, f.Location).ShouldBe(("RD-CELL-01", $"绩效目标申报表“第{form.Line}行”", "项目名称"));
        }

        [Fact]
        public void Read_a_label_and_its_value_printed_in_one_cell()
        {
            var lines = OneYear.Split('\n').ToList();
            int at = lines.FindIndex(l => l.StartsWith("项目名称", StringComparison.Ordinal));
            lines[at] = "项目名称：医保经办窗口人员培训经费";
            var d = PublishedTextReader.Read(string.Join('\n', lines), "colon.txt");
            d.TargetForms.ShouldHaveSingleItem().Project.Name.ShouldBe("医保经办窗口人员培训经费");
            d.ReadFindings.ShouldBeEmpty();
        }
    }

    public class TheXinglongSeed
    {
        [Fact]
        public void Has_an_indicator_filed_under_three_二级_on_form_16()
        {
            // 16.贫困人口参保资助绩效目标表 prints 基本公共服务水平 under 社会效益指标, 生态效益指标 and 可持续影响指标
            var report = new Checker().Check(PublishedTextReader.Read(SeedFiles.Text(SeedFiles.Xinglong), SeedFiles.Xinglong));
            report.Findings.Where(f => f.RuleId == "TGT-DUP-01" && f.Subject == "绩效目标表“贫困人口参保资助”").Select(f => f.Location)
                .ShouldBe(["年度生态效益指标“基本公共服务水平”", "年度可持续影响指标“基本公共服务水平”"]);
        }
    }
}
