namespace Jixiao.Documents.Tests.Targets.Rendering;

/// <summary>
/// The Xinzhou seed's 城乡居民市级财政补助 form came through a converter that left LaTeX: its 满意度 value is printed
/// <c>$\geq 92\%$</c> (seed line 289) and its 立项依据 holds <c>$388008 \times 29 …$</c>. The rendered form prints what
/// the published one showed.
/// </summary>
public class ConverterNoiseTests
{
    [Fact]
    public void Is_printed_as_the_published_form_showed_it()
    {
        var html = RenderedSeeds.XinzhouHtml.Value;
        html.ShouldNotContain("\\geq");
        html.ShouldNotContain("$");
        html.ShouldContain("388008×29");
        var sheet = RenderedSeeds.XinzhouXlsx.Value.Sheets.Single(s => s.Name.StartsWith("城乡居民市级财政补助", StringComparison.Ordinal));
        int row = sheet.Row("D", "保障对象满意度");
        (sheet[$"E{row}"], sheet[$"H{row}"]).ShouldBe(("≥92%", "≥92%"));
    }

    [Theory]
    [InlineData("$\\geq 92\\%$", "≥92%")]
    [InlineData("$\\leq 5$万元", "≤5万元")]
    [InlineData("419,713人", "419,713人")]       // no markup: as printed, separators kept
    [InlineData("≥ 95 %", "≥ 95 %")]
    public void Only_markup_is_taken_away(string printed, string shown) => Jixiao.Targets.TargetValue.WithoutMarkup(printed).ShouldBe(shown);
}
