using Jixiao.Documents.Xlsx.Input;

namespace Jixiao.Documents.Tests.Xlsx.Input;

/// <summary>One test per kind of error in a filled workbook: each names the sheet, the row, the column, and what was expected vs found.</summary>
public sealed class BudgetWorkbookReaderErrorTests
{
    public sealed class TheReadMethod
    {
        [Fact]
        public void Given_a_functional_code_the_year_does_not_list_then_the_error_names_the_cell()
        {
            var error = SingleError(wb => wb.Row("预算明细", 3, ("功能分类科目编码", "2109999")));

            error.ShouldBe(new ImportError("budget.xlsx", "预算明细", 3, "功能分类科目编码",
                "应为2021年支出功能分类科目中的编码，实际为“2109999”（目录中没有这个编码，可在“科目”表查询）"));
        }

        [Fact]
        public void Given_a_functional_code_at_款_level_then_a_项_code_is_asked_for()
        {
            var error = SingleError(wb => wb.Row("预算明细", 4, ("功能分类科目编码", "21015")));

            error.Describe().ShouldBe("预算明细 第4行 功能分类科目编码：应为 7 位支出功能分类“项”级科目编码（如 2101501），实际为“21015”");
        }

        [Fact]
        public void Given_an_economic_code_the_year_does_not_list_then_the_error_names_the_cell()
        {
            var error = SingleError(wb => wb.Row("预算明细", 5, ("经济分类科目编码", "30198")));

            error.Describe().ShouldBe("预算明细 第5行 经济分类科目编码：应为2021年部门预算支出经济分类科目中的编码，实际为“30198”（目录中没有这个编码，可在“科目”表查询）");
        }

        [Fact]
        public void Given_a_government_economic_code_then_a_departmental_one_is_asked_for()
        {
            var error = SingleError(wb => wb.Row("预算明细", 2, ("经济分类科目编码", "50101")));

            error.Describe().ShouldBe("预算明细 第2行 经济分类科目编码：应为以 3 开头的 5 位部门预算支出经济分类“款”级科目编码（如 30101），实际为“50101”");
        }

        [Fact]
        public void Given_a_personnel_line_without_economic_code_then_it_is_required()
        {
            var error = SingleError(wb => wb.Row("预算明细", 2, ("经济分类科目编码", null)));

            error.Describe().ShouldBe("预算明细 第2行 经济分类科目编码：支出类型为“人员经费”时必填，实际为空");
        }

        [Fact]
        public void Given_a_blank_required_amount_then_the_error_says_it_is_required()
        {
            var error = SingleError(wb => wb.Row("预算明细", 6, ("金额（元）", null)));

            error.Describe().ShouldBe("预算明细 第6行 金额（元）：必填，实际为空");
        }

        [Fact]
        public void Given_an_expense_kind_not_in_the_list_then_the_allowed_values_are_named()
        {
            var error = SingleError(wb => wb.Row("预算明细", 7, ("支出类型", "基本支出")));

            error.Describe().ShouldBe("预算明细 第7行 支出类型：应为“人员经费”“公用经费”“项目支出”“经营支出”“上解上级支出”“对附属单位补助支出”之一，实际为“基本支出”");
        }

        [Fact]
        public void Given_a_funding_source_not_in_the_list_then_the_error_names_the_cell()
        {
            var error = SingleError(wb => wb.Row("三公经费", 3, ("资金来源", "自筹")));

            error.Sheet.ShouldBe("三公经费");
            error.Row.ShouldBe(3);
            error.Column.ShouldBe("资金来源");
            error.Message.ShouldStartWith("应为“一般公共预算”“政府性基金预算”");
            error.Message.ShouldEndWith("之一，实际为“自筹”");
        }

        [Fact]
        public void Given_a_carry_over_flag_other_than_是_or_否_then_the_error_names_the_cell()
        {
            var error = SingleError(wb => wb.Row("预算明细", 8, ("是否上年结转", "结转")));

            error.Describe().ShouldBe("预算明细 第8行 是否上年结转：应为“是”“否”之一，实际为“结转”");
        }

        [Fact]
        public void Given_an_amount_with_three_decimals_then_two_decimals_are_asked_for()
        {
            var error = SingleError(wb => wb.Row("预算明细", 12, ("功能分类科目编码", "2101501"), ("经济分类科目编码", "30201"),
                ("支出类型", "公用经费"), ("资金来源", "一般公共预算"), ("金额（元）", 12.345m)));

            error.Describe().ShouldBe("预算明细 第12行 金额（元）：应为不超过两位小数的金额，实际为“12.345”");
        }

        [Theory]
        [InlineData("12345678901234.00")]                // 14 digits: beyond 10 万亿元
        [InlineData("1234567890123456789012345")]        // 25 digits: overflowed the sums in 分
        public void Given_an_amount_beyond_10_trillion_yuan_then_it_is_an_error_of_its_cell(string amount)
        {
            var error = SingleError(wb => wb.Row("预算明细", 12, ("功能分类科目编码", "2101501"), ("经济分类科目编码", "30201"),
                ("支出类型", "公用经费"), ("资金来源", "一般公共预算"), ("金额（元）", amount)));

            error.Describe().ShouldStartWith("预算明细 第12行 金额（元）：应为");
            error.Describe().ShouldEndWith($"实际为“{amount}”");
        }

        [Fact]
        public void Given_Excel_float_noise_typed_as_text_then_the_amount_is_read_to_the_fen()
        {
            using var wb = XinglongSample.Fill(TestWorkbook.FromTemplate(2021));
            wb.Row("预算明细", 12, ("功能分类科目编码", "2101501"), ("经济分类科目编码", "30201"),
                ("支出类型", "公用经费"), ("资金来源", "一般公共预算"), ("金额（元）", "100000.00000000001"));

            var budget = BudgetWorkbookReader.Read(wb.Save());

            budget.Lines.Where(l => l.Functional.Value == "2101501" && l.Economic?.Value == "30201").Select(l => l.Amount).ShouldContain(new Jixiao.Money.Yuan(100_000m));
        }

        [Fact]
        public void Given_an_amount_typed_as_text_with_three_decimals_then_two_decimals_are_asked_for()
        {
            var error = SingleError(wb => wb.Row("国有资产", 2, ("价值（元）", "481,028.035")));

            error.Describe().ShouldBe("国有资产 第2行 价值（元）：应为不超过两位小数的金额，实际为“481,028.035”");
        }

        [Fact]
        public void Given_a_negative_amount_then_a_non_negative_one_is_asked_for()
        {
            var error = SingleError(wb => wb.Row("政府采购", 2, ("金额（元）", -24_000m)));

            error.Describe().ShouldBe("政府采购 第2行 金额（元）：应为不小于 0 的金额，实际为“-24000”");
        }

        [Fact]
        public void Given_an_amount_that_is_not_a_number_then_the_error_shows_the_text()
        {
            var error = SingleError(wb => wb.Row("三公经费", 2, ("金额（元）", "一万五千元")));

            error.Describe().ShouldBe("三公经费 第2行 金额（元）：应为金额（元，可带千位分隔符），实际为“一万五千元”");
        }

        [Fact]
        public void Given_a_project_line_naming_a_project_not_on_the_项目_sheet_then_the_error_names_the_cell()
        {
            var error = SingleError(wb => wb.Row("预算明细", 9, ("项目编码", "13082221XXXXXXXXXXXXX")));

            error.Describe().ShouldBe("预算明细 第9行 项目编码：应为“项目”表中已登记的项目编码，实际为“13082221XXXXXXXXXXXXX”（“项目”表中没有这个编码）");
        }

        [Fact]
        public void Given_a_project_line_without_project_code_then_it_is_required()
        {
            var error = SingleError(wb => wb.Row("预算明细", 10, ("项目编码", null)));

            error.Describe().ShouldBe("预算明细 第10行 项目编码：支出类型为“项目支出”时必填，实际为空");
        }

        [Fact]
        public void Given_a_basic_line_naming_a_project_then_the_project_code_is_refused()
        {
            var error = SingleError(wb => wb.Row("预算明细", 2, ("项目编码", XinglongSample.PrintingProject)));

            error.Describe().ShouldBe($"预算明细 第2行 项目编码：只有支出类型为“项目支出”的行填写项目编码，本行为“人员经费”，实际填了“{XinglongSample.PrintingProject}”");
        }

        [Fact]
        public void Given_a_procurement_item_naming_an_unknown_project_then_the_error_names_the_cell()
        {
            var error = SingleError(wb => wb.Row("政府采购", 2, ("项目编码", "NOPE")));

            error.Describe().ShouldBe("政府采购 第2行 项目编码：应为“项目”表中已登记的项目编码，实际为“NOPE”（“项目”表中没有这个编码）");
        }

        [Fact]
        public void Given_a_project_code_registered_twice_then_the_second_row_is_reported_with_the_first()
        {
            var error = SingleError(wb => wb.Row("项目", 4, ("项目编码", XinglongSample.PrintingProject), ("项目名称", "宣传印刷费（重复）")));

            error.Describe().ShouldBe($"项目 第4行 项目编码：项目编码“{XinglongSample.PrintingProject}”重复（第3行已登记），每个项目只能登记一次");
        }

        [Fact]
        public void Given_the_same_三公_item_and_source_twice_then_the_second_row_is_reported()
        {
            var error = SingleError(wb => wb.Row("三公经费", 4, ("项目", "公务接待费"), ("资金来源", "一般公共预算"), ("金额（元）", 1_000m)));

            error.Describe().ShouldBe("三公经费 第4行 项目：“公务接待费”（一般公共预算）重复（第3行已填写），同一项目、同一资金来源只填一行");
        }

        [Fact]
        public void Given_the_same_asset_kind_twice_then_the_second_row_is_reported()
        {
            var error = SingleError(wb => wb.Row("国有资产", 3, ("资产类别", "其他固定资产"), ("价值（元）", 1_000m)));

            error.Describe().ShouldBe("国有资产 第3行 资产类别：资产类别“其他固定资产”重复（第2行已填写），每个类别只填一行");
        }

        [Fact]
        public void Given_a_blank_unit_name_then_the_error_names_the_单位信息_row()
        {
            var error = SingleError(wb => wb.Unit("单位名称", null));

            error.Describe().ShouldBe("单位信息 第3行 单位名称：必填，实际为空");
        }

        [Fact]
        public void Given_the_单位编码_label_removed_then_the_missing_item_is_named()
        {
            var error = SingleError(wb => wb.Sheet("单位信息").Cell(wb.UnitRow("单位编码"), 1).Clear());

            error.Describe().ShouldBe("单位信息 单位编码：缺少“单位编码”这一项（A 列项目名称应与模板一致）");
        }

        [Fact]
        public void Given_a_unit_nature_not_in_the_list_then_the_error_names_the_单位信息_row()
        {
            var error = SingleError(wb => wb.Unit("单位性质", "企业"));

            error.Describe().ShouldBe("单位信息 第4行 单位性质：应为“行政”“事业”之一，实际为“企业”");
        }

        [Fact]
        public void Given_a_staff_number_that_is_not_whole_then_the_error_names_the_单位信息_row()
        {
            var error = SingleError(wb => wb.Unit("编制人数", 12.5m));

            error.Describe().ShouldBe("单位信息 第8行 编制人数：应为不小于 0 的整数，实际为“12.5”");
        }

        [Fact]
        public void Given_a_year_without_catalogs_then_the_year_is_reported()
        {
            var error = SingleError(wb => wb.Unit("预算年度", 2030));

            error.Describe().ShouldBe("单位信息 第10行 预算年度：应为有科目目录的年度（2019–2027），实际为“2030”");
        }

        [Fact]
        public void Given_a_missing_sheet_then_the_error_names_the_sheet()
        {
            var error = SingleError(wb => wb.Workbook.Worksheet("三公经费").Delete());

            error.ShouldBe(new ImportError("budget.xlsx", "三公经费", 0, "", "缺少工作表“三公经费”（请使用系统生成的填报模板，不要删除或改名工作表）"));
            error.Describe().ShouldBe("三公经费：缺少工作表“三公经费”（请使用系统生成的填报模板，不要删除或改名工作表）");
        }

        [Fact]
        public void Given_a_required_column_header_changed_then_the_error_names_the_header_row()
        {
            var error = SingleError(wb => wb.Sheet("预算明细").Cell(1, 5).SetValue("金额（万元）"));

            error.Describe().ShouldBe("预算明细 第1行 金额（元）：缺少列“金额（元）”（第1行表头应与模板一致）");
        }

        [Fact]
        public void Given_columns_moved_then_they_are_still_found_by_header()
        {
            // Given: the 项目 sheet's 项目名称 and 项目编码 headers swapped together with their cells.
            using var wb = XinglongSample.Fill(TestWorkbook.FromTemplate(2021));
            var ws = wb.Sheet("项目");
            for (int r = 1; r <= 3; r++)
            {
                var code = ws.Cell(r, 1).GetString();
                ws.Cell(r, 1).SetValue(ws.Cell(r, 2).GetString());
                ws.Cell(r, 2).SetValue(code);
            }

            var budget = BudgetWorkbookReader.Read(wb.Save());

            budget.Projects[1].Code.ShouldBe(XinglongSample.PrintingProject);
            budget.Projects[1].Name.ShouldBe("宣传印刷费");
        }

        [Fact]
        public void Given_no_budget_lines_then_at_least_one_is_asked_for()
        {
            var error = SingleError(wb =>
            {
                wb.Sheet("预算明细").Range(2, 1, 10, 8).Clear();
                wb.Sheet("政府采购").Range(2, 1, 2, 7).Clear();
            });

            error.Describe().ShouldBe("预算明细：没有填写任何预算明细（至少应有一行）");
        }

        [Fact]
        public void Given_budget_lines_that_are_all_wrong_then_each_is_reported_and_none_is_called_missing()
        {
            using var wb = XinglongSample.Fill(TestWorkbook.FromTemplate(2021));
            for (int row = 2; row <= 10; row++) wb.Row("预算明细", row, ("金额（元）", "abc"));

            var ex = Should.Throw<WorkbookImportException>(() => BudgetWorkbookReader.Read(wb.Save()));

            ex.Errors.Count(e => e.Describe().Contains("金额（元）", StringComparison.Ordinal)).ShouldBe(9);
            ex.Errors.ShouldNotContain(e => e.Describe().Contains("没有填写任何预算明细", StringComparison.Ordinal));
        }

        [Fact]
        public void Given_errors_on_several_sheets_then_all_are_reported_at_once_in_workbook_order()
        {
            // Given
            using var wb = XinglongSample.Fill(TestWorkbook.FromTemplate(2021));
            wb.Row("国有资产", 2, ("价值（元）", -1m));
            wb.Row("预算明细", 9, ("金额（元）", "abc"), ("支出类型", "其他"));
            wb.Row("预算明细", 3, ("金额（元）", 1.001m));
            wb.Unit("单位性质", "企业");
            var path = wb.Save();

            // When
            var ex = Should.Throw<WorkbookImportException>(() => BudgetWorkbookReader.Read(path));

            // Then
            ex.File.ShouldBe("budget.xlsx");
            ex.Errors.Select(e => (e.Sheet, e.Row, e.Column)).ShouldBe(
            [
                ("单位信息", 4, "单位性质"),
                ("预算明细", 3, "金额（元）"),
                ("预算明细", 9, "支出类型"),
                ("预算明细", 9, "金额（元）"),
                ("国有资产", 2, "价值（元）"),
            ]);
            ex.Message.ShouldStartWith("budget.xlsx：发现 5 处错误，未导入：");
            ex.Message.ShouldContain("预算明细 第3行 金额（元）：应为不超过两位小数的金额，实际为“1.001”");
        }

        /// <summary>Fills the Xinglong sample, breaks it with <paramref name="breakIt"/>, reads it and returns the one error.</summary>
        private static ImportError SingleError(Action<TestWorkbook> breakIt)
        {
            using var wb = XinglongSample.Fill(TestWorkbook.FromTemplate(2021));
            breakIt(wb);
            var path = wb.Save();

            var ex = Should.Throw<WorkbookImportException>(() => BudgetWorkbookReader.Read(path));

            ex.Errors.Count.ShouldBe(1, string.Join(Environment.NewLine, ex.Errors));
            ex.Message.ShouldContain(ex.Errors[0].Describe());
            return ex.Errors[0];
        }
    }
}
