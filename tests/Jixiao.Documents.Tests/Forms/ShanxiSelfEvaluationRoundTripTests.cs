using Jixiao.Documents.Evaluations.Rendering;
using Jixiao.Evaluations;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Forms;

/// <summary>
/// The Shanxi 财政支出项目绩效自评表 as Jixiao prints it (XLSX and HTML) from its layout
/// (Forms/Layouts/shanxi-self-evaluation.json), read back by the generic form reader from the same layout: every field
/// compared with the evaluation that was rendered — one made by hand here, and the five of the Jinzhong seed.
/// </summary>
public class ShanxiSelfEvaluationRoundTripTests
{
    /// <summary>
    /// A one-off project with money in three sources (the 上年结转资金 line 0.00, an amount with a fraction of a 万元
    /// printed as 0.35), money released, texts under all five headings and one the layout does not print, indicators
    /// under three 一级 with a 二级 run, a text under a heading the layout does not print (printed, not read back), a score table with an unscored item (a blank 二级 group is not printed apart: the form reads a blank group as the one above continuing), evaluators (one
    /// without 科室) and the sign-off.
    /// </summary>
    internal static readonly SelfEvaluation ByHand = new()
    {
        ProjectName = "农村饮水安全巩固提升工程",
        Title = "忻州市财政支出项目绩效自评表",
        Year = 2023,
        Department = "忻州市水利局",
        BudgetUnit = "忻州市农村供水中心",
        Nature = ProjectNature.OneOff,
        Period = "20230101至20231231",
        Funds = new EvaluationFunds
        {
            Budgeted = [("市级预算资金", new Yuan(1_200_000m)), ("上年结转资金", Yuan.Zero), ("其他", new Yuan(3_500m))],
            Released = new Yuan(1_150_000m),
            Spent = [("市级预算资金", new Yuan(1_080_000m)), ("其他", new Yuan(3_500m))],
        },
        Texts =
        [
            ("项目概况", "巩固提升 12 个村的饮水工程"), ("项目资金使用情况", "资金专款专用"), ("项目组织实施情况", "按计划招标施工"),
            ("项目绩效情况", "12 个村全部通水"), ("其他需说明的问题", "无"), ("项目效益分析", "受益人口 3.2 万人"),
        ],
        Indicators =
        [
            new(Level2Indicator.Quantity, "受益村数", TargetValue.Parse("12个"), TargetValue.Parse("12个")) { StatedProgress = "已完成" },
            new(Level2Indicator.Quantity, "新建管网长度", TargetValue.Parse("≥30公里"), TargetValue.Parse("28公里")) { StatedProgress = "93.33%" },
            new(Level2Indicator.Timeliness, "完工时间", TargetValue.Parse("年底前完成"), TargetValue.Parse("已完成")) { StatedProgress = "100%" },
            new(Level2Indicator.Social, "农村饮水安全保障水平", TargetValue.Parse("有效提升"), TargetValue.Parse("有效提升")),
            new(Level2Indicator.RecipientSatisfaction, "受益群众满意度", TargetValue.Parse("≥90%"), TargetValue.Parse("95%")) { StatedProgress = "已完成" },
        ],
        Sections = [new SectionScore("投入", 20m, 19.5m), new SectionScore("过程", 20m, null)],
        Scores =
        [
            new ScoredItem("投入", "项目目标", "项目立项规范性", 10m, 10m),
            new ScoredItem("投入", "资金落实", "资金到位率", 5m, 4.79m),
            new ScoredItem("投入", "资金落实", "预算执行率", 5m, 4.71m),
            new ScoredItem("过程", "业务管理", "管理制度健全性", 10m, null),
            new ScoredItem("过程", "财务管理", "资金使用合规性", 10m, 9.5m),
        ],
        Total = new StatedScore(100m, 88.5m),
        Grade = "良",
        Evaluators = [new Evaluator("李明", "科长", "规划科", "0350-3031234"), new Evaluator("王芳", "科员", null, "3031235")],
        SignOff = new SignOff("赵强", "王芳", "3031235", "2024-03-15"),
    };

    private static IReadOnlyList<SelfEvaluation> ReadBack(string extension, IReadOnlyList<SelfEvaluation> evaluations, out Jixiao.Disclosures.Disclosure read)
    {
        var path = Path.Combine(WrittenSeed.NewFolder(), "shanxi" + extension);
        var forms = evaluations.Select(e => (e, SelfEvaluationLayout.Shanxi)).ToList();
        if (extension == ".xlsx") SelfEvaluationFormWriter.WriteXlsx(forms, path);
        else SelfEvaluationFormWriter.WriteHtml(forms, path);
        read = DocumentLoader.Load(path);
        return read.SelfEvaluations;
    }

    /// <summary>
    /// Every printed field of <paramref name="rendered"/> in <paramref name="read"/>; the texts the layout prints (the five
    /// headings). With <paramref name="throughPdf"/> the texts are compared in their NFKC form without spaces, as a PDF's
    /// text layer gives them (12 个村 comes back as 12个村).
    /// </summary>
    private static void ShouldReadBack(SelfEvaluation rendered, SelfEvaluation read, string what, bool throughPdf = false)
    {
        Func<string?, string?> kc = throughPdf ? Kc : t => t;
        (read.Title, read.Year, read.ProjectName, read.Department, read.BudgetUnit, read.Nature, read.Period)
            .ShouldBe((rendered.Title, rendered.Year, rendered.ProjectName, rendered.Department, rendered.BudgetUnit, rendered.Nature, rendered.Period), what);
        read.Funds.Budgeted.ShouldBe(rendered.Funds.Budgeted, what);
        read.Funds.Released.ShouldBe(rendered.Funds.Released, what);
        read.Funds.Spent.ShouldBe(rendered.Funds.Spent, what);
        string[] printed = ["项目概况", "项目资金使用情况", "项目组织实施情况", "项目绩效情况", "其他需说明的问题"];
        read.Texts.Select(t => (t.Heading, kc(t.Text))).ShouldBe(
            [.. rendered.Texts.Where(t => printed.Contains(t.Heading) && t.Text.Length > 0).OrderBy(t => Array.IndexOf(printed, t.Heading)).Select(t => (t.Heading, kc(t.Text)))], what);
        read.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target.Text, i.Actual.Text, i.StatedProgress))
            .ShouldBe(rendered.Indicators.Select(i => (i.Level1, i.Level2, i.Name, i.Target.Text, i.Actual.Text, i.StatedProgress)), what);
        read.Sections.Select(s => (s.Section, s.Points, s.Score)).ShouldBe(rendered.Sections.Select(s => (s.Section, s.Points, s.Score)), what);
        read.Scores.Select(s => (s.Section, s.Group, s.Name, s.Points, s.Score)).ShouldBe(rendered.Scores.Select(s => (s.Section, s.Group, s.Name, s.Points, s.Score)), what);
        (read.Total?.Points, read.Total?.Score, read.Grade).ShouldBe((rendered.Total?.Points, rendered.Total?.Score, rendered.Grade), what);
        read.Evaluators.ShouldBe(rendered.Evaluators, what);
        read.SignOff.ShouldBe(rendered.SignOff, what);
    }

    private static string? Kc(string? text) =>
        text is null ? null : string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));

    public class GivenAFormMadeByHand
    {
        [Theory]
        [InlineData(".xlsx")]
        [InlineData(".html")]
        public void It_reads_back_field_for_field_without_a_read_finding(string extension)
        {
            var read = ReadBack(extension, [ByHand], out var document);

            document.Kind.ShouldBe(Jixiao.Disclosures.DocumentKind.SelfEvaluation);
            document.ReadFindings.ShouldBeEmpty();
            ShouldReadBack(ByHand, read.ShouldHaveSingleItem(), extension);
        }

        [Fact]
        public void The_hand_made_figures_are_those_the_form_prints()
        {
            // 1,200,000 元 = 120.00 万元, 3,500 元 = 0.35 万元, 1,150,000 元 = 115.00 万元; 10 + 4.79 + 4.71 = 19.50
            var grid = SelfEvaluationXlsxWriter.Shanxi(ByHand);
            var texts = grid.Cells.Select(c => c.Text).ToList();
            texts.ShouldContain("120.00");
            texts.ShouldContain("0.35");
            texts.ShouldContain("115.00");
            texts.ShouldContain("一次性项目");
            texts.ShouldContain("投入：");
            // a text under a heading the layout does not print is printed under the three texts above the indicators
            var heading = grid.Cells.Single(c => c.Text == "项目效益分析");
            grid.Cells.Single(c => c.Row == heading.Row && c.Column == 2).Text.ShouldBe("受益人口 3.2 万人");
            heading.Row.ShouldBe(grid.Cells.Single(c => c.Text == "项目组织实施情况").Row + 1);
            (10m + 4.79m + 4.71m).ShouldBe(19.5m);
        }
    }

    public class GivenTheJinzhongSeed
    {
        [Theory]
        [InlineData(".xlsx")]
        [InlineData(".html")]
        public void Its_five_forms_printed_again_read_back_field_for_field(string extension)
        {
            var seed = DocumentLoader.Load(SeedFiles.Path(SeedFiles.Jinzhong), cancellationToken: TestContext.Current.CancellationToken).SelfEvaluations;
            seed.Count.ShouldBe(5);

            var read = ReadBack(extension, seed, out var document);

            document.ReadFindings.ShouldBeEmpty();
            read.Count.ShouldBe(5);
            for (int k = 0; k < seed.Count; k++) ShouldReadBack(seed[k], read[k], $"{extension} {seed[k].ProjectName}");
        }
    }

    /// <summary>The hand-made form and the seed's first printed through LibreOffice: the workbook to PDF (Calc), the page to DOCX (Writer).</summary>
    public class GivenTheFormsPrintedThroughLibreOffice
    {
        [Theory]
        [Trait("Category", "Slow")]
        [InlineData(".xlsx", "pdf", ".pdf")]
        [InlineData(".html", "docx:MS Word 2007 XML", ".docx")]
        public void Each_form_reads_back_field_for_field(string written, string filter, string extension)
        {
            var rendered = new[] { ByHand, DocumentLoader.Load(SeedFiles.Path(SeedFiles.Jinzhong), cancellationToken: TestContext.Current.CancellationToken).SelfEvaluations[0] };
            var path = Path.Combine(WrittenSeed.NewFolder(), "shanxi" + written);
            var forms = rendered.Select(e => (e, SelfEvaluationLayout.Shanxi)).ToList();
            if (written == ".xlsx") SelfEvaluationFormWriter.WriteXlsx(forms, path);
            else SelfEvaluationFormWriter.WriteHtml(forms, path);

            var read = DocumentLoader.Load(Jixiao.Documents.Tests.Sources.Office.Convert(path, filter, extension), cancellationToken: TestContext.Current.CancellationToken);

            string what = $"{written} → {extension}";
            read.ReadFindings.Select(f => f.Message).ShouldBeEmpty(what);
            read.SelfEvaluations.Count.ShouldBe(2, what);
            for (int k = 0; k < rendered.Length; k++) ShouldReadBack(rendered[k], read.SelfEvaluations[k], $"{what} {rendered[k].ProjectName}", extension == ".pdf");
        }
    }
}
