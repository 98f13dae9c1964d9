using Jixiao.Documents.Evaluations;
using Jixiao.Documents.Text;
using Jixiao.Evaluations;
using Jixiao.Money;
using Jixiao.Targets;
using L2 = Jixiao.Targets.Level2Indicator;

namespace Jixiao.Documents.Tests.Evaluations;

/// <summary>
/// The 5 Shanxi 财政支出项目绩效自评表 of the Jinzhong seed, compared field by field with figures typed from the seed text
/// (money in 万元 × 10000 written out by hand), and damaged copies of it.
/// </summary>
public class ShanxiSelfEvaluationReaderTests
{
    private static readonly Lazy<IReadOnlyList<SelfEvaluationRead>> Reads =
        new(() => SelfEvaluationReader.Read(TextRows.Split(SeedFiles.Text(SeedFiles.Jinzhong))));

    private static IReadOnlyList<SelfEvaluation> Evaluations => Reads.Value.Select(r => r.Evaluation).ToList();

    private static SelfEvaluation Evaluation(string name) => Evaluations.Single(e => e.ProjectName == name);

    private const string Residents = "城乡居民基本医疗保险2021年市级财政补助";
    private const string Fraud = "打击欺诈骗保专项行动";
    private const string Drugs = "晋中市城镇职工大额补充医疗保险特殊药品清算资金";
    private const string Retired = "离休干部医疗医疗补助(行政、事业、企业、优抚)";
    private const string Assistance = "医疗救助金市级配套资金";

    private static IReadOnlyList<SelfEvaluationRead> Read(string text) => SelfEvaluationReader.Read(TextRows.Split(text));

    public class TheSeed
    {
        [Fact]
        public void Holds_5_evaluations_in_order_of_2021_without_a_problem()
        {
            SelfEvaluationReader.Contains(TextRows.Split(SeedFiles.Text(SeedFiles.Jinzhong))).ShouldBeTrue();
            Evaluations.Select(e => e.ProjectName).ShouldBe([Residents, Fraud, Drugs, Retired, Assistance]);
            Reads.Value.ShouldAllBe(r => r.Title == "晋中市财政支出项目绩效自评表" && r.Problems.Count == 0);
            Evaluations.ShouldAllBe(e => e.Year == 2021);
        }

        [Fact]
        public void Gives_each_its_identity()
        {
            Evaluations.ShouldAllBe(e => e.Department == "社保科" && e.BudgetUnit == "晋中市医疗保障局"
                && e.Nature == ProjectNature.Recurring && e.Period == "20210101至20211231");
        }

        [Fact]
        public void Is_read_by_the_published_text_reader_into_the_disclosure_without_a_read_finding()
        {
            var d = PublishedTextReader.Read(SeedFiles.Text(SeedFiles.Jinzhong), "jinzhong");
            d.Kind.ShouldBe(Jixiao.Disclosures.DocumentKind.SelfEvaluation);
            d.SelfEvaluations.Select(e => e.ProjectName).ShouldBe([Residents, Fraud, Drugs, Retired, Assistance]);
            d.ReadFindings.ShouldBeEmpty();
            d.UnitName.ShouldBe("晋中市医疗保障局");
            d.Year!.Value.Value.ShouldBe(2021);
        }
    }

    public class TheMoney
    {
        // name, 预算资金·市级预算资金, 预算下达资金, 实际支出资金·市级预算资金 in 元 (the seed prints 万元: 12920.21 万元 =
        // 12920.21 × 10000 = 129,202,100 元); every other line of each form prints 0.00.
        public static TheoryData<string, decimal, decimal, decimal> Printed => new()
        {
            { Residents, 129_202_100m, 125_793_100m, 125_793_100m }, // 12920.21 / 12579.31 / 12579.31
            { Fraud, 180_000m, 180_000m, 145_000m },                  // 18.00 / 18.00 / 14.50
            { Drugs, 14_887_800m, 14_887_800m, 14_887_800m },         // 1488.78
            { Retired, 10_000_000m, 10_000_000m, 10_000_000m },       // 1000.00
            { Assistance, 3_250_000m, 3_250_000m, 3_250_000m },       // 325.00
        };

        [Theory]
        [MemberData(nameof(Printed))]
        public void Is_kept_in_yuan_line_by_line_by_its_label_even_where_a_line_is_shifted_left(string name, decimal budgeted, decimal released, decimal spent)
        {
            var funds = Evaluation(name).Funds;

            funds.Budgeted.ShouldBe([("市级预算资金", new Yuan(budgeted)), ("其他", Yuan.Zero)]);
            funds.Released.ShouldBe(new Yuan(released));
            // 上级财政资金 and 其他 start their lines in the first cell in some forms (其他→→0.00): still 实际支出资金's
            funds.Spent.ShouldBe([("市级预算资金", new Yuan(spent)), ("上年结转资金", Yuan.Zero), ("上级财政资金", Yuan.Zero), ("其他", Yuan.Zero)]);
            funds.BudgetedTotal.ShouldBe(new Yuan(budgeted));
            funds.SpentTotal.ShouldBe(new Yuan(spent));
        }
    }

    public class TheTexts
    {
        [Fact]
        public void Are_kept_under_their_printed_headings()
        {
            var first = Evaluation(Residents).Texts;
            first.Select(t => t.Heading).ShouldBe(["项目概况", "项目资金使用情况", "项目组织实施情况", "项目绩效情况", "其他需说明的问题"]);
            first[1].Text.ShouldBe("城乡居民医保实行个人缴费与政府补助相结合的筹资方式。");
            first[3].Text.ShouldBe("城乡居民医保市级财政补助资金使用率达到100%。");
            Evaluation(Fraud).Texts[1].Text.ShouldContain("本年度共支付14.5万元");
            Evaluation(Retired).Texts.Single(t => t.Heading == "项目绩效情况").Text.ShouldStartWith("截止到2021年12月底离休干部共产生医疗费用784万元,报销支付754万元");
            Evaluation(Assistance).Texts.Single(t => t.Heading == "其他需说明的问题").Text.ShouldBe("无");
        }
    }

    public class TheIndicators
    {
        private static (Level2Indicator, string, string, string, string?)[] Rows(string name) =>
            Evaluation(name).Indicators.Select(i => (i.Level2, i.Name, i.Target.Text, i.Actual.Text, i.StatedProgress)).ToArray();

        [Fact]
        public void Of_the_first_are_the_6_printed_rows_the_empty_其他满意度指标_skipped()
        {
            Rows(Residents).ShouldBe(
            [
                (L2.Quantity, "城乡居民参保人数", "2501278人", "2455592", "已完成"),
                (L2.Quality, "门诊大额疾病医疗待遇", "65%", "65%", "已完成"),
                (L2.Timeliness, "6月底结算到位", "6月底", "6月底", "已完成"),
                (L2.Cost, "2021年预计财政补助由550元/人提高到580元/人,提高30元/人", "12920.21万元", "12579.3097", "已完成"),
                (L2.Social, "减轻人员就医负担", "定点医疗机构就医以后产生的医疗费用按规定", "住院比例55%-85%", "已完成"),
                (L2.RecipientSatisfaction, "政策知晓度", "95%", "95%", "已完成"),
            ]);
            Evaluation(Residents).Indicators.Select(i => i.Level1).Distinct().ShouldBe([Level1Indicator.Output, Level1Indicator.Benefit, Level1Indicator.Satisfaction]);
            Evaluation(Residents).Indicators[0].Line.ShouldBe(23);
        }

        [Fact]
        public void Of_the_second()
        {
            Rows(Fraud).ShouldBe(
            [
                (L2.Quantity, "组织开展医保基金监管工作专项治理行动", "2次以上", "3次", "100%"),
                (L2.Quality, "医保基金监管重大安全事件响应时间", "60分钟以下", "60分钟以下", "100%"),
                (L2.Timeliness, "医保基金监管方式创新试点", "逐步推开", "完成试点任务", "100%"),
                (L2.Cost, "会议费", "5万元", "5万元", "100%"),
                (L2.Social, "参保群众政策知晓率", "普遍知晓", "普遍知晓", "100%"),
                (L2.RecipientSatisfaction, "参保人员对医保服务的满意度", "90%以上", "90%", "100%"),
            ]);
        }

        [Fact]
        public void Of_the_third_keep_a_satisfaction_row_whose_三级_name_is_95_percent_as_printed()
        {
            Rows(Drugs).ShouldBe(
            [
                (L2.Quantity, "补齐大额补充保险累计缺口", "1488.78万元", "1488.78", "100%"),
                (L2.Quality, "减轻大病给职工造成的医疗费用负担", "1488.78万元", "1488.78", "100%"),
                (L2.Timeliness, "12月底前完成", "1488.78万元", "1488.78万元", "100%"),
                (L2.Cost, "补齐大额医疗保险3年累计缺口", "1488.78万元", "1488.78万元", "100%"),
                (L2.Social, "减轻参保人员医疗负担", "60%-70%", "100%", "100%"),
                (L2.RecipientSatisfaction, "95%", "95%", "95%", "95%"),
            ]);
        }

        [Fact]
        public void Of_the_fourth_continue_a_blank_一级_and_二级_and_skip_the_empty_rows()
        {
            // 满意度指标 is not printed: 服务对象满意度指标 names it; 工作满意度 continues it; 经济效益指标 and
            // 其他满意度指标 print nothing else.
            Rows(Retired).ShouldBe(
            [
                (L2.Quantity, "离休干部人数", "343人", "343", "100%"),
                (L2.Quality, "医疗待遇", "100%", "100%", "100%"),
                (L2.Timeliness, "报销时间", "年底前完成", "已完成", "100%"),
                (L2.Cost, "总费用", "1000万元", "754", "80%"),
                (L2.Social, "保障离休老干部医疗待遇按时足额报销", "有效保障", "已完成", "100%"),
                (L2.RecipientSatisfaction, "政策知晓率", "大于90%", "满意", "100%"),
                (L2.RecipientSatisfaction, "工作满意度", "大于90%", "满意", "100%"),
            ]);
            Evaluation(Retired).Indicators[^1].Level1.ShouldBe(Level1Indicator.Satisfaction);
        }

        [Fact]
        public void Of_the_fifth_keep_the_satisfaction_actual_905_as_printed()
        {
            Rows(Assistance).ShouldBe(
            [
                (L2.Quantity, "全市城乡医疗救助受益人群数", "98676人", "98676人", "100%"),
                (L2.Quality, "建立完善的医疗救助体系", "运行规范,救助效果明显,能够为困难群众", "救助效果明显,能够为", "100%"),
                (L2.Timeliness, "医疗救助金发放时间", "救助“一站式”即时结算服务,实现住院费用", "在医疗机构当场结算的快", "100%"),
                (L2.Cost, "市级医疗救助配套资金", "325万元", "325万元", "100%"),
                (L2.Social, "是否维护城乡困难群众基本医疗权益", "有效维护", "有效维护", "100%"),
                (L2.RecipientSatisfaction, "人民群众满意度", "90%以上", "905", "100%"),
            ]);
        }
    }

    public class TheScoreTable
    {
        // The 21 items of the seed's table: section, 二级 group, 三级 name, 指标分值 (evaluation-domain.md).
        private static readonly (string, string, string, decimal)[] Items =
        [
            ("投入", "项目目标", "项目立项规范性", 3), ("投入", "项目目标", "绩效目标合理性", 4), ("投入", "项目目标", "绩效指标明确性", 4),
            ("投入", "资金落实", "资金到位率", 3), ("投入", "资金落实", "到位及时率", 3), ("投入", "资金落实", "预算执行率", 3),
            ("过程", "业务管理", "管理制度健全性", 3), ("过程", "业务管理", "制度执行有效性", 3), ("过程", "业务管理", "项目质量可控性", 4),
            ("过程", "财务管理", "管理制度健全性", 3), ("过程", "财务管理", "资金使用合规性", 3), ("过程", "财务管理", "财务监控有效性", 4),
            ("产出", "项目产出", "实际完成率", 8), ("产出", "项目产出", "完成及时率", 7), ("产出", "项目产出", "质量达标率", 8), ("产出", "项目产出", "成本节约率", 7),
            ("效果", "项目效果", "经济效益", 5), ("效果", "项目效果", "社会效益", 5), ("效果", "项目效果", "生态效益", 5), ("效果", "项目效果", "可持续影响", 5),
            ("效果", "项目效果", "社会公众或服务对象满意度", 10),
        ];

        private static (string, string, string, decimal, decimal?)[] Scored(params decimal[] scores) =>
            Items.Select((x, i) => (x.Item1, x.Item2, x.Item3, x.Item4, (decimal?)scores[i])).ToArray();

        private static (string, string, string, decimal, decimal?)[] Read(string name) =>
            Evaluation(name).Scores.Select(s => (s.Section, s.Group, s.Name, s.Points, s.Score)).ToArray();

        [Fact]
        public void Of_the_first_holds_the_21_items_as_scored()
        {
            Read(Residents).ShouldBe(Scored(
                3.00m, 4.00m, 4.00m, 2.92m, 3.00m, 3.00m,
                3.00m, 3.00m, 3.00m, 3.00m, 3.00m, 3.00m,
                7.00m, 7.00m, 7.00m, 7.00m,
                5.00m, 4.00m, 5.00m, 5.00m, 10.00m));
        }

        [Fact]
        public void Of_the_second_holds_the_21_items_as_scored()
        {
            Read(Fraud).ShouldBe(Scored(
                3.00m, 4.00m, 4.00m, 3.00m, 3.00m, 2.42m,
                3.00m, 3.00m, 4.00m, 3.00m, 3.00m, 4.00m,
                8.00m, 7.00m, 8.00m, 7.00m,
                5.00m, 5.00m, 5.00m, 5.00m, 10.00m));
        }

        [Fact]
        public void Of_every_form_holds_21_items_with_the_seed_points_even_where_a_line_starts_in_the_first_cell()
        {
            // the fourth prints 质量达标率 and 成本节约率 from the first cell, without their group
            foreach (var e in Evaluations)
                e.Scores.Select(s => (s.Section, s.Group, s.Name, s.Points)).ShouldBe(Items, e.ProjectName);
        }

        [Fact]
        public void States_the_section_sums_printed_in_varied_columns_and_the_total()
        {
            // 投入 of the first: 3 + 4 + 4 + 2.92 + 3 + 3 = 19.92; 过程 3 + 3 + 3 + 3 + 3 + 3 = 18; 产出 4 × 7 = 28;
            // 效果 5 + 4 + 5 + 5 + 10 = 29; 19.92 + 18 + 28 + 29 = 94.92.
            var first = Evaluation(Residents);
            first.Sections.Select(s => (s.Section, s.Points, s.Score)).ShouldBe(
                [("投入", 20m, (decimal?)19.92m), ("过程", 20m, 18.00m), ("产出", 30m, 28.00m), ("效果", 30m, 29.00m)]);
            first.Total.ShouldNotBeNull();
            (first.Total.Points, first.Total.Score).ShouldBe((100m, (decimal?)94.92m));
            // the second prints 投入 two cells further right: 3 + 4 + 4 + 3 + 3 + 2.42 = 19.42, total 99.42
            Evaluation(Fraud).Sections.Select(s => (s.Section, s.Points, s.Score)).ShouldBe(
                [("投入", 20m, (decimal?)19.42m), ("过程", 20m, 20.00m), ("产出", 30m, 30.00m), ("效果", 30m, 30.00m)]);
            Evaluations.Select(e => e.Total?.Score).ShouldBe([94.92m, 99.42m, 95.00m, 100.00m, 100.00m]);
            Evaluations.ShouldAllBe(e => e.Total!.Points == 100m && e.Sections.Count == 4);
        }

        [Fact]
        public void States_the_grade_also_under_the_label_评价结果等级()
        {
            Evaluations.Select(e => e.Grade).ShouldBe(["优", "优", "优", "优", "优"]);
        }
    }

    public class ThePeople
    {
        [Fact]
        public void Are_the_evaluators_with_a_blank_科室_kept_blank()
        {
            Evaluation(Residents).Evaluators.ShouldBe(
            [
                new Evaluator("牛建军", "副主任", null, "3075630"),
                new Evaluator("武静", "科员", "居民科", "3075523"),
                new Evaluator("张慧琴", "副主任科员", "财务科", "3075550"),
            ]);
            Evaluation(Retired).Evaluators.ShouldBe(
            [
                new Evaluator("董翔刚", "副主任", null, "3075646"),
                new Evaluator("武凯", "科长", "离休", "3075525"),
                new Evaluator("范晓荣", "办事员", "离休", "3075525"),
            ]);
        }

        [Fact]
        public void Separate_a_phone_glued_to_the_科室()
        {
            // printed: 邢映梓 | 办事员 | | 待遇保障科3075659 | 3075659
            Evaluation(Assistance).Evaluators.ShouldBe(
            [
                new Evaluator("王文忠", "科长", "待遇保障科", "3075659"),
                new Evaluator("邢映梓", "办事员", "待遇保障科", "3075659"),
            ]);
        }

        [Fact]
        public void Sign_off_with_labels_and_values_glued_or_split()
        {
            Evaluations.Select(e => e.SignOff).ShouldBe(
            [
                new SignOff("牛建军", "武静", "3075523", "2022-06-27"),
                new SignOff("赵新冬", "闫丽", "0354-3075658", "2022-06-23"),
                new SignOff("张志涛", "张慧琴", "3075655", "2022-06-27"), // 负责人: 张志涛 with a space
                new SignOff("董翔刚", "范晓荣", "3075525", "2022-07-05"),
                new SignOff("王文忠", "邢映梓", "3075659", "2022-06-23"),
            ]);
        }
    }

    public class ADamagedCopy
    {
        private static string Seed => SeedFiles.Text(SeedFiles.Jinzhong);

        private static string Edit(string text, string from, string to)
        {
            text.IndexOf(from, StringComparison.Ordinal).ShouldBe(text.LastIndexOf(from, StringComparison.Ordinal), $"“{from}”应只出现一次");
            text.ShouldContain(from);
            return text.Replace(from, to, StringComparison.Ordinal);
        }

        [Fact]
        public void With_a_blank_score_beside_its_group_keeps_the_item_unscored_under_its_group()
        {
            // seed line 37: 资金落实 | 资金到位率 | | 3 | 2.92 → the score left blank
            var text = Edit(Seed, "\t资金落实\t资金到位率\t\t3\t2.92", "\t资金落实\t资金到位率\t\t3\t");

            var first = Read(text)[0];
            var item = first.Evaluation.Scores.Single(s => s.Name == "资金到位率");
            (item.Group, item.Points, item.Score).ShouldBe(("资金落实", 3m, (decimal?)null));
            first.Evaluation.Scores.Count.ShouldBe(21);
            first.Problems.ShouldBeEmpty();
        }

        [Fact]
        public void With_a_score_in_words_reads_the_rest_and_says_which_score()
        {
            var text = Edit(Seed, "资金到位率\t\t3\t2.92", "资金到位率\t\t3\t二点九二");

            var first = Read(text)[0];
            var item = first.Evaluation.Scores.Single(s => s.Name == "资金到位率");
            item.Points.ShouldBe(3m);
            item.Score.ShouldBeNull();
            first.Evaluation.Scores.Count.ShouldBe(21);
            first.Problems.ShouldBe([new Jixiao.Targets.FormReadProblem(37, "“资金到位率”的评价得分", "二点九二", "数字")]);

            var d = PublishedTextReader.Read(text, "damaged");
            d.SelfEvaluations.Count.ShouldBe(5);
            var finding = d.ReadFindings.ShouldHaveSingleItem();
            finding.RuleId.ShouldBe("RD-CELL-01");
            finding.Subject.ShouldBe($"绩效自评表“{Residents}”");
            finding.Actual.ShouldBe("二点九二");
            finding.Line.ShouldBe(37);
        }

        [Fact]
        public void With_an_amount_in_words_leaves_that_line_out_and_says_so()
        {
            var text = Edit(Seed, "市级预算资金\t\t12920.21", "市级预算资金\t\t壹万贰仟玖佰贰拾点贰壹");

            var first = Read(text)[0];
            first.Evaluation.Funds.Budgeted.ShouldBe([("其他", Yuan.Zero)]);
            first.Evaluation.Funds.Released.ShouldBe(new Yuan(125_793_100m));
            first.Problems.ShouldHaveSingleItem().ShouldBe(new Jixiao.Targets.FormReadProblem(12, "预算资金·市级预算资金", "壹万贰仟玖佰贰拾点贰壹", "以万元为单位的金额"));
        }

        [Fact]
        public void Cut_off_inside_the_second_score_table_keeps_what_was_printed_and_names_what_is_missing()
        {
            const string cut = "\t\t预算执行率\t\t3\t2.42";
            var text = Seed[..(Seed.IndexOf(cut, StringComparison.Ordinal) + cut.Length)];

            var reads = Read(text);
            reads.Count.ShouldBe(2);
            reads[0].Problems.ShouldBeEmpty();
            var second = reads[1];
            second.Evaluation.ProjectName.ShouldBe(Fraud);
            second.Evaluation.Scores.Count.ShouldBe(6);
            second.Evaluation.Scores[^1].Score.ShouldBe(2.42m);
            second.Evaluation.Total.ShouldBeNull();
            second.Problems.Select(p => p.Field).ShouldBe(["综合得分", "评价结果等次"]);

            var d = PublishedTextReader.Read(text, "cut");
            d.ReadFindings.Select(f => (f.RuleId, f.Subject, f.Location)).ShouldBe(
                [("RD-CELL-01", $"绩效自评表“{Fraud}”", "综合得分"), ("RD-CELL-01", $"绩效自评表“{Fraud}”", "评价结果等次")]);
        }

        [Fact]
        public void Under_a_title_no_layout_has_and_cut_after_its_money_is_read_in_the_layout_it_shows_most_and_says_what_it_lacks()
        {
            // 某县财政项目绩效自评表 ends as neither layout's title; 预算资金 and 预算下达资金 are two of the Shanxi labels
            // (three recognise a form), none of the national's
            const string text = "某县财政项目绩效自评表\n(2022年度)\n项目名称\t\t乡村道路养护\n项目资金情况(万元)\t预算资金\t县级预算资金\t\t36.50\n\t预算下达资金\t\t36.50\n";

            var read = Read(text).ShouldHaveSingleItem();

            (read.Evaluation.ProjectName, read.Evaluation.Year).ShouldBe(("乡村道路养护", (int?)2022));
            read.Evaluation.Funds.Budgeted.ShouldBe([("县级预算资金", new Yuan(365_000m))]);
            read.Evaluation.Funds.Released.ShouldBe(new Yuan(365_000m));
            read.Problems.Select(p => p.Field).ShouldBe(["绩效目标实现情况", "评分表", "综合得分", "评价结果等次"]);
        }

        [Fact]
        public void Cut_off_anywhere_never_throws_and_a_form_without_its_total_says_so()
        {
            var seed = Seed;
            for (int end = 0; end <= seed.Length; end += 97)
            {
                var reads = Read(seed[..end]);
                foreach (var r in reads.Where(r => r.Evaluation.Total is null))
                    r.Problems.ShouldContain(p => p.Field == "综合得分", $"截至第 {end} 个字符");
            }
            Read(seed[..(seed.Length / 2)]).Count.ShouldBeInRange(2, 3);
        }
    }
}
