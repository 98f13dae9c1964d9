using ClosedXML.Excel;
using Jixiao.Codes;
using Jixiao.Documents.Xlsx.Input;

namespace Jixiao.Documents.Tests.Xlsx.Input;

public sealed class BudgetWorkbookTemplateTests
{
    /// <summary>The 2021 template, written once and only read by the tests.</summary>
    public sealed class Template2021 : IDisposable
    {
        public TestWorkbook Workbook { get; } = TestWorkbook.FromTemplate(2021);

        public void Dispose() => Workbook.Dispose();
    }

    public sealed class TheWriteMethod(Template2021 fixture) : IClassFixture<Template2021>
    {
        private readonly TestWorkbook _template = fixture.Workbook;

        [Fact]
        public void Given_2021_then_the_sheets_are_说明_first_then_the_inputs_then_科目()
        {
            // When: the template is written (constructor). Then:
            _template.Workbook.Worksheets.Select(w => w.Name).ShouldBe(
                ["说明", "单位信息", "预算明细", "项目", "绩效目标", "绩效指标", "三公经费", "政府采购", "国有资产", "上年预算",
                 "预算调整", "资金执行", "指标完成", "自评评分", "自评信息", "科目"]);
        }

        [Theory]
        [InlineData("预算明细", new[] { "功能分类科目编码", "经济分类科目编码", "支出类型", "资金来源", "金额（元）", "是否上年结转", "项目编码", "所属单位编码" })]
        [InlineData("项目", new[] { "项目编码", "项目名称", "资金用途" })]
        [InlineData("绩效目标", new[]
        {
            "项目编码", "主管部门代码", "主管部门", "实施单位", "项目属性", "项目期（年）",
            "实施期中央财政资金（元）", "实施期省级财政资金（元）", "实施期市县（区）财政资金（元）", "实施期财政资金（元）", "实施期单位自筹（元）", "实施期其他资金（元）",
            "年度中央财政资金（元）", "年度省级财政资金（元）", "年度市县（区）财政资金（元）", "年度财政资金（元）", "年度单位自筹（元）", "年度其他资金（元）",
            "实施期总体目标", "年度总体目标", "项目概况", "立项依据", "项目设立必要性", "保证项目实施的制度、措施", "项目实施计划",
            "支出计划3月底（%）", "支出计划6月底（%）", "支出计划10月底（%）", "支出计划12月底（%）", "负责人", "经办人", "联系电话", "填报日期",
        })]
        [InlineData("绩效指标", new[] { "项目编码", "期间", "一级指标", "二级指标", "三级指标", "指标值", "绩效指标描述", "指标值确定依据" })]
        [InlineData("三公经费", new[] { "项目", "资金来源", "金额（元）" })]
        [InlineData("政府采购", new[] { "采购类别", "采购品目名称", "资金来源", "金额（元）", "数量", "计量单位", "项目编码" })]
        [InlineData("国有资产", new[] { "资产类别", "数量", "价值（元）" })]
        [InlineData("上年预算", new[] { "功能分类科目编码", "经济分类科目编码", "支出类型", "资金来源", "金额（元）", "是否上年结转", "项目编码", "所属单位编码" })]
        [InlineData("预算调整", new[] { "项目编码", "资金来源", "全年预算数（元）" })]
        [InlineData("资金执行", new[] { "项目编码", "期间", "资金来源", "下达（到位）金额（元）", "实际支出（元）", "说明" })]
        [InlineData("指标完成", new[] { "项目编码", "日期", "二级指标", "三级指标", "实际完成值", "偏差说明" })]
        [InlineData("自评评分", new[] { "项目编码", "评分模板", "评分项", "分值", "得分", "档次", "偏差原因分析及改进措施" })]
        [InlineData("自评信息", new[] { "项目编码", "栏目", "内容" })]
        public void Given_a_table_sheet_then_row_1_holds_its_Chinese_headers_frozen_with_widths_set(string sheet, string[] headers)
        {
            var ws = _template.Sheet(sheet);

            ws.Row(1).CellsUsed().Select(TestWorkbook.Header).ShouldBe(headers);
            ws.SheetView.SplitRow.ShouldBe(1);
            for (int c = 1; c <= headers.Length; c++) ws.Column(c).Width.ShouldBeGreaterThanOrEqualTo(10);
        }

        [Fact]
        public void Given_2021_then_单位信息_lists_its_items_with_the_year_filled_in()
        {
            var ws = _template.Sheet("单位信息");

            ws.Column(1).CellsUsed().Select(c => c.GetString()).ShouldBe(
                ["项目", "单位编码", "单位名称", "单位性质", "主管部门编码", "单位规格", "经费保障形式", "编制人数", "实有人数", "预算年度"]);
            ws.Cell(10, 2).GetValue<int>().ShouldBe(2021);
            ws.SheetView.SplitRow.ShouldBe(1);
        }

        [Theory]
        [InlineData("预算明细", "支出类型", "人员经费,公用经费,项目支出,经营支出,上解上级支出,对附属单位补助支出")]
        [InlineData("预算明细", "资金来源", "一般公共预算,政府性基金预算,国有资本经营预算,财政专户管理资金,事业收入,事业单位经营收入,上级补助收入,附属单位上缴收入,其他收入,单位资金")]
        [InlineData("预算明细", "是否上年结转", "是,否")]
        [InlineData("三公经费", "项目", "教学科研人员因公出国（境）费,其他因公出国（境）费,公务用车购置费,公务用车运行维护费,公务接待费")]
        [InlineData("政府采购", "采购类别", "货物,工程,服务")]
        [InlineData("国有资产", "资产类别", "房屋,办公用房,车辆,单价20万元以上的设备,其他固定资产")]
        [InlineData("绩效目标", "项目属性", "一次性项目,经常性项目")]
        [InlineData("绩效指标", "期间", "实施期,年度")]
        [InlineData("绩效指标", "一级指标", "产出指标,效益指标,满意度指标")]
        [InlineData("绩效指标", "二级指标", "数量指标,质量指标,时效指标,成本指标,经济效益指标,社会效益指标,生态效益指标,可持续影响指标,服务对象满意度指标,其他满意度指标")]
        [InlineData("预算调整", "资金来源", "中央财政资金,省级财政资金,市县（区）财政资金,财政资金,单位自筹,其他资金")]
        [InlineData("资金执行", "资金来源", "中央财政资金,省级财政资金,市县（区）财政资金,财政资金,单位自筹,其他资金")]
        [InlineData("指标完成", "二级指标", "数量指标,质量指标,时效指标,成本指标,经济效益指标,社会效益指标,生态效益指标,可持续影响指标,服务对象满意度指标,其他满意度指标")]
        [InlineData("自评评分", "档次", "达成年度指标,部分达成并具有一定效果,未达成且效果较差")]
        [InlineData("自评信息", "栏目", "项目概况,项目资金使用情况,项目组织实施情况,项目绩效情况,其他需说明的问题,评价人员,负责人,经办人,联系电话,填报日期")]
        public void Given_a_column_of_closed_values_then_its_cells_have_a_drop_down_of_exactly_those_values(string sheet, string header, string values)
        {
            var ws = _template.Sheet(sheet);
            int column = TestWorkbook.Column(ws, header);

            var validation = ValidationAt(ws, 2, column);

            validation.AllowedValues.ShouldBe(XLAllowedValues.List);
            validation.Value.ShouldBe($"\"{values}\"");
            ValidationAt(ws, 500, column).ShouldBeSameAs(validation);
        }

        [Fact]
        public void Given_单位信息_then_单位性质_has_a_drop_down_of_行政_and_事业()
        {
            var ws = _template.Sheet("单位信息");

            var validation = ValidationAt(ws, 4, 2);

            ws.Cell(4, 1).GetString().ShouldBe("单位性质");
            validation.AllowedValues.ShouldBe(XLAllowedValues.List);
            validation.Value.ShouldBe("\"行政,事业\"");
        }

        [Theory]
        [InlineData("预算明细", "金额（元）")]
        [InlineData("三公经费", "金额（元）")]
        [InlineData("政府采购", "金额（元）")]
        [InlineData("国有资产", "价值（元）")]
        [InlineData("上年预算", "金额（元）")]
        [InlineData("绩效目标", "实施期中央财政资金（元）")]
        [InlineData("绩效目标", "年度其他资金（元）")]
        [InlineData("预算调整", "全年预算数（元）")]
        [InlineData("资金执行", "下达（到位）金额（元）")]
        [InlineData("资金执行", "实际支出（元）")]
        public void Given_an_amount_column_then_it_is_formatted_with_two_decimals_and_rejects_negatives(string sheet, string header)
        {
            var ws = _template.Sheet(sheet);
            int column = TestWorkbook.Column(ws, header);

            ws.Cell(2, column).Style.NumberFormat.Format.ShouldBe("#,##0.00");
            var validation = ValidationAt(ws, 2, column);
            validation.AllowedValues.ShouldBe(XLAllowedValues.Decimal);
            validation.Operator.ShouldBe(XLOperator.EqualOrGreaterThan);
            validation.Value.ShouldBe("0");
        }

        [Fact]
        public void Given_2021_then_科目_lists_the_year_s_functional_and_departmental_economic_codes_as_text()
        {
            var ws = _template.Sheet("科目");

            var functional = ws.Column(1).CellsUsed().Skip(1).ToDictionary(c => c.GetString(), c => c.CellRight().GetString());
            var economic = ws.Column(5).CellsUsed().Skip(1).ToDictionary(c => c.GetString(), c => c.CellRight().GetString());

            functional["210"].ShouldBe("卫生健康支出");
            functional["21015"].ShouldBe("医疗保障管理事务");
            functional["2101501"].ShouldBe("行政运行");
            economic["30101"].ShouldBe("基本工资");
            economic["30217"].ShouldBe("公务接待费");
            economic.Keys.ShouldAllBe(k => k.StartsWith('3'));
            ws.Cell(2, 1).DataType.ShouldBe(XLDataType.Text);
        }

        [Fact]
        public void Given_2021_then_the_code_columns_take_their_drop_down_from_科目()
        {
            var lines = _template.Sheet("预算明细");
            int functionalRows = _template.Sheet("科目").Column(1).CellsUsed().Count();

            var functional = ValidationAt(lines, 2, 1);
            var economic = ValidationAt(lines, 2, 2);

            functional.AllowedValues.ShouldBe(XLAllowedValues.List);
            functional.Value.ShouldContain("科目");
            functional.Value.ShouldContain($"$A$2:$A${functionalRows}");
            economic.Value.ShouldContain("$E$2:");
            lines.Cell(2, 1).Style.NumberFormat.Format.ShouldBe("@");
        }

        [Fact]
        public void Given_the_target_sheets_then_项目编码_takes_its_drop_down_from_项目_on_绩效目标_and_from_绩效目标_on_绩效指标()
        {
            var declarations = ValidationAt(_template.Sheet("绩效目标"), 2, 1);
            var indicators = ValidationAt(_template.Sheet("绩效指标"), 2, 1);

            declarations.AllowedValues.ShouldBe(XLAllowedValues.List);
            declarations.Value.ShouldContain("项目");
            declarations.Value.ShouldContain("$A$2:$A$5000");
            declarations.ErrorStyle.ShouldBe(XLErrorStyle.Warning);
            indicators.Value.ShouldContain("绩效目标");
            indicators.Value.ShouldContain("$A$2:$A$5000");
            indicators.ErrorStyle.ShouldBe(XLErrorStyle.Warning);
        }

        [Theory]
        [InlineData("资金执行", "期间", "1月,2月,3月,4月,5月,6月,7月,8月,9月,10月,11月,12月,第一季度,第二季度,第三季度,第四季度")]
        [InlineData("自评评分", "评分模板", "项目支出绩效自评表（财预〔2020〕10号）,财政支出项目绩效自评表评分表（山西）")]
        public void Given_a_column_the_reader_takes_more_than_its_list_then_the_drop_down_only_warns(string sheet, string header, string values)
        {
            var ws = _template.Sheet(sheet);

            var validation = ValidationAt(ws, 2, TestWorkbook.Column(ws, header));

            validation.AllowedValues.ShouldBe(XLAllowedValues.List);
            validation.Value.ShouldBe($"\"{values}\"");
            validation.ErrorStyle.ShouldBe(XLErrorStyle.Warning);
            ws.Cell(2, TestWorkbook.Column(ws, header)).Style.NumberFormat.Format.ShouldBe("@");
        }

        [Fact]
        public void Given_指标完成_then_日期_is_a_date_of_the_year_and_only_warns_otherwise()
        {
            var ws = _template.Sheet("指标完成");

            var validation = ValidationAt(ws, 2, TestWorkbook.Column(ws, "日期"));

            ws.Cell(2, TestWorkbook.Column(ws, "日期")).Style.NumberFormat.Format.ShouldBe("yyyy-mm-dd");
            validation.AllowedValues.ShouldBe(XLAllowedValues.Date);
            validation.Operator.ShouldBe(XLOperator.Between);
            // Excel's serial numbers of 2021-01-01 and 2021-12-31.
            validation.MinValue.ShouldBe("44197");
            validation.MaxValue.ShouldBe("44561");
            validation.ErrorStyle.ShouldBe(XLErrorStyle.Warning);
        }

        [Theory]
        [InlineData("分值")]
        [InlineData("得分")]
        public void Given_a_score_column_then_it_takes_numbers_from_0(string header)
        {
            var ws = _template.Sheet("自评评分");

            var validation = ValidationAt(ws, 2, TestWorkbook.Column(ws, header));

            validation.AllowedValues.ShouldBe(XLAllowedValues.Decimal);
            validation.Operator.ShouldBe(XLOperator.EqualOrGreaterThan);
            validation.Value.ShouldBe("0");
        }

        [Fact]
        public void Given_the_execution_sheets_then_项目编码_takes_its_drop_down_from_项目_except_on_指标完成_from_绩效目标()
        {
            foreach (var sheet in new[] { "预算调整", "资金执行", "自评评分", "自评信息" })
            {
                var validation = ValidationAt(_template.Sheet(sheet), 2, 1);
                validation.Value.ShouldBe("项目!$A$2:$A$5000", customMessage: sheet);
                validation.ErrorStyle.ShouldBe(XLErrorStyle.Warning);
            }
            ValidationAt(_template.Sheet("指标完成"), 2, 1).Value.ShouldBe("绩效目标!$A$2:$A$5000");
        }

        [Fact]
        public void Given_the_spending_plan_columns_then_they_accept_0_to_100()
        {
            var ws = _template.Sheet("绩效目标");

            foreach (var header in new[] { "支出计划3月底（%）", "支出计划6月底（%）", "支出计划10月底（%）", "支出计划12月底（%）" })
            {
                var validation = ValidationAt(ws, 2, TestWorkbook.Column(ws, header));
                validation.AllowedValues.ShouldBe(XLAllowedValues.Decimal);
                validation.Operator.ShouldBe(XLOperator.Between);
                validation.MinValue.ShouldBe("0");
                validation.MaxValue.ShouldBe("100");
            }
        }

        [Fact]
        public void Given_绩效目标_then_the_money_headers_print_period_source_and_unit_on_three_lines()
        {
            var ws = _template.Sheet("绩效目标");

            ws.Cell(1, TestWorkbook.Column(ws, "年度市县（区）财政资金（元）")).GetString().ShouldBe("年度\n市县（区）财政资金\n（元）");
            ws.Cell(1, TestWorkbook.Column(ws, "支出计划3月底（%）")).GetString().ShouldBe("支出计划\n3月底（%）");
            ws.Row(1).Height.ShouldBeGreaterThanOrEqualTo(45);
        }

        [Fact]
        public void Given_绩效目标_then_its_key_column_stays_in_view_and_its_long_texts_wrap()
        {
            var ws = _template.Sheet("绩效目标");

            ws.SheetView.SplitRow.ShouldBe(1);
            ws.SheetView.SplitColumn.ShouldBe(1);
            ws.Column(TestWorkbook.Column(ws, "项目概况")).Style.Alignment.WrapText.ShouldBeTrue();
            ws.Column(TestWorkbook.Column(ws, "年度总体目标")).Width.ShouldBe(40);
            _template.Sheet("绩效指标").SheetView.SplitColumn.ShouldBe(0);
        }

        [Fact]
        public void Given_2021_then_说明_explains_every_sheet_and_column()
        {
            var text = string.Join("\n", _template.Sheet("说明").CellsUsed().Select(c => c.GetString()));

            text.ShouldContain("2021年度单位预算填报工作簿");
            text.ShouldContain("金额一律以“元”为单位，最多两位小数");
            foreach (var sheet in new[] { "单位信息", "预算明细", "项目", "绩效目标", "绩效指标", "三公经费", "政府采购", "国有资产", "上年预算", "预算调整", "资金执行", "指标完成", "自评评分", "自评信息", "科目" }) text.ShouldContain(sheet);
            foreach (var column in new[] { "功能分类科目编码", "经济分类科目编码", "是否上年结转", "所属单位编码", "采购品目名称", "价值（元）", "预算年度", "年度市县（区）财政资金（元）", "支出计划10月底（%）", "指标值确定依据" }) text.ShouldContain(column);
            text.ShouldContain("年度资金总额不填，它就是“预算明细”中该项目的金额合计");
            text.ShouldContain("资金到位率、预算执行率和指标完成情况由系统计算，不需填写");
            foreach (var column in new[] { "全年预算数（元）", "下达（到位）金额（元）", "实际完成值", "偏差原因分析及改进措施", "栏目" }) text.ShouldContain(column);
            // The guide of 评分项 lists the Shanxi items an evaluator scores, a repeated name with its 二级.
            text.ShouldContain("财政支出项目绩效自评表评分表（山西）的评分项：项目立项规范性、绩效目标合理性、绩效指标明确性、到位及时率、业务管理/管理制度健全性");
            text.ShouldContain("产出指标——数量指标、质量指标、时效指标、成本指标；效益指标——经济效益指标、社会效益指标、生态效益指标、可持续影响指标；满意度指标——服务对象满意度指标、其他满意度指标");
        }

        [Fact]
        public void Given_a_year_without_catalogs_then_it_throws()
        {
            var path = Path.Combine(_template.Folder, "2030.xlsx");

            Should.Throw<KeyNotFoundException>(() => BudgetWorkbookTemplate.Write(path, new FiscalYear(2030)));
        }

        private static IXLDataValidation ValidationAt(IXLWorksheet ws, int row, int column) =>
            ws.DataValidations.Single(v => v.Ranges.Any(r => r.Contains(ws.Cell(row, column))));
    }
}
