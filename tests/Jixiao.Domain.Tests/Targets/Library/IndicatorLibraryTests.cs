using Jixiao.Budget;
using Jixiao.Targets;
using Jixiao.Targets.Library;

namespace Jixiao.Domain.Tests.Targets.Library;

public class IndicatorLibraryTests
{
    private static Indicator I(Level2Indicator level2, string name, string value, string? description = null, string? basis = null) =>
        new(level2, name, TargetValue.Parse(value)) { Description = description, Basis = basis };

    /// <summary>A Hebei form: one table of indicators.</summary>
    private static TargetForm Hebei(string name, params Indicator[] indicators) => Hebei(name, null, indicators);

    private static TargetForm Hebei(string name, string? goal, params Indicator[] indicators) =>
        new(new Project("", name) { Targets = new TargetDeclaration { AnnualIndicators = indicators, AnnualGoal = goal } }, TargetFormLayout.Hebei, 1, LayoutShapes.Hebei);

    /// <summary>A Shanxi form: the 实施期 half and the 年度 half.</summary>
    private static TargetForm Shanxi(string name, Indicator[] implementation, Indicator[] annual) =>
        new(new Project("", name) { Targets = new TargetDeclaration { ImplementationIndicators = implementation, AnnualIndicators = annual } }, TargetFormLayout.Shanxi, 1, LayoutShapes.Shanxi);

    private static IndicatorEntry Entry(IndicatorLibrary library, Level2Indicator level2, string key) =>
        library.Entries.Single(e => e.Level2 == level2 && e.Key == key);

    public class TheBuildMethod
    {
        [Fact]
        public void Merges_names_that_differ_only_by_spaces_full_width_forms_or_numbering()
        {
            // Given four forms printing the same 数量 indicator four ways
            var library = IndicatorLibrary.Build(
            [
                Hebei("甲", I(Level2Indicator.Quantity, "2022年参保人数", "≥100人")),
                Hebei("乙", I(Level2Indicator.Quantity, "2022年参保人数 ", "≥200人")),
                Hebei("丙", I(Level2Indicator.Quantity, "２０２２年 参保人数", "≥300人")),
                Hebei("丁", I(Level2Indicator.Quantity, "1、2022年参保人数", "≥400人")),
            ]);

            // Then they are one entry of 4 forms, named as two of them print it ("2022年参保人数 " trims to the same text)
            library.Entries.Count.ShouldBe(1);
            var entry = library.Entries[0];
            entry.Key.ShouldBe("2022年参保人数");
            entry.Forms.ShouldBe(4);
            entry.Name.ShouldBe("2022年参保人数");
            entry.PrintedNames.Count.ShouldBe(3);
            entry.PrintedNames[0].ShouldBe(new Tallied<string>("2022年参保人数", 2));
            entry.Projects.Select(p => p.Name).ShouldBe(["甲", "乙", "丙", "丁"]);
        }

        [Fact]
        public void Keeps_one_name_under_two_level_2_indicators_apart()
        {
            var library = IndicatorLibrary.Build(
            [
                Hebei("甲", I(Level2Indicator.Quality, "资金到位率", "100%"), I(Level2Indicator.Timeliness, "资金到位率", "100%")),
            ]);

            library.Entries.Select(e => e.Level2).ShouldBe([Level2Indicator.Quality, Level2Indicator.Timeliness]);
            library.Entries.ShouldAllBe(e => e.Forms == 1);
        }

        [Fact]
        public void Counts_a_Shanxi_form_once_for_an_indicator_and_for_a_value_printed_in_both_halves()
        {
            // Given 项目总成本 ≤10万元 in both halves of one form, and ≤6万元 / ≤5万元 in the halves of another
            var library = IndicatorLibrary.Build(
            [
                Shanxi("信息系统维护及资产购置", [I(Level2Indicator.Cost, "项目总成本", "≤10万元")], [I(Level2Indicator.Cost, "项目总成本", "≤10万元")]),
                Shanxi("慢性病鉴定和医药机构评估费", [I(Level2Indicator.Cost, "项目总成本", "≤6万元")], [I(Level2Indicator.Cost, "项目总成本", "≤5万元")]),
            ]);

            var entry = Entry(library, Level2Indicator.Cost, "项目总成本");
            entry.Forms.ShouldBe(2);
            entry.Values.ShouldBe([new("≤10万元", 1), new("≤5万元", 1), new("≤6万元", 1)]);
            entry.Units.ShouldBe([new("万元", 2)]);
            entry.Comparisons.ShouldBe([new(Comparison.AtMost, 2)]);
        }

        [Fact]
        public void Gives_the_range_in_the_most_used_unit_converting_yuan_and_wan_yuan_exactly()
        {
            // Given three 万元 values and one in 元: 50,000 元 = 5 万元 is the smallest, 4197 万元 the largest
            var library = IndicatorLibrary.Build(
            [
                Hebei("甲", I(Level2Indicator.Cost, "项目总成本", "≤10万元")),
                Hebei("乙", I(Level2Indicator.Cost, "项目总成本", "≤ 4197 万元")),
                Hebei("丙", I(Level2Indicator.Cost, "项目总成本", "≤2052万元")),
                Hebei("丁", I(Level2Indicator.Cost, "项目总成本", "50000元")),
            ]);

            var entry = Entry(library, Level2Indicator.Cost, "项目总成本");
            entry.Units.ShouldBe([new("万元", 3), new("元", 1)]);
            entry.Range.ShouldNotBeNull();
            entry.Range.Unit.Text.ShouldBe("万元");
            entry.Range.Min.Value.ShouldBe(5m);
            entry.Range.Max.Value.ShouldBe(4197m);
            entry.Range.ToString().ShouldBe("5–4197万元");
            // The spaced 4197 is counted in one spelling
            entry.Values.ShouldContain(new Tallied<string>("≤4197万元", 1));
        }

        [Fact]
        public void Converts_to_yuan_when_most_forms_print_yuan()
        {
            // 1.5 万元 = 15,000 元; the range is 8,000 … 15,000 元
            var library = IndicatorLibrary.Build(
            [
                Hebei("甲", I(Level2Indicator.Cost, "培训费", "≤8000元")),
                Hebei("乙", I(Level2Indicator.Cost, "培训费", "≤12000元")),
                Hebei("丙", I(Level2Indicator.Cost, "培训费", "≤1.5万元")),
            ]);

            var range = Entry(library, Level2Indicator.Cost, "培训费").Range!;
            range.Unit.Text.ShouldBe("元");
            range.Min.Value.ShouldBe(8000m);
            range.Max.Value.ShouldBe(15000m);
        }

        [Fact]
        public void Gives_no_range_when_units_do_not_convert()
        {
            var library = IndicatorLibrary.Build(
            [
                Hebei("甲", I(Level2Indicator.Quantity, "服务人次", "≥100人"), I(Level2Indicator.Cost, "补助标准", "18000元/年")),
                Hebei("乙", I(Level2Indicator.Quantity, "服务人次", "≥50次"), I(Level2Indicator.Cost, "补助标准", "≤2万元")),
            ]);

            var people = Entry(library, Level2Indicator.Quantity, "服务人次");
            people.Units.ShouldBe([new("人", 1), new("次", 1)]);
            people.Range.ShouldBeNull();
            Entry(library, Level2Indicator.Cost, "补助标准").Range.ShouldBeNull();
        }

        [Fact]
        public void Gives_no_range_rather_than_failing_on_a_hand_built_quantity_too_large_for_its_base()
        {
            // decimal.MaxValue 万元 is not representable in 元
            var huge = new TargetValue { Text = "≤79228162514264337593543950335万元", Kind = TargetValueKind.Quantity, Comparison = Comparison.AtMost,
                Value = new Quantity(decimal.MaxValue, MeasureUnit.WanYuan) };
            var library = IndicatorLibrary.Build(
            [
                Hebei("甲", new Indicator(Level2Indicator.Cost, "项目总成本", huge)),
                Hebei("乙", I(Level2Indicator.Cost, "项目总成本", "≤10万元")),
            ]);

            var entry = Entry(library, Level2Indicator.Cost, "项目总成本");
            entry.Range.ShouldBeNull();
            entry.Units.ShouldBe([new("万元", 2)]);
        }

        [Fact]
        public void Reads_ranges_into_both_ends_and_counts_them_as_between()
        {
            var library = IndicatorLibrary.Build(
            [
                Hebei("甲", I(Level2Indicator.Quality, "住院报销比例", "60%-70%")),
                Hebei("乙", I(Level2Indicator.Quality, "住院报销比例", "≥75%")),
            ]);

            var entry = Entry(library, Level2Indicator.Quality, "住院报销比例");
            entry.Range!.ToString().ShouldBe("60–75%");
            entry.Comparisons.ShouldBe([new(Comparison.AtLeast, 1), new(Comparison.Between, 1)]);
            entry.Units.ShouldBe([new("%", 2)]);
        }

        [Fact]
        public void Counts_one_quantity_printed_three_ways_as_one_value()
        {
            // A converted document's TeX, a spaced value and the plain one are one value, ≥92%
            var library = IndicatorLibrary.Build(
            [
                Hebei("甲", I(Level2Indicator.RecipientSatisfaction, "保障对象满意度", @"$\geq 92\%$")),
                Hebei("乙", I(Level2Indicator.RecipientSatisfaction, "保障对象满意度", "≥ 92 %")),
                Hebei("丙", I(Level2Indicator.RecipientSatisfaction, "保障对象满意度", "≥92%")),
                Hebei("丁", I(Level2Indicator.RecipientSatisfaction, "保障对象满意度", "100%")),
            ]);

            Entry(library, Level2Indicator.RecipientSatisfaction, "保障对象满意度").Values.ShouldBe([new("≥92%", 3), new("100%", 1)]);
        }

        [Fact]
        public void Counts_a_comparison_in_words_as_its_sign()
        {
            var library = IndicatorLibrary.Build(
            [
                Hebei("甲", I(Level2Indicator.Timeliness, "响应时间", "60分钟以下")),
                Hebei("乙", I(Level2Indicator.Timeliness, "响应时间", "≤60分钟")),
                Hebei("丙", I(Level2Indicator.Timeliness, "１、响应时间", "≥95服务满意程度")),
            ]);

            var entry = Entry(library, Level2Indicator.Timeliness, "响应时间");
            entry.Forms.ShouldBe(3);
            // The bare 95 with words after it is kept as printed; 分钟 and a bare number do not convert: no range
            entry.Values.ShouldBe([new("≤60分钟", 2), new("≥95服务满意程度", 1)]);
            entry.Units.ShouldBe([new("分钟", 2), new("", 1)]);
            entry.Range.ShouldBeNull();
        }

        [Fact]
        public void Leaves_out_empty_values_and_rows_without_a_name_but_keeps_words()
        {
            var library = IndicatorLibrary.Build(
            [
                Hebei("甲", I(Level2Indicator.Social, "公共服务能力提升度", "有效提升"), I(Level2Indicator.Economic, " ", "有效提升")),
                Hebei("乙", I(Level2Indicator.Social, "公共服务能力提升度", "—")),
            ]);

            library.Entries.Count.ShouldBe(1);
            var entry = library.Entries[0];
            entry.Forms.ShouldBe(2);
            entry.Values.ShouldBe([new("有效提升", 1)]);
            entry.Units.ShouldBeEmpty();
            entry.Comparisons.ShouldBeEmpty();
            entry.Range.ShouldBeNull();
        }

        [Fact]
        public void Takes_the_first_description_that_says_more_than_the_name_and_the_first_basis()
        {
            var library = IndicatorLibrary.Build(
            [
                Hebei("甲", I(Level2Indicator.Quality, "资金到位率", "≥100资金到位率100%", description: "资金到位率", basis: "冀财社【2020】147号文件要求")),
                Hebei("乙", I(Level2Indicator.Quality, "资金到位率", "≥95资金到位率", description: "资金按时足额到位的比例", basis: "相关文件")),
                Hebei("丙", I(Level2Indicator.Quality, "资金到位率", "100%", description: "到位资金占预算的比例")),
            ]);

            var entry = Entry(library, Level2Indicator.Quality, "资金到位率");
            entry.ExampleDescription.ShouldBe("资金按时足额到位的比例");
            entry.ExampleBasis.ShouldBe("冀财社【2020】147号文件要求");
        }

        [Fact]
        public void Orders_entries_by_level_2_then_by_use_then_by_name_whatever_the_order_of_forms()
        {
            TargetForm[] forms =
            [
                Hebei("甲", I(Level2Indicator.RecipientSatisfaction, "群众满意度", "≥95%"), I(Level2Indicator.Quantity, "乙指标", "1个")),
                Hebei("乙", I(Level2Indicator.Quantity, "甲指标", "1个"), I(Level2Indicator.Quantity, "丙指标", "2个")),
                Hebei("丙", I(Level2Indicator.Quantity, "丙指标", "2个"), I(Level2Indicator.Cost, "项目总成本", "≤1万元")),
            ];
            string[] expected = ["丙指标", "乙指标", "甲指标", "项目总成本", "群众满意度"];
            // 丙指标 is used twice; 乙指标 and 甲指标 once each, in ordinal order (乙 U+4E59 < 甲 U+7532)

            IndicatorLibrary.Build(forms).Entries.Select(e => e.Name).ShouldBe(expected);
            IndicatorLibrary.Build(forms.Reverse()).Entries.Select(e => e.Name).ShouldBe(expected);
        }
    }

    public class TheSelectMethod
    {
        private static readonly IndicatorLibrary Library = IndicatorLibrary.Build(
        [
            Hebei("宣传印刷费", I(Level2Indicator.Quantity, "宣传覆盖人数", "≥1000人"), I(Level2Indicator.Cost, "预计成本", "不超过年初预算数"),
                I(Level2Indicator.RecipientSatisfaction, "服务对象满意度", "≥95%")),
            Hebei("法律顾问费", I(Level2Indicator.Quantity, "宣传覆盖人数", "≥500人"), I(Level2Indicator.Cost, "预计成本", "不超过年初预算数"),
                I(Level2Indicator.Social, "提高医保管理水平", "有效")),
            Hebei("城乡医疗救助县本级住院及门诊救助", I(Level2Indicator.Quantity, "贫困人口全员补助", "100%"),
                I(Level2Indicator.Cost, "救助资金", "≤80万元")),
            Hebei("医疗救助聘用第三方服务费", I(Level2Indicator.Quantity, "案件调查率", "100%"), I(Level2Indicator.Cost, "救助资金", "≤10万元")),
        ]);

        [Theory]
        [InlineData("成本指标", Level2Indicator.Cost)]
        [InlineData("成本", Level2Indicator.Cost)]
        [InlineData(" 数量 指标 ", Level2Indicator.Quantity)]
        [InlineData("服务对象满意度", Level2Indicator.RecipientSatisfaction)]
        [InlineData("服务对象满意度指", Level2Indicator.RecipientSatisfaction)]
        [InlineData("可持续影响", Level2Indicator.Sustainability)]
        public void Lists_one_level_2_indicator_by_a_drifted_name(string printed, Level2Indicator expected)
        {
            IndicatorCategory.TryParse(printed, out var category).ShouldBeTrue();
            category!.Level2.ShouldBe(expected);
            category.Level1.ShouldBeNull();

            var selection = Library.Select(category);
            selection.Indicators.ShouldAllBe(i => i.Entry.Level2 == expected);
        }

        [Fact]
        public void Lists_every_level_2_indicator_of_a_level_1_indicator()
        {
            IndicatorCategory.TryParse("产出", out var category).ShouldBeTrue();
            category!.Name.ShouldBe("产出指标");

            // 数量: 宣传覆盖人数 (2 forms), then 案件调查率 and 贫困人口全员补助 (1 each, 案 U+6848 < 贫 U+8D2B);
            // 成本: 救助资金 and 预计成本 (2 each, 救 U+6551 < 预 U+9884) — not 社会效益 nor 满意度
            Library.Select(category).Indicators.Select(i => i.Entry.Name)
                .ShouldBe(["宣传覆盖人数", "案件调查率", "贫困人口全员补助", "救助资金", "预计成本"]);
        }

        [Theory]
        [InlineData("投入指标")]
        [InlineData("效益")] // 效益 alone is the 一级 name without 指标: accepted
        [InlineData("")]
        public void Knows_which_names_are_categories(string printed)
        {
            bool known = IndicatorCategory.TryParse(printed, out _);
            known.ShouldBe(printed == "效益");
        }

        [Fact]
        public void Names_every_category_in_framework_order()
        {
            IndicatorCategory.Names.ShouldBe(["产出指标", "效益指标", "满意度指标", "数量指标", "质量指标", "时效指标", "成本指标",
                "经济效益指标", "社会效益指标", "生态效益指标", "可持续影响指标", "服务对象满意度指标", "其他满意度指标"]);
        }

        [Fact]
        public void Finds_the_projects_like_a_text_by_their_name_bigrams()
        {
            // 医疗救助 = {医疗, 疗救, 救助}. 医疗救助聘用第三方服务费 has 11 bigrams, all 3 shared: Dice 6/14, × ¾ = 9/28.
            // 城乡医疗救助县本级住院及门诊救助 has 14 distinct bigrams, 3 shared: Dice 6/17, × ¾ = 9/34. No goals here.
            var similar = Library.SimilarTo("医疗救助", 5);

            similar.Select(s => s.Project.Name).ShouldBe(["医疗救助聘用第三方服务费", "城乡医疗救助县本级住院及门诊救助"]);
            similar[0].Similarity.ShouldBe(9.0 / 28, 1e-12);
            similar[1].Similarity.ShouldBe(9.0 / 34, 1e-12);
        }

        [Fact]
        public void Leaves_out_a_project_less_than_a_third_as_similar_as_the_best()
        {
            // 信息系统维护 = {信息, 息系, 系统, 统维, 维护}.
            // 信息系统维护及资产购置: 10 bigrams, 5 shared → Dice 10/15, × ¾ = 1/2.
            // 保险系统升级改造维护: 9 bigrams, 系统 and 维护 shared → Dice 4/14, × ¾ = 3/14 ≥ 1/6: kept.
            // 医疗保障智能监控系统建设经费: 13 bigrams, 系统 shared → Dice 2/18, × ¾ = 1/12 < 1/6: left out.
            var library = IndicatorLibrary.Build(
            [
                Hebei("医疗保障智能监控系统建设经费", I(Level2Indicator.Quality, "质量达标率", "≥100达标")),
                Hebei("保险系统升级改造维护", I(Level2Indicator.Quality, "合格", "达标")),
                Hebei("信息系统维护及资产购置", I(Level2Indicator.Quality, "信息系统日常维护合格率", "≥95%")),
            ]);

            var similar = library.SimilarTo("信息系统维护", 5);
            similar.Select(s => s.Project.Name).ShouldBe(["信息系统维护及资产购置", "保险系统升级改造维护"]);
            similar[0].Similarity.ShouldBe(0.5, 1e-12);
            similar[1].Similarity.ShouldBe(3.0 / 14, 1e-12);
        }

        [Fact]
        public void Counts_a_goal_that_speaks_of_the_text()
        {
            // The goal holds all 3 bigrams: + ¼ → 9/34 + 1/4 = 35/68, above 9/28
            var library = IndicatorLibrary.Build(
            [
                Hebei("医疗救助聘用第三方服务费", I(Level2Indicator.Quantity, "案件调查率", "100%")),
                Hebei("城乡医疗救助县本级住院及门诊救助", "医疗救助资金及时足额发放", I(Level2Indicator.Quantity, "贫困人口全员补助", "100%")),
            ]);

            var similar = library.SimilarTo("医疗救助", 5);
            similar[0].Project.Name.ShouldBe("城乡医疗救助县本级住院及门诊救助");
            similar[0].Similarity.ShouldBe(35.0 / 68, 1e-12);
        }

        [Fact]
        public void Puts_the_indicators_of_the_similar_projects_first_within_each_level_2()
        {
            var selection = Library.Select(like: "医疗救助");

            selection.Like.ShouldBe("医疗救助");
            var quantity = selection.Indicators.Where(i => i.Entry.Level2 == Level2Indicator.Quantity).ToList();
            // 案件调查率 (医疗救助聘用第三方服务费, 9/28) before 贫困人口全员补助 (9/34) before the more used 宣传覆盖人数
            quantity.Select(i => i.Entry.Name).ShouldBe(["案件调查率", "贫困人口全员补助", "宣传覆盖人数"]);
            quantity[2].UsedBySimilar.ShouldBeEmpty();
            var cost = selection.Indicators.Where(i => i.Entry.Level2 == Level2Indicator.Cost).ToList();
            cost[0].Entry.Name.ShouldBe("救助资金");
            cost[0].UsedBySimilar.Select(s => s.Project.Name).ShouldBe(["医疗救助聘用第三方服务费", "城乡医疗救助县本级住院及门诊救助"]);
            cost[0].Entry.Range!.ToString().ShouldBe("10–80万元");
        }

        [Fact]
        public void Without_a_text_keeps_the_usual_order_and_finds_no_similar_project()
        {
            var selection = Library.Select();
            selection.SimilarProjects.ShouldBeEmpty();
            selection.Indicators.Select(i => i.Entry).ShouldBe(Library.Entries);
            Library.Select(like: "长期护理保险").SimilarProjects.ShouldBeEmpty();
        }
    }
}
