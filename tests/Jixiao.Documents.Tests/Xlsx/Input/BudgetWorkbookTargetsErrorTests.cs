using Jixiao.Documents.Xlsx.Input;

namespace Jixiao.Documents.Tests.Xlsx.Input;

/// <summary>One test per kind of error on the 绩效目标 and 绩效指标 sheets: each names the sheet, the row, the column, and what was expected vs found.</summary>
public sealed class BudgetWorkbookTargetsErrorTests
{
    public sealed class TheReadMethod
    {
        private const string Other = "14090022QTXMBJF0002"; // made up: a second project of the sample

        [Fact]
        public void Given_a_declaration_for_a_project_not_on_项目_then_the_error_names_the_cell()
        {
            var error = SingleError(wb => wb.Row("绩效目标", 3, ("项目编码", Other), ("年度总体目标", "目标")));

            error.ShouldBe(new ImportError("budget.xlsx", "绩效目标", 3, "项目编码",
                $"应为“项目”表中已登记的项目编码，实际为“{Other}”（“项目”表中没有这个编码）"));
        }

        [Fact]
        public void Given_a_second_declaration_of_the_same_project_then_it_is_a_duplicate_naming_the_first_row()
        {
            var code = XinzhouSample.Project.ToLowerInvariant();

            var error = SingleError(wb => wb.Row("绩效目标", 3, ("项目编码", code), ("年度总体目标", "目标")));

            error.Describe().ShouldBe($"绩效目标 第3行 项目编码：项目“{code}”的绩效目标重复（第2行已填写），每个项目只填一行");
        }

        [Fact]
        public void Given_an_amount_with_three_decimals_then_the_money_cell_is_named()
        {
            var error = SingleError(wb => wb.Row("绩效目标", 2, ("年度单位自筹（元）", 1.005m)));

            error.Describe().ShouldBe("绩效目标 第2行 年度单位自筹（元）：应为不超过两位小数的金额，实际为“1.005”");
        }

        [Fact]
        public void Given_a_negative_amount_then_the_money_cell_is_named()
        {
            var error = SingleError(wb => wb.Row("绩效目标", 2, ("实施期中央财政资金（元）", "-100")));

            error.Describe().ShouldBe("绩效目标 第2行 实施期中央财政资金（元）：应为不小于 0 的金额，实际为“-100”");
        }

        [Fact]
        public void Given_an_amount_in_words_then_the_money_cell_is_named()
        {
            var error = SingleError(wb => wb.Row("绩效目标", 2, ("年度市县（区）财政资金（元）", "十五万元")));

            error.Describe().ShouldBe("绩效目标 第2行 年度市县（区）财政资金（元）：应为金额（元，可带千位分隔符），实际为“十五万元”");
        }

        [Fact]
        public void Given_a_project_nature_not_in_the_list_then_the_two_natures_are_named()
        {
            var error = SingleError(wb => wb.Row("绩效目标", 2, ("项目属性", "长期项目")));

            error.Describe().ShouldBe("绩效目标 第2行 项目属性：应为“一次性项目”“经常性项目”之一，实际为“长期项目”");
        }

        [Fact]
        public void Given_a_project_period_of_zero_years_then_at_least_one_is_asked_for()
        {
            var error = SingleError(wb => wb.Row("绩效目标", 2, ("项目期（年）", 0)));

            error.Describe().ShouldBe("绩效目标 第2行 项目期（年）：应为 1–99 的整数年数（如 1 或 3年），实际为“0”");
        }

        [Fact]
        public void Given_a_project_period_in_words_then_the_cell_is_named()
        {
            var error = SingleError(wb => wb.Row("绩效目标", 2, ("项目期（年）", "一年")));

            error.Describe().ShouldBe("绩效目标 第2行 项目期（年）：应为 1–99 的整数年数（如 1 或 3年），实际为“一年”");
        }

        [Fact]
        public void Given_a_department_code_without_its_name_then_the_name_is_required()
        {
            var error = SingleError(wb => wb.Row("绩效目标", 2, ("主管部门", null)));

            error.Describe().ShouldBe("绩效目标 第2行 主管部门：填写了主管部门代码时必填，实际为空");
        }

        [Fact]
        public void Given_no_annual_goal_then_it_is_required()
        {
            var error = SingleError(wb => wb.Row("绩效目标", 2, ("年度总体目标", null)));

            error.Describe().ShouldBe("绩效目标 第2行 年度总体目标：必填，实际为空");
        }

        [Fact]
        public void Given_a_spending_plan_share_above_100_then_the_cell_is_named()
        {
            var error = SingleError(wb => wb.Row("绩效目标", 2, ("支出计划10月底（%）", "120%")));

            error.Describe().ShouldBe("绩效目标 第2行 支出计划10月底（%）：应为 0–100 的百分数（如 25 或 25%），实际为“120%”");
        }

        [Fact]
        public void Given_a_level_2_indicator_under_another_level_1_then_the_error_names_the_level_2s_that_belong()
        {
            // Row 3 is 质量指标 (产出) put under 效益指标.
            var error = SingleError(wb => wb.Row("绩效指标", 3, ("一级指标", "效益指标")));

            error.Describe().ShouldBe("绩效指标 第3行 二级指标：应为一级指标“效益指标”下的二级指标（经济效益指标、社会效益指标、生态效益指标、可持续影响指标），" +
                "实际为“质量指标”（属于“产出指标”）");
        }

        [Fact]
        public void Given_a_level_2_indicator_not_in_the_framework_then_the_ten_names_are_listed()
        {
            var error = SingleError(wb => wb.Row("绩效指标", 4, ("二级指标", "效率指标")));

            error.Sheet.ShouldBe("绩效指标");
            error.Row.ShouldBe(4);
            error.Column.ShouldBe("二级指标");
            error.Message.ShouldBe("应为“数量指标”“质量指标”“时效指标”“成本指标”“经济效益指标”“社会效益指标”“生态效益指标”“可持续影响指标”“服务对象满意度指标”“其他满意度指标”之一，实际为“效率指标”");
        }

        [Fact]
        public void Given_a_period_other_than_实施期_or_年度_then_the_two_are_named()
        {
            var error = SingleError(wb => wb.Row("绩效指标", 5, ("期间", "中期")));

            error.Describe().ShouldBe("绩效指标 第5行 期间：应为“实施期”“年度”之一，实际为“中期”");
        }

        [Fact]
        public void Given_an_unreadable_indicator_value_then_the_error_says_which_forms_are_accepted_and_why_this_one_is_not()
        {
            // ≥ and 以下 point in opposite directions (target-values.md).
            var error = SingleError(wb => wb.Row("绩效指标", 2, ("指标值", "≥3类以下")));

            error.Sheet.ShouldBe("绩效指标");
            error.Row.ShouldBe(2);
            error.Column.ShouldBe("指标值");
            error.Message.ShouldStartWith("应为可识别的指标值：数值（如 ≥92%、≤16万元、3类）、区间（如 60%-70%）、期限（如 2022年12月20日前、6月底）、" +
                "频次（如 每季度一次）、与预算比较（如 不超过年初预算数）或文字（如 显著提升），实际为“≥3类以下”（");
            error.Message.ShouldEndWith("）");
            error.Message.Length.ShouldBeGreaterThan(error.Message.IndexOf("实际为“≥3类以下”（", StringComparison.Ordinal) + "实际为“≥3类以下”（）".Length,
                "the reason of TargetValue.Parse is given");
        }

        [Fact]
        public void Given_a_placeholder_as_indicator_value_then_a_value_is_asked_for()
        {
            var error = SingleError(wb => wb.Row("绩效指标", 6, ("指标值", "—")));

            error.Describe().ShouldBe("绩效指标 第6行 指标值：必填，实际为“—”（占位符不是指标值）");
        }

        [Fact]
        public void Given_indicators_of_a_registered_project_without_a_declaration_row_then_the_declaration_is_asked_for()
        {
            var error = SingleError(wb =>
            {
                wb.Row("项目", 3, ("项目编码", Other), ("项目名称", "其他项目"));
                XinzhouSample.Indicator(wb, 16, Other, "年度", "产出指标", "数量指标", "服务人次", "≥100人次");
            });

            error.Describe().ShouldBe($"绩效指标 第16行 项目编码：应为“绩效目标”表中已填写的项目编码，实际为“{Other}”（该项目在“绩效目标”表中没有填写，请先为它填一行）");
        }

        [Fact]
        public void Given_indicators_of_an_unknown_project_then_the_error_says_项目_does_not_have_it_either()
        {
            var error = SingleError(wb => XinzhouSample.Indicator(wb, 16, Other, "年度", "产出指标", "数量指标", "服务人次", "≥100人次"));

            error.Describe().ShouldBe($"绩效指标 第16行 项目编码：应为“绩效目标”表中已填写的项目编码，实际为“{Other}”（“项目”表中也没有这个编码）");
        }

        [Fact]
        public void Given_the_same_indicator_twice_in_a_half_then_the_second_is_a_duplicate()
        {
            var error = SingleError(wb => XinzhouSample.Indicator(wb, 16, XinzhouSample.Project, "年度", "产出指标", "数量指标", "服务人群类别", "≥4类"));

            error.Describe().ShouldBe($"绩效指标 第16行 三级指标：项目“{XinzhouSample.Project}”的年度指标“数量指标—服务人群类别”重复（第9行已填写）");
        }

        [Fact]
        public void Given_indicators_but_no_绩效目标_sheet_then_one_error_names_the_missing_sheet()
        {
            var error = SingleError(wb => wb.Workbook.Worksheet("绩效目标").Delete());

            error.Describe().ShouldBe("绩效指标：填写了绩效指标，但缺少工作表“绩效目标”（指标所属项目的绩效目标填在该表中；请使用系统生成的填报模板）");
        }

        [Fact]
        public void Given_a_renamed_header_on_绩效指标_then_the_missing_column_is_named()
        {
            var error = SingleError(wb => wb.Sheet("绩效指标").Cell(1, TestWorkbook.Column(wb.Sheet("绩效指标"), "指标值")).SetValue("目标值"));

            error.Describe().ShouldBe("绩效指标 第1行 指标值：缺少列“指标值”（第1行表头应与模板一致）");
        }

        [Fact]
        public void Given_errors_on_both_target_sheets_and_others_then_all_are_reported_in_workbook_order()
        {
            // Given
            using var wb = XinzhouSample.Fill(TestWorkbook.FromTemplate(2022));
            wb.Row("绩效指标", 13, ("一级指标", "产出指标")); // 13 is 社会效益指标 of the 年度 half
            wb.Row("绩效目标", 2, ("项目属性", "临时"));
            wb.Row("预算明细", 2, ("金额（元）", -1m));

            // When
            var ex = Should.Throw<WorkbookImportException>(() => BudgetWorkbookReader.Read(wb.Save()));

            // Then
            ex.Errors.Select(e => (e.Sheet, e.Row, e.Column)).ShouldBe(
            [
                ("预算明细", 2, "金额（元）"),
                ("绩效目标", 2, "项目属性"),
                ("绩效指标", 13, "二级指标"),
            ]);
        }

        /// <summary>Fills the Xinzhou sample, breaks it with <paramref name="breakIt"/>, reads it and returns the one error.</summary>
        private static ImportError SingleError(Action<TestWorkbook> breakIt)
        {
            using var wb = XinzhouSample.Fill(TestWorkbook.FromTemplate(2022));
            breakIt(wb);
            var path = wb.Save();

            var ex = Should.Throw<WorkbookImportException>(() => BudgetWorkbookReader.Read(path));

            ex.Errors.Count.ShouldBe(1, string.Join(Environment.NewLine, ex.Errors));
            ex.Message.ShouldContain(ex.Errors[0].Describe());
            return ex.Errors[0];
        }
    }
}
