using ClosedXML.Excel;
using Jixiao.Documents.Evaluations.Rendering;
using Jixiao.Documents.Tests.Xlsx;
using Jixiao.Evaluations;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Evaluations.Rendering;

/// <summary>
/// The national 项目支出绩效自评表 (财预〔2020〕10号) of an evaluation made by hand, written as XLSX (read back with
/// ClosedXML), as HTML, and printed by LibreOffice. Money is held in 元 and expected in 万元, converted by hand.
/// </summary>
public class NationalSelfEvaluationRenderingTests
{
    /// <summary>
    /// 年初 1,000,000 元 (100.00 万元), adjusted to 市县 1,000,000 + 省级 200,000 = 1,200,000 (120.00); spent 990,000 +
    /// 198,000 = 1,188,000 (118.80); 118.80 / 120.00 = 99.00 % → 9.90 of 10. Indicators 14.86 + 5.00 + 20 (产出 39.86),
    /// 效益 20, 满意度 10; 9.90 + 39.86 + 20 + 10 = 79.76 → 中.
    /// </summary>
    internal static readonly SelfEvaluation ByHand = new()
    {
        ProjectName = "城乡居民基本医疗保险市级财政补助",
        Year = 2023,
        Department = "晋中市医疗保障局",
        BudgetUnit = "晋中市医疗保险服务中心",
        Funds = new EvaluationFunds
        {
            InitialBudget = new Yuan(1_000_000m),
            Budgeted = [("市县（区）财政资金", new Yuan(1_000_000m)), ("省级财政资金", new Yuan(200_000m))],
            Released = new Yuan(1_200_000m),
            Spent = [("市县（区）财政资金", new Yuan(990_000m)), ("省级财政资金", new Yuan(198_000m))],
        },
        Texts = [("年度总体目标", "按时足额拨付城乡居民医保市级财政补助"), ("实际完成情况", "补助资金已全部拨付到位")],
        Indicators =
        [
            new(Level2Indicator.Quantity, "参保人数", TargetValue.Parse("≥8755人"), TargetValue.Parse("8676人"))
                { StatedProgress = "99.10%", Points = 15m, Score = 14.86m, Deviation = "部分人员转入职工医保" },
            new(Level2Indicator.Timeliness, "办结时限", TargetValue.Parse("≤10天"), TargetValue.Parse("15天"))
                { StatedProgress = "未完成", Points = 10m, Score = 5m, Deviation = "审核流程长，下年精简环节" },
            new(Level2Indicator.Quality, "覆盖率", TargetValue.Parse("≥95%"), TargetValue.Parse("95%")) { Points = 25m, Score = 20m },
            new(Level2Indicator.Social, "待遇保障水平", TargetValue.Parse("稳步提高"), TargetValue.Parse("有所提高")) { Points = 30m, Score = 20m },
            new(Level2Indicator.RecipientSatisfaction, "参保群众满意度", TargetValue.Parse("≥90%"), TargetValue.Parse("92%")) { Points = 10m, Score = 10m },
        ],
        Scores = [new ScoredItem("预算执行", "", "预算执行率", 10m, 9.9m)],
        Template = "national",
        Total = new StatedScore(100m, 79.76m),
        Grade = "中",
        SignOff = new SignOff("张志涛", "牛建军", "0354-3075659", "2024-03-01"),
    };

    private static readonly Lazy<XLWorkbook> Workbook = new(() =>
    {
        var stream = new MemoryStream();
        SelfEvaluationFormWriter.WriteXlsx([(ByHand, SelfEvaluationLayout.National)], stream);
        stream.Position = 0;
        return new XLWorkbook(stream);
    });

    private static IXLWorksheet Sheet => Workbook.Value.Worksheet(1);

    private static string Text(string address) => Sheet.Cell(address).GetString();

    private static decimal Number(string address)
    {
        Sheet.Cell(address).DataType.ShouldBe(XLDataType.Number, address);
        return (decimal)Sheet.Cell(address).GetDouble();
    }

    private static string Format(string address) => Sheet.Cell(address).Style.NumberFormat.Format;

    [Fact]
    public void The_sheet_is_named_after_the_project_and_printed_on_one_A4_page()
    {
        Sheet.Name.ShouldBe("城乡居民基本医疗保险市级财政补助");
        Sheet.PageSetup.PaperSize.ShouldBe(XLPaperSize.A4Paper);
        Sheet.PageSetup.PageOrientation.ShouldBe(XLPageOrientation.Portrait);
        (Sheet.PageSetup.PagesWide, Sheet.PageSetup.PagesTall).ShouldBe((1, 1));
    }

    [Fact]
    public void The_head_prints_title_year_project_department_and_implementing_unit()
    {
        (Text("A1"), Text("A2")).ShouldBe(("项目支出绩效自评表", "（2023年度）"));
        (Text("A3"), Text("B3")).ShouldBe(("项目名称", "城乡居民基本医疗保险市级财政补助"));
        (Text("A4"), Text("B4"), Text("E4"), Text("F4")).ShouldBe(("主管部门", "晋中市医疗保障局", "实施单位", "晋中市医疗保险服务中心"));
    }

    [Fact]
    public void The_money_block_prints_A0_A_B_points_rate_and_score_in_wan_yuan()
    {
        new[] { Text("C5"), Text("D5"), Text("E5"), Text("F5"), Text("G5"), Text("H5") }
            .ShouldBe(["年初预算数", "全年预算数", "全年执行数", "分值", "执行率", "得分"]);
        Text("A5").ShouldBe("项目资金（万元）");
        Sheet.Cell("A5").MergedRange().RangeAddress.ToString().ShouldBe("A5:A9");
        // 年度资金总额: 100.00 | 120.00 | 118.80 | 10 | 118.80 / 120.00 = 99.00 % | 9.90
        Text("B6").ShouldBe("年度资金总额");
        (Number("C6"), Number("D6"), Number("E6"), Number("F6"), Number("G6"), Number("H6")).ShouldBe((100m, 120m, 118.8m, 10m, 0.99m, 9.9m));
        // printed 100.00 120.00 118.80 10 99.00% 9.90 (the print test reads them back)
        new[] { "C6", "D6", "E6", "F6", "G6", "H6" }.Select(Format).ShouldBe(["0.00", "0.00", "0.00", "0", "0.00%", "0.00"]);
        // 其中: the budget adjusted by level of government (市县, 省级) does not say how much of it was carried over, nor do
        // the flows: every 其中 cell is blank — not 上年结转资金 0.00 — and 年初's split is not known once adjusted
        new[] { Text("B7"), Text("B8"), Text("B9") }.ShouldBe(["其中：本年财政拨款", "上年结转资金", "其他资金"]);
        new[] { "C7", "D7", "E7", "C8", "D8", "E8", "C9", "D9", "E9" }.Select(Text).ShouldAllBe(t => t == "");
        new[] { Text("F7"), Text("G8"), Text("H9") }.ShouldBe(["—", "—", "—"]);
    }

    [Fact]
    public void The_annual_goal_prints_expected_beside_achieved()
    {
        (Text("A10"), Text("B10"), Text("E10")).ShouldBe(("年度总体目标", "预期目标", "实际完成情况"));
        (Text("B11"), Text("E11")).ShouldBe(("按时足额拨付城乡居民医保市级财政补助", "补助资金已全部拨付到位"));
    }

    [Fact]
    public void The_indicator_rows_print_target_actual_points_score_and_deviation()
    {
        Enumerable.Range(1, 8).Select(c => Sheet.Cell(12, c).GetString())
            .ShouldBe(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
        (Text("A13"), Text("B13"), Text("C13"), Text("D13"), Text("E13"), Number("F13"), Number("G13"), Text("H13"))
            .ShouldBe(("产出指标", "数量指标", "参保人数", "≥8755人", "8676人", 15m, 14.86m, "部分人员转入职工医保"));
        Sheet.Cell("A13").MergedRange().RangeAddress.ToString().ShouldBe("A13:A15"); // three 产出 rows
        // in the framework's order of 二级: 数量, 质量, 时效 (the evaluation lists 办结时限 before 覆盖率)
        (Text("B14"), Text("C14"), Number("F14"), Number("G14")).ShouldBe(("质量指标", "覆盖率", 25m, 20m));
        (Text("B15"), Text("C15"), Number("F15"), Number("G15")).ShouldBe(("时效指标", "办结时限", 10m, 5m));
        Format("G15").ShouldBe("0.00"); // 5.00
        (Text("A16"), Text("C16"), Number("G16")).ShouldBe(("效益指标", "待遇保障水平", 20m));
        (Text("A17"), Text("B17"), Text("E17"), Number("G17")).ShouldBe(("满意度指标", "服务对象满意度指标", "92%", 10m));
    }

    [Fact]
    public void The_total_and_grade_close_the_table_and_the_sign_off_follows()
    {
        (Text("A18"), Number("F18"), Number("G18")).ShouldBe(("总分", 100m, 79.76m));
        (Text("A19"), Text("F19")).ShouldBe(("评价等次", "中"));
        (Text("A20"), Text("B20"), Text("D20"), Text("E20"), Text("F20"), Text("G20")).ShouldBe(("负责人：", "张志涛", "经办人：", "牛建军", "联系电话：", "0354-3075659"));
        (Text("A21"), Text("B21")).ShouldBe(("填报日期：", "2024-03-01"));
    }

    [Fact]
    public void The_HTML_page_holds_the_same_figures()
    {
        var html = SelfEvaluationFormWriter.ToHtml([(ByHand, SelfEvaluationLayout.National)]);

        foreach (var printed in new[] { "<title>项目支出绩效自评表</title>", "（2023年度）", "晋中市医疗保险服务中心", "年初预算数", "100.00", "120.00", "118.80",
                     "99.00%", "9.90", "其中：本年财政拨款", "上年结转资金", "≥8755人", "8676人", "14.86", "部分人员转入职工医保", "偏差原因分析及改进措施",
                     "79.76", "评价等次", "张志涛" })
            html.ShouldContain(printed);
        html.ShouldContain("<th scope=\"row\" rowspan=\"5\">项目资金（万元）</th>");
    }

    private static IXLWorksheet Written(SelfEvaluation e, out XLWorkbook workbook)
    {
        var stream = new MemoryStream();
        SelfEvaluationFormWriter.WriteXlsx([(e, SelfEvaluationLayout.National)], stream);
        stream.Position = 0;
        workbook = new XLWorkbook(stream);
        return workbook.Worksheet(1);
    }

    [Fact]
    public void A_budget_printed_only_as_its_total_leaves_A0_and_the_其中_rows_blank()
    {
        var unsplit = ByHand with
        {
            Funds = new EvaluationFunds { Budgeted = [("合计", new Yuan(1_200_000m))], Spent = [("市县（区）财政资金", new Yuan(1_188_000m))] },
        };
        var sheet = Written(unsplit, out var workbook);
        using var _ = workbook;

        // 年初预算数 not stated: blank, not taken to be 全年预算数; 全年 120.00, spent 118.80
        sheet.Cell("C6").GetString().ShouldBe("");
        (sheet.Cell("D6").GetDouble(), sheet.Cell("E6").GetDouble()).ShouldBe((120d, 118.8d));
        // the split of 120.00 is not known; the spent 118.80 is all 市县 money, but whether any of it was carried over is not said
        new[] { "C7", "D7", "E7", "D8", "E8", "D9", "E9" }.Select(a => sheet.Cell(a).GetString()).ShouldAllBe(t => t == "");
    }

    [Fact]
    public void A_project_with_carried_over_money_prints_it_on_the_上年结转资金_row()
    {
        // as SelfEvaluations fills it from the lines: 800,000 this year's 一般公共预算 (80.00 万元) + 200,000 carried over
        // (20.00) = 1,000,000 (100.00) = A0 = A; nothing else (其他资金 0.00, a known 0). Spent 700,000 of 市县 money
        // (70.00), 70.00 / 100.00 = 70.00 %; whose money it was the flows do not say: the 全年执行数 其中 cells are blank.
        var carried = ByHand with
        {
            Funds = new EvaluationFunds
            {
                InitialBudget = new Yuan(1_000_000m),
                Budgeted = [(SelfEvaluations.AppropriationSource, new Yuan(800_000m)), (SelfEvaluations.CarryOverSource, new Yuan(200_000m))],
                Released = new Yuan(1_000_000m),
                Spent = [("市县（区）财政资金", new Yuan(700_000m))],
            },
        };
        var sheet = Written(carried, out var workbook);
        using var _ = workbook;

        (sheet.Cell("C6").GetDouble(), sheet.Cell("D6").GetDouble(), sheet.Cell("E6").GetDouble(), sheet.Cell("G6").GetDouble()).ShouldBe((100d, 100d, 70d, 0.7d));
        (sheet.Cell("C7").GetDouble(), sheet.Cell("D7").GetDouble()).ShouldBe((80d, 80d));   // 本年财政拨款
        (sheet.Cell("C8").GetDouble(), sheet.Cell("D8").GetDouble()).ShouldBe((20d, 20d));   // 上年结转资金
        (sheet.Cell("C9").GetDouble(), sheet.Cell("D9").GetDouble()).ShouldBe((0d, 0d));     // 其他资金
        new[] { "E7", "E8", "E9" }.Select(a => sheet.Cell(a).GetString()).ShouldAllBe(t => t == "");
    }

    [Fact]
    public void Spending_that_says_none_of_it_was_carried_over_fills_the_全年执行数_其中_cells()
    {
        // nothing carried over (上年结转资金 0.00 on both sides): spent 市县 118.80 is 本年财政拨款, 0.00 carried, 0.00 other
        var none = ByHand with
        {
            Funds = new EvaluationFunds
            {
                InitialBudget = new Yuan(1_200_000m),
                Budgeted = [("市县（区）财政资金", new Yuan(1_200_000m)), (SelfEvaluations.CarryOverSource, Yuan.Zero)],
                Spent = [("市县（区）财政资金", new Yuan(1_188_000m)), (SelfEvaluations.CarryOverSource, Yuan.Zero)],
            },
        };
        var sheet = Written(none, out var workbook);
        using var _ = workbook;

        (sheet.Cell("C7").GetDouble(), sheet.Cell("D7").GetDouble(), sheet.Cell("E7").GetDouble()).ShouldBe((120d, 120d, 118.8d));
        (sheet.Cell("E8").GetDouble(), sheet.Cell("E9").GetDouble()).ShouldBe((0d, 0d));
    }

    [Fact]
    public void A_Shanxi_and_a_national_evaluation_go_in_one_workbook_each_in_its_layout()
    {
        var shanxi = ByHand with { ProjectName = "打击欺诈骗保专项行动", Title = null, Template = "shanxi" };
        var stream = new MemoryStream();
        SelfEvaluationFormWriter.WriteXlsx([(ByHand, SelfEvaluationLayout.National), (shanxi, SelfEvaluationLayout.Shanxi)], stream);
        stream.Position = 0;
        using var workbook = new XLWorkbook(stream);

        workbook.Worksheets.Select(w => (w.Name, w.Cell("A1").GetString()))
            .ShouldBe([("城乡居民基本医疗保险市级财政补助", "项目支出绩效自评表"), ("打击欺诈骗保专项行动", "财政支出项目绩效自评表")]);
    }

    [Fact]
    public void LibreOffice_prints_it_on_one_page_with_the_figures()
    {
        var dir = Directory.CreateTempSubdirectory("jixiao-national-lo-").FullName;
        try
        {
            var xlsx = Path.Combine(dir, "national.xlsx");
            SelfEvaluationFormWriter.WriteXlsx([(ByHand, SelfEvaluationLayout.National)], xlsx);
            var (text, pages) = LibreOfficePdfTests.Print(xlsx, dir);
            pages.ShouldBe(1);
            text.ShouldNotContain("###");
            foreach (var printed in new[] { "项目支出绩效自评表", "城乡居民基本医疗保险市级财政补助", "年初预算数", "100.00", "120.00", "118.80", "99.00%",
                         "9.90", "8676人", "14.86", "79.76", "张志涛" })
                text.ShouldContain(printed);
        }
        finally
        {
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        }
    }

    [Fact]
    public void A_二级_listed_twice_apart_is_printed_as_one_group()
    {
        // 数量指标 参保人数, 时效指标 办结时限, 数量指标 重复参保人数: the two 数量 rows print together under one merged 二级
        var e = ByHand with
        {
            Indicators =
            [
                ByHand.Indicators[0],
                ByHand.Indicators[1],
                new(Level2Indicator.Quantity, "重复参保人数", TargetValue.Parse("0人"), TargetValue.Parse("0人")) { Points = 5m, Score = 5m },
            ],
        };
        var stream = new MemoryStream();
        SelfEvaluationFormWriter.WriteXlsx([(e, SelfEvaluationLayout.National)], stream);
        stream.Position = 0;
        using var book = new XLWorkbook(stream);
        var sheet = book.Worksheet(1);

        Enumerable.Range(13, 3).Select(r => sheet.Cell(r, 3).GetString()).ShouldBe(["参保人数", "重复参保人数", "办结时限"]);
        sheet.Cell("B13").MergedRange().RangeAddress.ToString().ShouldBe("B13:B14");
        sheet.Cell("B15").GetString().ShouldBe("时效指标");
    }
}
