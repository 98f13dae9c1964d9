using Jixiao.Documents.Evaluations.Rendering;
using Jixiao.Documents.Tests.Targets.Rendering;
using Jixiao.Documents.Tests.Xlsx;
using Jixiao.Evaluations;

namespace Jixiao.Documents.Tests.Evaluations.Rendering;

/// <summary>
/// The Jinzhong seed's five 绩效自评表 written as XLSX (read back with the Open XML SDK) and HTML; the expected texts
/// are typed from the seed (jinzhong-2021-self-evaluation.txt), money converted from 元 back to the printed 万元.
/// </summary>
public class SelfEvaluationRenderingTests
{
    private static readonly Lazy<IReadOnlyList<SelfEvaluation>> Seed =
        new(() => DocumentLoader.Load(SeedFiles.Path(SeedFiles.Jinzhong)).SelfEvaluations);

    private static readonly Lazy<XlsxSheets> Xlsx = new(() =>
    {
        var path = Path.Combine(Path.GetTempPath(), $"jixiao-eval-{Guid.NewGuid():N}.xlsx");
        try
        {
            SelfEvaluationXlsxWriter.Write(Seed.Value, path);
            return new XlsxSheets(path);
        }
        finally { File.Delete(path); }
    });

    private static XlsxSheets.Sheet First => Xlsx.Value.Sheets[0];

    [Fact]
    public void Each_evaluation_is_a_sheet_named_after_its_project_on_A4_one_page_wide()
    {
        Xlsx.Value.Sheets.Select(s => s.Name).ShouldBe(
            ["城乡居民基本医疗保险2021年市级财政补助", "打击欺诈骗保专项行动", "晋中市城镇职工大额补充医疗保险特殊药品清算资金",
             Xlsx.Value.Sheets[3].Name, Xlsx.Value.Sheets[4].Name]);
        Xlsx.Value.Sheets.Count.ShouldBe(5);
        foreach (var sheet in Xlsx.Value.Sheets)
        {
            sheet.Page.PaperSize.ShouldBe(9u);
            sheet.Page.FitToPage.ShouldBeTrue();
            sheet.Page.Wide.ShouldBe(1u);
        }
    }

    [Fact]
    public void The_title_year_and_identity_are_printed_as_in_the_seed()
    {
        First["A1"].ShouldBe("晋中市财政支出项目绩效自评表");
        First["A2"].ShouldBe("（2021年度）");
        First["A3"].ShouldBe("填报单位（公章）：");
        int name = First.Row("A", "项目名称");
        First[$"B{name}"].ShouldBe("城乡居民基本医疗保险2021年市级财政补助");
        First[$"B{name + 1}"].ShouldBe("社保科");
        First[$"E{name + 1}"].ShouldBe("晋中市医疗保障局");
        First[$"B{name + 2}"].ShouldBe("经常性项目");
        First[$"E{name + 2}"].ShouldBe("20210101至20211231");
    }

    [Fact]
    public void The_funds_print_in_wan_yuan_with_two_decimals()
    {
        // seed: 预算资金 市级预算资金 12920.21, 其他 0.00; 预算下达资金 12579.31; 实际支出资金 市级预算资金 12579.31, three more 0.00
        int budgeted = First.Row("B", "预算资金");
        First[$"C{budgeted}"].ShouldBe("市级预算资金");
        First[$"D{budgeted}"].ShouldBe("12920.21");
        First.Format($"D{budgeted}").ShouldBe("0.00");
        First[$"C{budgeted + 1}"].ShouldBe("其他");
        First[$"D{budgeted + 1}"].ShouldBe("0");
        First.Format($"D{budgeted + 1}").ShouldBe("0.00");
        int released = First.Row("B", "预算下达资金");
        First[$"D{released}"].ShouldBe("12579.31");
        int spent = First.Row("B", "实际支出资金");
        First[$"D{spent}"].ShouldBe("12579.31");
        new[] { First[$"C{spent + 1}"], First[$"C{spent + 2}"], First[$"C{spent + 3}"] }.ShouldBe(["上年结转资金", "上级财政资金", "其他"]);
        First.MergeAt($"A{budgeted}").ShouldBe($"A{budgeted}:A{spent + 3}");
    }

    [Fact]
    public void The_indicator_rows_print_target_actual_and_progress()
    {
        int row = First.Row("C", "城乡居民参保人数");
        First[$"A{row}"].ShouldBe("产出指标");
        First[$"B{row}"].ShouldBe("数量指标");
        First[$"D{row}"].ShouldBe("2501278人");
        First[$"E{row}"].ShouldBe("2455592");
        First[$"F{row}"].ShouldBe("已完成");
        int cost = First.Row("C", "2021年预计财政补助由550元/人提高到580元/人,提高30元/人");
        First[$"D{cost}"].ShouldBe("12920.21万元");
        First[$"E{cost}"].ShouldBe("12579.3097");
    }

    [Fact]
    public void The_score_table_prints_sections_items_total_and_grade()
    {
        int input = First.Row("B", "投入：");
        First[$"E{input}"].ShouldBe("20");
        First[$"F{input}"].ShouldBe("19.92");
        int rate = First.Row("C", "资金到位率");
        First[$"B{rate}"].ShouldBe("资金落实");
        First[$"E{rate}"].ShouldBe("3");
        First[$"F{rate}"].ShouldBe("2.92");
        First.Format($"F{rate}").ShouldBe("0.00");
        int effect = First.Row("B", "效果：");
        First[$"F{effect}"].ShouldBe("29");
        First.Format($"F{effect}").ShouldBe("0.00");
        int total = First.Row("A", "综合得分：");
        First[$"E{total}"].ShouldBe("100");
        First[$"F{total}"].ShouldBe("94.92");
        First[$"E{total + 1}"].ShouldBe("优");
        // 19.92 + 18.00 + 28.00 + 29.00 = 94.92: the sections as printed add up to the printed total
        (19.92m + 18.00m + 28.00m + 29.00m).ShouldBe(94.92m);
    }

    [Fact]
    public void The_evaluators_and_sign_off_are_printed()
    {
        int people = First.Row("A", "评价人员");
        First[$"B{people}"].ShouldBe("姓名");
        First[$"B{people + 1}"].ShouldBe("牛建军");
        First[$"C{people + 1}"].ShouldBe("副主任");
        First[$"B{people + 3}"].ShouldBe("张慧琴");
        First[$"D{people + 3}"].ShouldBe("财务科");
        First[$"E{people + 3}"].ShouldBe("3075550");
        int signOff = First.Row("A", "负责人：");
        First[$"B{signOff}"].ShouldBe("牛建军");
        First[$"D{signOff}"].ShouldBe("武静");
        First[$"F{signOff}"].ShouldBe("3075523");
        First[$"B{signOff + 1}"].ShouldBe("2022-06-27");
    }

    [Fact]
    public void The_second_form_prints_its_own_figures()
    {
        var second = Xlsx.Value.Sheets[1];
        int spent = second.Row("B", "实际支出资金");
        second[$"D{spent}"].ShouldBe("14.5");
        second.Format($"D{spent}").ShouldBe("0.00");
        int execution = second.Row("C", "预算执行率");
        second[$"F{execution}"].ShouldBe("2.42");
        second[$"F{second.Row("A", "综合得分：")}"].ShouldBe("99.42");
    }

    [Fact]
    public void The_html_page_holds_five_sections_with_the_seed_figures()
    {
        var html = SelfEvaluationHtmlWriter.ToHtml(Seed.Value);
        html.Split("<section class=\"target-form\"").Length.ShouldBe(6);
        foreach (var printed in new[] { "晋中市财政支出项目绩效自评表", "（2021年度）", "12920.21", "12579.31", "2501278人", "2455592",
                     "资金到位率", "2.92", "94.92", "99.42", ">优<", "牛建军", "项目资金情况（万元）" })
            html.ShouldContain(printed);
    }

    [Fact]
    public void No_evaluations_is_a_clear_error()
    {
        var e = Should.Throw<DocumentWriteException>(() => SelfEvaluationHtmlWriter.ToHtml([]));
        e.Message.ShouldContain("没有绩效自评表");
    }
}
