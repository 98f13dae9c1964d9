using Jixiao.Documents.Evaluations.Rendering;
using Jixiao.Documents.Tests.Evaluations.Rendering;
using Jixiao.Documents.Tests.Sources;
using Jixiao.Evaluations;
using Jixiao.Evaluations.Scoring;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Forms;

/// <summary>
/// The national 项目支出绩效自评表 as Jixiao prints it (XLSX and HTML), read back by the generic form reader from its
/// layout (Forms/Layouts/national-self-evaluation.json): every figure and text compared with the evaluation that was
/// rendered — money at the 万元 with two decimals the form prints, the 其中 rows as worked out by hand below.
/// </summary>
public class NationalSelfEvaluationRoundTripTests
{
    /// <summary>
    /// 年初 = 全年 1,000,000 元: 市级财政资金 800,000 + 上年结转资金 200,000; spent 500,000 + 200,000 = 700,000. The
    /// sources tell carried-over money apart, so the 其中 rows print: 本年财政拨款 80.00 | 80.00 | 50.00, 上年结转资金
    /// 20.00 | 20.00 | 20.00, 其他资金 0.00 | 0.00 | 0.00. Not finished: one indicator unscored, no total score, no grade,
    /// no sign-off; the outcome text under 项目绩效情况 (printed as 实际完成情况).
    /// </summary>
    internal static readonly SelfEvaluation CarriedOver = new()
    {
        ProjectName = "医疗救助资金",
        Year = 2024,
        Department = "忻州市医疗保障局",
        BudgetUnit = "忻州市医疗保障事务中心",
        Funds = new EvaluationFunds
        {
            InitialBudget = new Yuan(1_000_000m),
            Budgeted = [("市级财政资金", new Yuan(800_000m)), ("上年结转资金", new Yuan(200_000m))],
            Spent = [("市级财政资金", new Yuan(500_000m)), ("上年结转资金", new Yuan(200_000m))],
        },
        Texts = [("年度总体目标", "资助困难群众参保，减轻医疗费用负担"), ("项目绩效情况", "资助参保 1.2 万人，救助 3400 人次")],
        Indicators =
        [
            new(Level2Indicator.Quantity, "资助参保人数", TargetValue.Parse("≥12000人"), TargetValue.Parse("12050人")) { Points = 20m, Score = 20m },
            new(Level2Indicator.Cost, "人均资助标准", TargetValue.Parse("≤350元/人"), TargetValue.Parse("350元/人")) { Points = 20m, Score = 20m },
            new(Level2Indicator.Social, "困难群众医疗负担", TargetValue.Parse("有效减轻"), TargetValue.Parse("明显减轻")) { Points = 40m },
            new(Level2Indicator.RecipientSatisfaction, "救助对象满意度", TargetValue.Parse("≥90%"), TargetValue.Parse("93%"))
                { Points = 10m, Score = 10m, Deviation = "无" },
        ],
        Scores = [new ScoredItem("预算执行", "", "预算执行率", 10m, 7m)],
        Template = "national",
        Total = new StatedScore(100m, null),
    };

    /// <summary>What the form prints of the money, by hand for each evaluation: (年初, 全年, 执行) and the 其中 rows.</summary>
    private static readonly Dictionary<string, (decimal? Initial, decimal Budgeted, decimal Spent, (string, decimal)[] BudgetedParts, (string, decimal)[] SpentParts)> Money = new()
    {
        // adjusted by level of government: no 其中 cell is printed, only the totals (100.00, 120.00, 118.80)
        ["城乡居民基本医疗保险市级财政补助"] = (1_000_000m, 1_200_000m, 1_188_000m, [], []),
        ["医疗救助资金"] = (1_000_000m, 1_000_000m, 700_000m,
            [("本年财政拨款", 800_000m), ("上年结转资金", 200_000m), ("其他资金", 0m)],
            [("本年财政拨款", 500_000m), ("上年结转资金", 200_000m), ("其他资金", 0m)]),
        // the evaluate fixture's national project: lines 600,000 + 400,000 (none carried over: 上年结转资金 0.00) and
        // 年初 = 全年; spent 990,000, whose 其中 the flows cannot tell
        [ComputedKey] = (1_000_000m, 1_000_000m, 990_000m,
            [("本年财政拨款", 1_000_000m), ("上年结转资金", 0m), ("其他资金", 0m)], []),
    };

    private static string WrittenAs(string extension, params SelfEvaluation[] evaluations)
    {
        var path = Path.Combine(WrittenSeed.NewFolder(), "national" + extension);
        var forms = evaluations.Select(e => (e, SelfEvaluationLayout.National)).ToList();
        if (extension == ".xlsx") SelfEvaluationFormWriter.WriteXlsx(forms, path);
        else SelfEvaluationFormWriter.WriteHtml(forms, path);
        return path;
    }

    /// <summary>
    /// Every printed field of <paramref name="rendered"/> found in <paramref name="read"/>. Texts are compared in their
    /// NFKC form without spaces: a PDF's text layer is read normalised (the full-width ， of a deviation comes back as ,)
    /// and the pieces of a cell's line are joined without the space a Chinese text puts around a figure (1.2 万人).
    /// </summary>
    internal static void ShouldReadBack(SelfEvaluation rendered, SelfEvaluation read, string what, string? moneyKey = null)
    {
        read.Template.ShouldBe("national", what);
        (Kc(read.Title), read.Year, Kc(read.ProjectName), Kc(read.Department), Kc(read.BudgetUnit))
            .ShouldBe((Kc(rendered.Title ?? "项目支出绩效自评表"), rendered.Year, Kc(rendered.ProjectName), Kc(rendered.Department), Kc(rendered.BudgetUnit)), what);

        var money = Money[moneyKey ?? rendered.ProjectName];
        read.Funds.InitialBudget.ShouldBe(money.Initial is { } i ? new Yuan(i) : null, what);
        read.Funds.BudgetedTotal.ShouldBe(new Yuan(money.Budgeted), what);
        read.Funds.SpentTotal.ShouldBe(new Yuan(money.Spent), what);
        if (money.BudgetedParts.Length > 0) read.Funds.Budgeted.Select(s => (s.Source, s.Amount.Value)).ShouldBe(money.BudgetedParts, what);
        if (money.SpentParts.Length > 0) read.Funds.Spent.Select(s => (s.Source, s.Amount.Value)).ShouldBe(money.SpentParts, what);
        // the execution item: its points and score on the money row
        read.Scores.Select(s => (s.Section, s.Name, s.Points, s.Score))
            .ShouldBe(rendered.Scores.Select(s => (s.Section, s.Name, s.Points, s.Score)), what);

        string? Text(SelfEvaluation e, params string[] headings) =>
            headings.Select(h => e.Texts.FirstOrDefault(t => t.Heading == h).Text).FirstOrDefault(t => !string.IsNullOrEmpty(t));
        Kc(Text(read, "年度总体目标")).ShouldBe(Kc(Text(rendered, "年度总体目标")), what);
        Kc(Text(read, "实际完成情况")).ShouldBe(Kc(Text(rendered, "实际完成情况", "项目绩效情况")), what);

        // the table lists the indicators in the framework's order of 一级 and 二级
        var expected = rendered.Indicators.OrderBy(x => x.Level1).ThenBy(x => x.Level2).ToList();
        read.Indicators.Select(x => (x.Level2, Kc(x.Name), Kc(x.Target.Text), Kc(x.Actual.Text), x.Points, x.Score, Kc(x.Deviation)))
            .ShouldBe(expected.Select(x => (x.Level2, Kc(x.Name), Kc(x.Target.Text), Kc(x.Actual.Text), x.Points, x.Score, Kc(x.Deviation))), what);
        (read.Total?.Points, read.Total?.Score, read.Grade).ShouldBe((rendered.Total?.Points, rendered.Total?.Score, rendered.Grade), what);
        (Kc(read.SignOff?.Head), Kc(read.SignOff?.Handler), Kc(read.SignOff?.Phone), Kc(read.SignOff?.Date))
            .ShouldBe((Kc(rendered.SignOff?.Head), Kc(rendered.SignOff?.Handler), Kc(rendered.SignOff?.Phone), Kc(rendered.SignOff?.Date)), what);
    }

    private static string? Kc(string? text) =>
        text is null ? null : string.Concat(text.Normalize(System.Text.NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c)));

    public class GivenJixiaosOwnWorkbookAndPage
    {
        [Theory]
        [InlineData(".xlsx")]
        [InlineData(".html")]
        public void Each_form_reads_back_field_for_field(string extension)
        {
            var rendered = new[] { NationalSelfEvaluationRenderingTests.ByHand, CarriedOver };

            var read = DocumentLoader.Load(WrittenAs(extension, rendered), cancellationToken: TestContext.Current.CancellationToken);

            read.Kind.ShouldBe(Jixiao.Disclosures.DocumentKind.SelfEvaluation);
            read.ReadFindings.ShouldBeEmpty();
            read.SelfEvaluations.Count.ShouldBe(2);
            for (int k = 0; k < rendered.Length; k++) ShouldReadBack(rendered[k], read.SelfEvaluations[k], $"{extension} {rendered[k].ProjectName}");
        }
    }

    /// <summary>
    /// Jixiao's own forms printed through LibreOffice: the workbook to PDF (Calc) and to DOCX (Calc's Word export is
    /// not used: the page goes through Writer), the page to DOCX and to PDF (Writer) — read back by the same reader.
    /// </summary>
    public class GivenTheFormsPrintedThroughLibreOffice
    {
        [Theory]
        [Trait("Category", "Slow")]
        [InlineData(".xlsx", "pdf", ".pdf")]
        [InlineData(".html", "docx:MS Word 2007 XML", ".docx")]
        public void Each_form_reads_back_field_for_field(string written, string filter, string extension)
        {
            var rendered = new[] { NationalSelfEvaluationRenderingTests.ByHand, CarriedOver, Computed() };
            var converted = Office.Convert(WrittenAs(written, rendered), filter, extension);

            var read = DocumentLoader.Load(converted, cancellationToken: TestContext.Current.CancellationToken);

            string what = $"{written} → {extension}";
            read.ReadFindings.Select(f => f.Message).ShouldBeEmpty(what);
            read.SelfEvaluations.Count.ShouldBe(3, what);
            for (int k = 0; k < rendered.Length; k++)
                ShouldReadBack(rendered[k], read.SelfEvaluations[k], $"{what} {rendered[k].ProjectName}", k == 2 ? ComputedKey : null);
        }
    }

    private const string ComputedKey = "城乡居民基本医疗保险市级财政补助（evaluate）";

    /// <summary>The national project of the evaluate command's fixture, evaluated as <c>jixiao evaluate</c> does.</summary>
    private static SelfEvaluation Computed()
    {
        var budget = DocumentLoader.LoadBudget(Path.Combine(AppContext.BaseDirectory, "Fixtures", "evaluations", "national-2023.json"));
        var project = budget.Projects.Single(p => p.Code == "14070023PJ0000000001");
        return SelfEvaluations.Compute(budget, project, ScoreTemplates.Get("national")).Form;
    }

    public class GivenAnEvaluationComputedFromAPackage
    {
        /// <summary>
        /// The national project of the evaluate command's fixture: lines 600,000 + 400,000 = 1,000,000 元 (100.00 万元),
        /// spent 4 × 247,500 = 990,000 (99.00); no 上年结转 line is told apart by the flows, so the spent 其中 is blank.
        /// </summary>
        [Theory]
        [InlineData(".xlsx")]
        [InlineData(".html")]
        public void The_form_evaluate_writes_reads_back_field_for_field(string extension)
        {
            var rendered = Computed();
            rendered.Title.ShouldBe("项目支出绩效自评表");

            var path = Path.Combine(WrittenSeed.NewFolder(), "evaluate" + extension);
            if (extension == ".xlsx") SelfEvaluationXlsxWriter.Write([rendered], path);
            else SelfEvaluationHtmlWriter.Write([rendered], path);
            var read = DocumentLoader.Load(path, cancellationToken: TestContext.Current.CancellationToken);

            read.ReadFindings.ShouldBeEmpty();
            read.SelfEvaluations.Count.ShouldBe(1);
            ShouldReadBack(rendered, read.SelfEvaluations[0], extension, ComputedKey);
        }
    }
}
