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
                ["说明", "单位信息", "预算明细", "项目", "三公经费", "政府采购", "国有资产", "上年预算", "科目"]);
        }

        [Theory]
        [InlineData("预算明细", new[] { "功能分类科目编码", "经济分类科目编码", "支出类型", "资金来源", "金额（元）", "是否上年结转", "项目编码", "所属单位编码" })]
        [InlineData("项目", new[] { "项目编码", "项目名称", "资金用途" })]
        [InlineData("三公经费", new[] { "项目", "资金来源", "金额（元）" })]
        [InlineData("政府采购", new[] { "采购类别", "采购品目名称", "资金来源", "金额（元）", "数量", "计量单位", "项目编码" })]
        [InlineData("国有资产", new[] { "资产类别", "数量", "价值（元）" })]
        [InlineData("上年预算", new[] { "功能分类科目编码", "经济分类科目编码", "支出类型", "资金来源", "金额（元）", "是否上年结转", "项目编码", "所属单位编码" })]
        public void Given_a_table_sheet_then_row_1_holds_its_Chinese_headers_frozen_with_widths_set(string sheet, string[] headers)
        {
            var ws = _template.Sheet(sheet);

            ws.Row(1).CellsUsed().Select(c => c.GetString()).ShouldBe(headers);
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
        public void Given_2021_then_说明_explains_every_sheet_and_column()
        {
            var text = string.Join("\n", _template.Sheet("说明").CellsUsed().Select(c => c.GetString()));

            text.ShouldContain("2021年度单位预算填报工作簿");
            text.ShouldContain("金额一律以“元”为单位，最多两位小数");
            foreach (var sheet in new[] { "单位信息", "预算明细", "项目", "三公经费", "政府采购", "国有资产", "上年预算", "科目" }) text.ShouldContain(sheet);
            foreach (var column in new[] { "功能分类科目编码", "经济分类科目编码", "是否上年结转", "所属单位编码", "采购品目名称", "价值（元）", "预算年度" }) text.ShouldContain(column);
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
