using Jixiao.Documents.Xlsx.Input;

namespace Jixiao.Documents.Tests.Xlsx.Input;

/// <summary>
/// One test per kind of error on the sheets of the year's execution and of the self-evaluation: each names the sheet,
/// the row, the column, and what was expected vs found. Each breaks one cell of <see cref="ExecutionSample"/>.
/// </summary>
public sealed class BudgetWorkbookExecutionErrorTests
{
    private const string P = XinzhouSample.Project;
    private const string Unknown = "14090022WZXM0009"; // registered nowhere

    public sealed class On预算调整
    {
        [Fact]
        public void Given_a_project_not_on_项目_then_the_row_is_named()
        {
            var error = SingleError(wb => wb.Row("预算调整", 3, ("项目编码", Unknown)));

            error.ShouldBe(new ImportError("budget.xlsx", "预算调整", 3, "项目编码", $"应为“项目”表中已登记的项目编码，实际为“{Unknown}”（“项目”表中没有这个编码）"));
        }

        [Fact]
        public void Given_an_amount_with_three_decimals_then_the_cell_is_named()
        {
            var error = SingleError(wb => wb.Row("预算调整", 2, ("全年预算数（元）", 180_000.005m)));

            error.Describe().ShouldBe("预算调整 第2行 全年预算数（元）：应为不超过两位小数的金额，实际为“180000.005”");
        }

        [Fact]
        public void Given_a_source_not_in_the_list_then_the_six_sources_are_named()
        {
            var error = SingleError(wb => wb.Row("预算调整", 3, ("资金来源", "一般公共预算")));

            error.Describe().ShouldBe("预算调整 第3行 资金来源：应为“中央财政资金”“省级财政资金”“市县（区）财政资金”“财政资金”“单位自筹”“其他资金”之一，实际为“一般公共预算”");
        }

        [Fact]
        public void Given_a_source_twice_for_a_project_then_the_second_names_the_first()
        {
            var error = SingleError(wb => wb.Row("预算调整", 4, ("项目编码", P), ("资金来源", "市级财政资金"), ("全年预算数（元）", 1m)));

            error.Describe().ShouldBe($"预算调整 第4行 资金来源：项目“{P}”的“市县（区）财政资金”重复（第2行已填写），每个资金来源只填一行");
        }
    }

    public sealed class On资金执行
    {
        [Fact]
        public void Given_a_period_that_is_neither_month_quarter_nor_date_then_the_three_forms_are_named()
        {
            var error = SingleError(wb => wb.Row("资金执行", 2, ("期间", "第五季度")));

            error.Describe().ShouldBe("资金执行 第2行 期间：应为月份（如 3月）、季度（如 第一季度）或预算年度内的日期（如 2022-03-31），实际为“第五季度”");
        }

        [Fact]
        public void Given_a_date_of_another_year_as_period_then_the_budget_year_is_asked_for()
        {
            var error = SingleError(wb => wb.Row("资金执行", 4, ("期间", new DateTime(2021, 7, 31))));

            error.Describe().ShouldBe("资金执行 第4行 期间：应为2022年（预算年度）内的日期，实际为“2021-07-31”");
        }

        [Fact]
        public void Given_neither_amount_then_one_of_them_is_asked_for()
        {
            var error = SingleError(wb => wb.Row("资金执行", 5, ("下达（到位）金额（元）", null), ("实际支出（元）", null)));

            error.Describe().ShouldBe("资金执行 第5行 下达（到位）金额（元）：与“实际支出（元）”至少填一项，实际都为空");
        }

        [Fact]
        public void Given_a_negative_spending_then_the_cell_is_named()
        {
            var error = SingleError(wb => wb.Row("资金执行", 2, ("实际支出（元）", "-1")));

            error.Describe().ShouldBe("资金执行 第2行 实际支出（元）：应为不小于 0 的金额，实际为“-1”");
        }

        [Fact]
        public void Given_a_month_inside_a_quarter_already_entered_then_the_overlap_names_the_quarter_s_row()
        {
            var error = SingleError(wb => wb.Row("资金执行", 6, ("项目编码", P), ("期间", "3月"), ("资金来源", "市县（区）财政资金"), ("实际支出（元）", 1m)));

            error.Describe().ShouldBe($"资金执行 第6行 期间：项目“{P}”市县（区）财政资金的期间“3月”与第2行的“第一季度”重叠，同一段时间的资金只填一次");
        }

        [Fact]
        public void Given_the_same_period_twice_then_it_is_a_duplicate()
        {
            var error = SingleError(wb => wb.Row("资金执行", 6, ("项目编码", P), ("期间", "M8"), ("资金来源", "单位自筹资金"), ("实际支出（元）", 1m)));

            error.Describe().ShouldBe($"资金执行 第6行 期间：项目“{P}”单位自筹的期间“8月”重复（第5行已填写），同一期间只填一行");
        }

        [Fact]
        public void Given_a_project_not_on_项目_then_the_row_is_named()
        {
            var error = SingleError(wb => wb.Row("资金执行", 5, ("项目编码", Unknown)));

            error.Describe().ShouldBe($"资金执行 第5行 项目编码：应为“项目”表中已登记的项目编码，实际为“{Unknown}”（“项目”表中没有这个编码）");
        }
    }

    public sealed class On指标完成
    {
        [Fact]
        public void Given_an_indicator_the_project_did_not_declare_then_its_year_indicators_are_listed()
        {
            var error = SingleError(wb => wb.Row("指标完成", 6, ("三级指标", "工作效率")));

            error.Describe().ShouldBe($"指标完成 第6行 三级指标：应为项目“{P}”的年度三级指标，实际为“工作效率”" +
                "（该项目的年度指标：服务人群类别、工作效率提升度、资金支出时效性、离休干部业务经办成本、服务能力提升度、基金运行持续性、参保对象满意度）");
        }

        [Fact]
        public void Given_a_level_2_the_indicator_is_not_under_then_its_own_is_named()
        {
            var error = SingleError(wb => wb.Row("指标完成", 3, ("二级指标", "质量指标")));

            error.Describe().ShouldBe("指标完成 第3行 二级指标：应为“服务人群类别”所属的二级指标（数量指标），实际为“质量指标”");
        }

        [Fact]
        public void Given_a_name_declared_under_two_level_2s_and_no_level_2_then_the_level_2_is_asked_for()
        {
            var error = SingleError(wb => XinzhouSample.Indicator(wb, 16, P, "年度", "产出指标", "质量指标", "服务人群类别", "≥3类"));

            error.Describe().ShouldBe($"指标完成 第2行 二级指标：项目“{P}”的年度指标中有2个“服务人群类别”（数量指标、质量指标），须填写二级指标加以区分，实际为空");
        }

        [Fact]
        public void Given_a_date_outside_the_budget_year_then_the_year_is_asked_for()
        {
            var error = SingleError(wb => wb.Row("指标完成", 2, ("日期", "2023-01-15")));

            error.Describe().ShouldBe("指标完成 第2行 日期：应为2022年（预算年度）内的日期，实际为“2023-01-15”");
        }

        [Fact]
        public void Given_a_date_in_words_then_a_date_is_asked_for()
        {
            var error = SingleError(wb => wb.Row("指标完成", 2, ("日期", "6月底")));

            error.Describe().ShouldBe("指标完成 第2行 日期：应为日期（如 2023-06-30），实际为“6月底”");
        }

        [Fact]
        public void Given_an_unreadable_actual_then_the_error_names_the_accepted_forms_and_the_reason()
        {
            var error = SingleError(wb => wb.Row("指标完成", 2, ("实际完成值", "≥3类以下")));

            (error.Sheet, error.Row, error.Column).ShouldBe(("指标完成", 2, "实际完成值"));
            error.Message.ShouldStartWith("应为可识别的实际完成值：数值（如 2455592人、95%、15.6万元）、区间（如 60%-70%）、日期（如 2023年6月20日）或文字（如 已完成），实际为“≥3类以下”（");
            error.Message.Length.ShouldBeGreaterThan(error.Message.IndexOf("实际为“≥3类以下”（", StringComparison.Ordinal) + "实际为“≥3类以下”（）".Length,
                "the reason of TargetValue.Parse is given");
        }

        [Fact]
        public void Given_a_placeholder_as_actual_then_a_value_is_asked_for()
        {
            var error = SingleError(wb => wb.Row("指标完成", 4, ("实际完成值", "/")));

            error.Describe().ShouldBe("指标完成 第4行 实际完成值：必填，实际为“/”（占位符不是实际完成值）");
        }

        [Fact]
        public void Given_a_registered_project_without_targets_then_its_readings_are_refused()
        {
            var error = SingleError(wb => wb.Row("指标完成", 7, ("项目编码", ExecutionSample.Second), ("日期", "2022-12-31"), ("三级指标", "培训人次"), ("实际完成值", "120人次")));

            error.Describe().ShouldBe($"指标完成 第7行 项目编码：应为“绩效目标”表中已填写的项目编码，实际为“{ExecutionSample.Second}”（该项目没有绩效目标，指标完成值无从对照）");
        }

        [Fact]
        public void Given_the_same_indicator_and_date_twice_then_the_second_names_the_first()
        {
            var error = SingleError(wb => wb.Row("指标完成", 7, ("项目编码", P), ("日期", "2022-06-30"), ("三级指标", "服务人群类别"), ("实际完成值", "2类")));

            error.Describe().ShouldBe($"指标完成 第7行 三级指标：项目“{P}”的指标“服务人群类别”在 2022-06-30 的完成值重复（第2行已填写）");
        }
    }

    public sealed class On自评评分
    {
        [Fact]
        public void Given_an_unknown_template_then_the_shipped_ones_are_named_with_their_ids()
        {
            var error = SingleError(wb => wb.Row("自评评分", 6, ("评分模板", "河北")));

            error.Describe().ShouldBe("自评评分 第6行 评分模板：应为“项目支出绩效自评表（财预〔2020〕10号）”“财政支出项目绩效自评表评分表（山西）”之一（也可填编号 national、shanxi），实际为“河北”");
        }

        [Fact]
        public void Given_a_second_template_for_a_project_then_the_row_of_the_first_is_named()
        {
            var error = SingleError(wb => wb.Row("自评评分", 7, ("评分模板", "national")));

            error.Describe().ShouldBe($"自评评分 第7行 评分模板：同一项目只用一个评分模板：项目“{ExecutionSample.Second}”第6行已选“财政支出项目绩效自评表评分表（山西）”，本行为“项目支出绩效自评表（财预〔2020〕10号）”");
        }

        [Fact]
        public void Given_no_template_on_any_row_of_a_project_then_its_first_row_asks_for_one()
        {
            var error = SingleError(wb => wb.Row("自评评分", 4, ("评分模板", null)));

            error.Describe().ShouldBe($"自评评分 第2行 评分模板：项目“{P}”没有选择评分模板（每个项目至少在一行填写），实际为空");
        }

        [Fact]
        public void Given_a_name_that_two_items_share_then_the_keys_are_offered()
        {
            var error = SingleError(wb => wb.Row("自评评分", 7, ("评分项", "管理制度健全性")));

            error.Describe().ShouldBe("自评评分 第7行 评分项：评分项“管理制度健全性”在评分模板“财政支出项目绩效自评表评分表（山西）”中有2项" +
                "（业务管理/管理制度健全性、财务管理/管理制度健全性），应写明二级，如“业务管理/管理制度健全性”");
        }

        [Fact]
        public void Given_neither_an_item_nor_an_indicator_then_the_project_s_indicators_are_listed()
        {
            var error = SingleError(wb => wb.Row("自评评分", 5, ("评分项", "资金使用合规性")));

            error.Describe().ShouldBe($"自评评分 第5行 评分项：应为评分模板“项目支出绩效自评表（财预〔2020〕10号）”的评分项或项目“{P}”的年度三级指标，实际为“资金使用合规性”" +
                "（该项目的年度指标：服务人群类别、工作效率提升度、资金支出时效性、离休干部业务经办成本、服务能力提升度、基金运行持续性、参保对象满意度）");
        }

        [Fact]
        public void Given_an_indicator_under_a_template_that_scores_no_indicators_then_its_items_are_asked_for()
        {
            var error = SingleError(wb => wb.Row("自评评分", 9, ("评分项", "培训人次")));

            error.Describe().ShouldBe("自评评分 第9行 评分项：应为评分模板“财政支出项目绩效自评表评分表（山西）”的评分项（见“说明”表），实际为“培训人次”（该模板不按三级指标计分）");
        }

        [Fact]
        public void Given_points_other_than_the_template_s_then_the_template_s_are_named()
        {
            var error = SingleError(wb => wb.Row("自评评分", 7, ("分值", 4)));

            error.Describe().ShouldBe("自评评分 第7行 分值：评分项“业务管理/管理制度健全性”的分值由评分模板规定为 3 分，实际为“4”");
        }

        [Fact]
        public void Given_an_item_of_the_template_without_a_score_then_the_score_is_required()
        {
            var error = SingleError(wb => wb.Row("自评评分", 6, ("得分", null)));

            error.Describe().ShouldBe("自评评分 第6行 得分：评分模板中的评分项必填，实际为空");
        }

        [Fact]
        public void Given_a_score_with_three_decimals_then_the_cell_is_named()
        {
            var error = SingleError(wb => wb.Row("自评评分", 3, ("得分", 13.505m)));

            error.Describe().ShouldBe("自评评分 第3行 得分：应为不小于 0、最多两位小数的分数，实际为“13.505”");
        }

        [Fact]
        public void Given_a_band_the_template_does_not_have_then_its_bands_are_named()
        {
            var error = SingleError(wb => wb.Row("自评评分", 3, ("档次", "基本达成")));

            error.Describe().ShouldBe("自评评分 第3行 档次：应为“达成年度指标”“部分达成并具有一定效果”“未达成且效果较差”之一，实际为“基本达成”");
        }

        [Fact]
        public void Given_a_band_without_a_score_then_the_score_is_required()
        {
            var error = SingleError(wb => wb.Row("自评评分", 3, ("得分", null)));

            error.Describe().ShouldBe("自评评分 第3行 得分：填写了档次时必填，实际为空");
        }

        [Fact]
        public void Given_a_deviation_note_on_an_item_of_the_template_then_it_is_refused()
        {
            var error = SingleError(wb => wb.Row("自评评分", 5, ("偏差原因分析及改进措施", "无")));

            error.Describe().ShouldBe("自评评分 第5行 偏差原因分析及改进措施：只有三级指标填写偏差原因分析及改进措施，评分项“预算执行率”不填");
        }

        [Fact]
        public void Given_an_item_twice_then_the_second_names_the_first()
        {
            var error = SingleError(wb => wb.Row("自评评分", 10, ("项目编码", ExecutionSample.Second), ("评分项", "项目目标/项目立项规范性"), ("得分", 2)));

            error.Describe().ShouldBe($"自评评分 第10行 评分项：项目“{ExecutionSample.Second}”的评分项“项目目标/项目立项规范性”重复（第6行已填写）");
        }

        [Fact]
        public void Given_a_project_not_on_项目_then_the_row_is_named()
        {
            var error = SingleError(wb => wb.Row("自评评分", 10, ("项目编码", Unknown), ("评分模板", "shanxi"), ("评分项", "项目立项规范性"), ("得分", 2)));

            error.Describe().ShouldBe($"自评评分 第10行 项目编码：应为“项目”表中已登记的项目编码，实际为“{Unknown}”（“项目”表中没有这个编码）");
        }
    }

    public sealed class On自评信息
    {
        [Fact]
        public void Given_a_project_with_no_row_on_自评评分_then_the_template_is_asked_for_first()
        {
            var error = SingleError(wb =>
            {
                wb.Row("项目", 4, ("项目编码", Unknown), ("项目名称", "第三个项目"));
                wb.Row("自评信息", 9, ("项目编码", Unknown), ("栏目", "项目概况"), ("内容", "概况"));
            });

            error.Describe().ShouldBe($"自评信息 第9行 项目编码：应为“自评评分”表中已选择评分模板的项目编码，实际为“{Unknown}”（先在“自评评分”表为该项目选择评分模板并评分）");
        }

        [Fact]
        public void Given_a_text_block_twice_then_the_second_names_the_first()
        {
            var error = SingleError(wb => wb.Row("自评信息", 9, ("项目编码", P), ("栏目", "项目概况"), ("内容", "又一段")));

            error.Describe().ShouldBe($"自评信息 第9行 栏目：项目“{P}”的“项目概况”重复（第2行已填写），每个项目只填一行");
        }

        [Fact]
        public void Given_an_evaluator_with_more_than_four_parts_then_the_layout_is_shown()
        {
            var error = SingleError(wb => wb.Row("自评信息", 4, ("内容", "苏媛渊，科长，财务科，0350-3032798，13800000000")));

            error.Describe().ShouldBe("自评信息 第4行 内容：应为“姓名，职称/职务，科室，联系电话”（用逗号分隔，最多四项），实际为“苏媛渊，科长，财务科，0350-3032798，13800000000”");
        }

        [Fact]
        public void Given_a_栏目_not_in_the_list_then_the_list_is_named()
        {
            var error = SingleError(wb => wb.Row("自评信息", 2, ("栏目", "项目简介")));

            error.Describe().ShouldBe("自评信息 第2行 栏目：应为“项目概况”“项目资金使用情况”“项目组织实施情况”“项目绩效情况”“其他需说明的问题”“评价人员”“负责人”“经办人”“联系电话”“填报日期”之一，实际为“项目简介”");
        }
    }

    public sealed class TheOrderOfErrors
    {
        [Fact]
        public void Given_errors_on_the_five_sheets_and_on_项目_then_all_are_reported_in_workbook_order()
        {
            // Given
            using var wb = ExecutionSample.Fill(TestWorkbook.FromTemplate(2022));
            wb.Row("自评信息", 2, ("栏目", "简介"));
            wb.Row("自评评分", 6, ("得分", -1));
            wb.Row("指标完成", 5, ("日期", "明年"));
            wb.Row("资金执行", 3, ("期间", "年中"));
            wb.Row("预算调整", 2, ("全年预算数（元）", "十八万"));
            wb.Row("项目", 3, ("项目名称", null));

            // When
            var ex = Should.Throw<WorkbookImportException>(() => BudgetWorkbookReader.Read(wb.Save()));

            // Then
            ex.Errors.Select(e => (e.Sheet, e.Row, e.Column)).ShouldBe(
            [
                ("项目", 3, "项目名称"),
                ("预算调整", 2, "全年预算数（元）"),
                ("资金执行", 3, "期间"),
                ("指标完成", 5, "日期"),
                ("自评评分", 6, "得分"),
                ("自评信息", 2, "栏目"),
            ]);
        }
    }

    /// <summary>Fills the execution sample, breaks it with <paramref name="breakIt"/>, reads it and returns the one error.</summary>
    private static ImportError SingleError(Action<TestWorkbook> breakIt)
    {
        using var wb = ExecutionSample.Fill(TestWorkbook.FromTemplate(2022));
        breakIt(wb);
        var path = wb.Save();

        var ex = Should.Throw<WorkbookImportException>(() => BudgetWorkbookReader.Read(path));

        ex.Errors.Count.ShouldBe(1, string.Join(Environment.NewLine, ex.Errors));
        ex.Message.ShouldContain(ex.Errors[0].Describe());
        return ex.Errors[0];
    }
}
