using Jixiao.Budget;
using Jixiao.Documents.Targets.Rendering;
using Jixiao.Money;
using Jixiao.Targets;

namespace Jixiao.Documents.Tests.Forms;

/// <summary>
/// The national 项目支出绩效目标申报表 (财预〔2015〕88号) as Jixiao prints it (XLSX and HTML) from its layout
/// (Forms/Layouts/national-target-declaration.json), read back by the generic reader: every printed field compared with
/// the forms built by hand below — money in 万元 to the 分 of a 万元, as the form prints it.
/// </summary>
public class NationalTargetDeclarationRoundTripTests
{
    private static readonly TargetFormShape Shape = new("绩效目标申报表", true, "中期目标", "年度目标");

    private static Indicator I(Level2Indicator level2, string name, string target) => new(level2, name, TargetValue.Parse(target));

    /// <summary>
    /// Three years: 中期 3600.00 万元 = 财政拨款 3000.00 + 其他资金 600.00; 年度 1200.00 = 1000.00 + 200.00. Two 数量
    /// indicators in each half, values that differ between the halves.
    /// </summary>
    private static readonly TargetForm ThreeYears = new(new Project("", "医疗保障信息平台运行维护")
    {
        Targets = new TargetDeclaration
        {
            Department = ("145", "国家医疗保障局"),
            ImplementingUnit = "国家医疗保障局信息中心",
            Nature = ProjectNature.Recurring,
            PeriodYears = 3,
            ImplementationFunds = new DeclaredFunds(new Yuan(36_000_000m), [(FundSource.Fiscal, new Yuan(30_000_000m)), (FundSource.Other, new Yuan(6_000_000m))]),
            AnnualFunds = new DeclaredFunds(new Yuan(12_000_000m), [(FundSource.Fiscal, new Yuan(10_000_000m)), (FundSource.Other, new Yuan(2_000_000m))]),
            ImplementationGoal = "2024年至2026年保障全国统一医保信息平台稳定运行",
            AnnualGoal = "2024年保障平台全年稳定运行，故障及时修复",
            ImplementationIndicators =
            [
                I(Level2Indicator.Quantity, "接入定点医药机构数量", "≥40万家"),
                I(Level2Indicator.Quantity, "运维子系统数量", "≥14个"),
                I(Level2Indicator.Quality, "平台可用率", "≥99.9%"),
                I(Level2Indicator.Cost, "项目总成本", "≤3600万元"),
                I(Level2Indicator.Social, "跨省直接结算率", "逐年提高"),
                I(Level2Indicator.RecipientSatisfaction, "参保群众满意度", "≥90%"),
            ],
            AnnualIndicators =
            [
                I(Level2Indicator.Quantity, "接入定点医药机构数量", "≥38万家"),
                I(Level2Indicator.Quantity, "运维子系统数量", "≥14个"),
                I(Level2Indicator.Quality, "平台可用率", "≥99.9%"),
                I(Level2Indicator.Cost, "项目总成本", "≤1200万元"),
                I(Level2Indicator.Social, "跨省直接结算率", "≥90%"),
                I(Level2Indicator.RecipientSatisfaction, "参保群众满意度", "≥90%"),
            ],
        },
    }, TargetFormLayout.National, 0, Shape) { Year = 2024 };

    /// <summary>One year, money from 财政拨款 alone (其他资金 printed 0), 中期 = 年度 = 85.50 万元.</summary>
    private static readonly TargetForm OneYear = new(new Project("", "医保政策宣传")
    {
        Targets = new TargetDeclaration
        {
            Department = ("145", "国家医疗保障局"),
            ImplementingUnit = "国家医疗保障局宣传中心",
            Nature = ProjectNature.OneOff,
            PeriodYears = 1,
            ImplementationFunds = new DeclaredFunds(new Yuan(855_000m), [(FundSource.Fiscal, new Yuan(855_000m)), (FundSource.Other, Yuan.Zero)]),
            AnnualFunds = new DeclaredFunds(new Yuan(855_000m), [(FundSource.Fiscal, new Yuan(855_000m)), (FundSource.Other, Yuan.Zero)]),
            ImplementationGoal = "开展医保政策宣传",
            AnnualGoal = "开展医保政策宣传",
            ImplementationIndicators = [I(Level2Indicator.Quantity, "宣传材料印制数量", "≥10万份"), I(Level2Indicator.Timeliness, "完成时间", "2024年12月底前")],
            AnnualIndicators = [I(Level2Indicator.Quantity, "宣传材料印制数量", "≥10万份"), I(Level2Indicator.Timeliness, "完成时间", "2024年12月底前")],
        },
    }, TargetFormLayout.National, 0, Shape) { Year = 2024 };

    private static void ShouldReadBack(TargetForm printed, TargetForm read, string what)
    {
        var p = printed.Declaration;
        var r = read.Declaration;
        (read.Layout, read.LayoutId, read.Shape).ShouldBe((TargetFormLayout.National, "national-target-declaration", Shape), what);
        (read.Project.Name, read.Year, read.Title).ShouldBe((printed.Project.Name, printed.Year, "项目支出绩效目标申报表"), what);
        (r.Department, r.ImplementingUnit, r.Nature, r.PeriodYears).ShouldBe((p.Department, p.ImplementingUnit, p.Nature, p.PeriodYears), what);
        (r.ImplementationFunds.StatedTotal, r.AnnualFunds.StatedTotal).ShouldBe((p.ImplementationFunds.StatedTotal, p.AnnualFunds.StatedTotal), what);
        r.ImplementationFunds.Sources.ShouldBe(p.ImplementationFunds.Sources, what);
        r.AnnualFunds.Sources.ShouldBe(p.AnnualFunds.Sources, what);
        (r.ImplementationGoal, r.AnnualGoal).ShouldBe((p.ImplementationGoal, p.AnnualGoal), what);
        // printed in the framework's order, as the hand-built lists are
        r.ImplementationIndicators.Select(i => (i.Level2, i.Name, i.Target.Text)).ShouldBe(p.ImplementationIndicators.Select(i => (i.Level2, i.Name, i.Target.Text)), what);
        r.AnnualIndicators.Select(i => (i.Level2, i.Name, i.Target.Text)).ShouldBe(p.AnnualIndicators.Select(i => (i.Level2, i.Name, i.Target.Text)), what);
        read.Problems.ShouldBeEmpty(what);
    }

    [Theory]
    [InlineData(".xlsx")]
    [InlineData(".html")]
    public void Each_form_reads_back_field_for_field(string extension)
    {
        TargetForm[] printed = [ThreeYears, OneYear];
        var path = Path.Combine(WrittenSeed.NewFolder(), "national-targets" + extension);
        if (extension == ".xlsx") TargetFormXlsxWriter.Write(printed, path);
        else TargetFormHtmlWriter.Write(printed, path);

        var read = DocumentLoader.Load(path, cancellationToken: TestContext.Current.CancellationToken);

        read.ReadFindings.ShouldBeEmpty();
        read.TargetForms.Count.ShouldBe(2);
        for (int k = 0; k < printed.Length; k++) ShouldReadBack(printed[k], read.TargetForms[k], $"{extension} {printed[k].Project.Name}");
    }

    [Fact]
    public void Prints_the_money_in_万元_and_the_中期_headings()
    {
        var html = TargetFormHtmlWriter.ToHtml([ThreeYears]);

        html.ShouldContain("<h2>项目支出绩效目标申报表</h2>");
        html.ShouldContain("<th scope=\"row\" rowspan=\"3\">项目资金（万元）</th><td colspan=\"3\">中期资金总额：</td><td class=\"num\">3600.00</td><td colspan=\"2\">年度资金总额：</td><td class=\"num\">1200.00</td>");
        html.ShouldContain("<td colspan=\"3\">其中：财政拨款</td><td class=\"num\">3000.00</td><td colspan=\"2\">其中：财政拨款</td><td class=\"num\">1000.00</td>");
        html.ShouldContain(">中期目标</th>");
    }
}
