namespace Jixiao.Documents.Tests.Xlsx.Input;

/// <summary>
/// A small budget taken from the 2021 Xinglong seed (<c>tests/corpus/real/xinglong-2021-unit-budget.txt</c>), in 元: the seed
/// publishes 万元, so 100.45 万元 of 30101 基本工资 is 1,004,500.00 元. Items the seed does not have (a procurement item,
/// last year's lines) are made up and say so.
/// </summary>
internal static class XinglongSample
{
    public const string MedicalAidProject = "130822213QR79I7RXI65C";
    public const string PrintingProject = "130822218M6H7N2EXBD1D";

    /// <summary>Fills every sheet; 预算明细 rows 2–10, 项目 rows 2–3, 三公经费 rows 2–3, 政府采购 row 2, 国有资产 row 2, 上年预算 rows 2–3.</summary>
    public static TestWorkbook Fill(TestWorkbook wb)
    {
        wb.Unit("单位编码", "362001")
          .Unit("单位名称", "兴隆县医疗保障局本级")
          .Unit("单位性质", "行政")
          .Unit("单位规格", "正科级")
          .Unit("经费保障形式", "财政拨款");

        wb.Row("项目", 2, ("项目编码", MedicalAidProject), ("项目名称", "冀财社[2020]147号+中央财政医疗救助补助资金"),
                ("资金用途", "落实省级财政医疗救助补助及时足额发放，用于符合条件的贫困人口及困难职工群众"))
          .Row("项目", 3, ("项目编码", PrintingProject), ("项目名称", "宣传印刷费"), ("资金用途", "扩大医保政策宣传，提高政策知晓率。"));

        // 基本支出表: 30101 100.45, 30102 33.52, 30108 25.31, 30113 18.98 (人员经费); 30201 4.55, 30217 1.00, 30231 1.50 (公用经费), in 万元.
        Line(wb, 2, "2101501", "30101", "人员经费", 1_004_500.00m);
        Line(wb, 3, "2101501", "30102", "人员经费", 335_200.00m);
        Line(wb, 4, "2080505", "30108", "人员经费", 253_100.00m);
        Line(wb, 5, "2210201", "30113", "人员经费", 189_800.00m);
        Line(wb, 6, "2101501", "30201", "公用经费", 45_500.00m);
        Line(wb, 7, "2101501", "30217", "公用经费", 10_000.00m);
        Line(wb, 8, "2101501", "30231", "公用经费", 15_000.00m);
        // 绩效目标表: 医疗救助 1077.00 万元, 宣传印刷费 10.00 万元.
        Line(wb, 9, "2101301", null, "项目支出", 10_770_000.00m, project: MedicalAidProject);
        Line(wb, 10, "2101501", "30202", "项目支出", 100_000.00m, project: PrintingProject);

        // “三公”经费表: 公务用车运行维护费 1.50, 公务接待费 1.00 万元.
        wb.Row("三公经费", 2, ("项目", "公务用车运行维护费"), ("资金来源", "一般公共预算"), ("金额（元）", 15_000.00m))
          .Row("三公经费", 3, ("项目", "公务接待费"), ("资金来源", "一般公共预算"), ("金额（元）", 10_000.00m));

        // Made up: the seed's 政府采购 table is empty.
        wb.Row("政府采购", 2, ("采购类别", "货物"), ("采购品目名称", "台式计算机"), ("资金来源", "一般公共预算"),
                ("金额（元）", 24_000.00m), ("数量", 4), ("计量单位", "台"));

        // 单位固定资产占用情况表: 其他固定资产 48.102803 万元.
        wb.Row("国有资产", 2, ("资产类别", "其他固定资产"), ("价值（元）", 481_028.03m));

        // Made up: last year at 类 level.
        wb.Row("上年预算", 2, ("功能分类科目编码", "210"), ("支出类型", "人员经费"), ("资金来源", "一般公共预算"), ("金额（元）", 1_650_000.00m))
          .Row("上年预算", 3, ("功能分类科目编码", "221"), ("支出类型", "人员经费"), ("资金来源", "一般公共预算"), ("金额（元）", 180_000.00m));
        return wb;
    }

    public static TestWorkbook Line(TestWorkbook wb, int row, string functional, string? economic, string kind, object amount,
        string source = "一般公共预算", string? project = null, string? carryOver = null) =>
        wb.Row("预算明细", row, ("功能分类科目编码", functional), ("经济分类科目编码", economic), ("支出类型", kind),
            ("资金来源", source), ("金额（元）", amount), ("是否上年结转", carryOver), ("项目编码", project));
}
