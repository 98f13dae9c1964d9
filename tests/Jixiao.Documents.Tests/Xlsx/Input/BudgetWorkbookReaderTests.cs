using Jixiao.Budget;
using Jixiao.Catalogs;
using Jixiao.Codes;
using Jixiao.Documents.Xlsx.Input;
using Jixiao.Money;

namespace Jixiao.Documents.Tests.Xlsx.Input;

public sealed class BudgetWorkbookReaderTests
{
    /// <summary>The Xinglong sample, filled into the 2021 template and read once.</summary>
    public sealed class XinglongBudget
    {
        public XinglongBudget()
        {
            using var wb = XinglongSample.Fill(TestWorkbook.FromTemplate(2021));
            Budget = BudgetWorkbookReader.Read(wb.Save());
        }

        public UnitBudget Budget { get; }
    }

    public sealed class TheReadMethod(XinglongBudget fixture) : IClassFixture<XinglongBudget>
    {
        private readonly UnitBudget _budget = fixture.Budget;

        [Fact]
        public void Given_the_filled_单位信息_then_the_unit_and_year_are_read()
        {
            _budget.Year.ShouldBe(new FiscalYear(2021));
            _budget.Unit.ShouldBe(new BudgetUnit("362001", "兴隆县医疗保障局本级", UnitNature.Administrative)
            {
                Rank = "正科级",
                FundingForm = "财政拨款",
            });
            _budget.SubUnits.ShouldBeEmpty();
        }

        [Fact]
        public void Given_nine_budget_lines_then_each_is_read_in_order()
        {
            _budget.Lines.Count.ShouldBe(9);
            _budget.Lines[0].ShouldBe(new BudgetLine(Functional("2101501"), Economic("30101"), ExpenseKind.Personnel, FundingSource.GeneralPublic, new Yuan(1_004_500.00m)));
            _budget.Lines[3].ShouldBe(new BudgetLine(Functional("2210201"), Economic("30113"), ExpenseKind.Personnel, FundingSource.GeneralPublic, new Yuan(189_800.00m)));
            _budget.Lines[7].ShouldBe(new BudgetLine(Functional("2101301"), null, ExpenseKind.Project, FundingSource.GeneralPublic, new Yuan(10_770_000.00m))
            {
                ProjectCode = XinglongSample.MedicalAidProject,
            });
            _budget.Lines.ShouldAllBe(l => !l.CarryOver && l.UnitCode == null);
        }

        [Fact]
        public void Given_the_seed_s_figures_then_the_lines_add_up_to_the_published_totals()
        {
            // 人员经费 100.45 + 33.52 + 25.31 + 18.98 = 178.26 万元; 公用经费 4.55 + 1.00 + 1.50 = 7.05 万元;
            // 项目 1077.00 + 10.00 = 1087.00 万元; total 1272.31 万元.
            Sum(ExpenseKind.Personnel).ShouldBe(new Yuan(1_782_600.00m));
            Sum(ExpenseKind.Operating).ShouldBe(new Yuan(70_500.00m));
            Sum(ExpenseKind.Project).ShouldBe(new Yuan(10_870_000.00m));
            _budget.Lines.Aggregate(Yuan.Zero, (s, l) => s + l.Amount).ShouldBe(new Yuan(12_723_100.00m));
        }

        [Fact]
        public void Given_two_projects_then_both_are_read_with_their_purpose()
        {
            _budget.Projects.Select(p => (p.Code, p.Name)).ShouldBe(
            [
                (XinglongSample.MedicalAidProject, "冀财社[2020]147号+中央财政医疗救助补助资金"),
                (XinglongSample.PrintingProject, "宣传印刷费"),
            ]);
            _budget.Projects[1].Purpose.ShouldBe("扩大医保政策宣传，提高政策知晓率。");
        }

        [Fact]
        public void Given_三公经费_rows_then_they_are_read_by_item_and_source()
        {
            // 公务用车运行维护费 1.50 万元, 公务接待费 1.00 万元: 2.50 万元 in all, as the seed publishes.
            _budget.ThreePublic.ShouldBe(
            [
                new ThreePublicItem(ThreePublicKind.VehicleOperation, FundingSource.GeneralPublic, new Yuan(15_000.00m)),
                new ThreePublicItem(ThreePublicKind.Hospitality, FundingSource.GeneralPublic, new Yuan(10_000.00m)),
            ]);
        }

        [Fact]
        public void Given_a_procurement_row_then_it_is_read_with_quantity_and_unit()
        {
            _budget.Procurement.ShouldHaveSingleItem().ShouldBe(
                new ProcurementItem(ProcurementCategory.Goods, "台式计算机", FundingSource.GeneralPublic, new Yuan(24_000.00m)) { Quantity = 4m, MeasureUnit = "台" });
        }

        [Fact]
        public void Given_an_asset_row_then_it_is_read_in_yuan()
        {
            // 48.102803 万元 = 481,028.03 元.
            _budget.Assets.ShouldHaveSingleItem().ShouldBe(new AssetItem(AssetKind.Other, null, new Yuan(481_028.03m)));
        }

        [Fact]
        public void Given_上年预算_at_类_level_then_it_becomes_last_year_s_budget()
        {
            var prior = _budget.PriorYear.ShouldNotBeNull();

            prior.Year.ShouldBe(new FiscalYear(2020));
            prior.Unit.ShouldBe(_budget.Unit);
            prior.Lines.Select(l => (l.Functional.Value, l.Kind, l.Amount)).ShouldBe(
            [
                ("210", ExpenseKind.Personnel, new Yuan(1_650_000.00m)),
                ("221", ExpenseKind.Personnel, new Yuan(180_000.00m)),
            ]);
        }

        private Yuan Sum(ExpenseKind kind) => _budget.Lines.Where(l => l.Kind == kind).Aggregate(Yuan.Zero, (s, l) => s + l.Amount);
    }

    public sealed class TheReadMethodOnHandTypedCells
    {
        [Fact]
        public void Given_amounts_as_text_with_thousands_separators_and_padded_cells_then_they_are_read()
        {
            // Given
            using var wb = XinglongSample.Fill(TestWorkbook.FromTemplate(2021));
            XinglongSample.Line(wb, 2, " 2101501 ", "30101", "  人员经费 ", "1,004,500.00");
            XinglongSample.Line(wb, 3, "2101501", "30102", "人员经费", " 335,200 ");

            // When
            var budget = BudgetWorkbookReader.Read(wb.Save());

            // Then
            budget.Lines[0].ShouldBe(new BudgetLine(Functional("2101501"), Economic("30101"), ExpenseKind.Personnel, FundingSource.GeneralPublic, new Yuan(1_004_500.00m)));
            budget.Lines[1].Amount.ShouldBe(new Yuan(335_200.00m));
        }

        [Fact]
        public void Given_an_amount_computed_by_a_formula_then_its_value_is_read()
        {
            // Given: 30102 津贴补贴 33.52 万元 entered as 12 months of 27,933.33 plus 0.04.
            using var wb = XinglongSample.Fill(TestWorkbook.FromTemplate(2021));
            wb.Sheet("预算明细").Cell(3, 5).FormulaA1 = "12*27933.33+0.04";

            var budget = BudgetWorkbookReader.Read(wb.Save());

            budget.Lines[1].Amount.ShouldBe(new Yuan(335_200.00m));
        }

        [Fact]
        public void Given_codes_typed_as_numbers_then_they_are_read_as_codes()
        {
            using var wb = XinglongSample.Fill(TestWorkbook.FromTemplate(2021));
            wb.Row("预算明细", 2, ("功能分类科目编码", 2101501), ("经济分类科目编码", 30101));
            wb.Unit("单位编码", 362001);

            var budget = BudgetWorkbookReader.Read(wb.Save());

            budget.Lines[0].Functional.ShouldBe(Functional("2101501"));
            budget.Lines[0].Economic.ShouldBe(Economic("30101"));
            budget.Unit.Code.ShouldBe("362001");
        }

        [Fact]
        public void Given_fully_blank_rows_between_lines_then_they_are_ignored()
        {
            // Given: rows 11–13 left blank, a line in row 14 (the sample fills rows 2–10).
            using var wb = XinglongSample.Fill(TestWorkbook.FromTemplate(2021));
            XinglongSample.Line(wb, 14, "2101501", "30299", "公用经费", 8_800.00m);
            wb.Row("预算明细", 12, ("所属单位编码", "   "));

            var budget = BudgetWorkbookReader.Read(wb.Save());

            budget.Lines.Count.ShouldBe(10);
            budget.Lines[9].Economic.ShouldBe(Economic("30299"));
            budget.Lines[9].Amount.ShouldBe(new Yuan(8_800.00m));
        }

        [Fact]
        public void Given_a_carried_over_line_for_another_unit_then_both_flags_are_kept()
        {
            using var wb = XinglongSample.Fill(TestWorkbook.FromTemplate(2021));
            XinglongSample.Line(wb, 11, "2101501", null, "项目支出", 50_000.00m, project: XinglongSample.PrintingProject, carryOver: "是");
            wb.Row("预算明细", 11, ("所属单位编码", "362002"));
            wb.Row("预算明细", 2, ("所属单位编码", "362001"));

            var budget = BudgetWorkbookReader.Read(wb.Save());

            budget.Lines[9].CarryOver.ShouldBeTrue();
            budget.Lines[9].UnitCode.ShouldBe("362002");
            budget.Lines[9].ProjectCode.ShouldBe(XinglongSample.PrintingProject);
            budget.Lines[0].UnitCode.ShouldBeNull(); // the budget's own unit
        }

        [Fact]
        public void Given_a_project_code_typed_in_lower_case_then_the_line_names_the_registered_code()
        {
            using var wb = XinglongSample.Fill(TestWorkbook.FromTemplate(2021));
            wb.Row("预算明细", 10, ("项目编码", XinglongSample.PrintingProject.ToLowerInvariant()));

            var budget = BudgetWorkbookReader.Read(wb.Save());

            budget.Lines[8].ProjectCode.ShouldBe(XinglongSample.PrintingProject);
        }

        [Fact]
        public void Given_staff_numbers_and_a_supervising_department_then_they_are_read()
        {
            using var wb = XinglongSample.Fill(TestWorkbook.FromTemplate(2021));
            wb.Unit("主管部门编码", "362").Unit("编制人数", 12).Unit("实有人数", "10");

            var unit = BudgetWorkbookReader.Read(wb.Save()).Unit;

            unit.ParentCode.ShouldBe("362");
            unit.AuthorizedStaff.ShouldBe(12);
            unit.ActualStaff.ShouldBe(10);
        }

        [Fact]
        public void Given_empty_optional_sheets_then_the_budget_has_no_such_items_and_no_prior_year()
        {
            using var wb = TestWorkbook.FromTemplate(2021);
            wb.Unit("单位编码", "362001").Unit("单位名称", "兴隆县医疗保障局本级").Unit("单位性质", "行政");
            XinglongSample.Line(wb, 2, "2101501", "30101", "人员经费", 1_004_500.00m);

            var budget = BudgetWorkbookReader.Read(wb.Save());

            budget.Lines.ShouldHaveSingleItem();
            budget.Projects.ShouldBeEmpty();
            budget.ThreePublic.ShouldBeEmpty();
            budget.Procurement.ShouldBeEmpty();
            budget.Assets.ShouldBeEmpty();
            budget.PriorYear.ShouldBeNull();
        }

        [Fact]
        public void Given_a_stream_then_it_is_read_like_a_file()
        {
            using var wb = XinglongSample.Fill(TestWorkbook.FromTemplate(2021));
            using var stream = File.OpenRead(wb.Save());

            var budget = BudgetWorkbookReader.Read(stream, "upload.xlsx");

            budget.Lines.Count.ShouldBe(9);
        }
    }

    private static FunctionalCode Functional(string code) => FunctionalCode.Parse(code);

    private static EconomicCode Economic(string code) => EconomicCode.Parse(code);
}
