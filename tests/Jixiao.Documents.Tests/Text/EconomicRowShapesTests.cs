using Jixiao.Documents.Text;

namespace Jixiao.Documents.Tests.Text;

/// <summary>The row shapes of set S table 6 (departmental | government economic names) and the 栏次 row.</summary>
public class EconomicRowShapesTests
{
    private const string Title = "一般公共预算安排基本支出分经济科目表（不含上年结转）";

    private static Jixiao.Disclosures.DisclosurePart Read(string rows)
    {
        var text = "某县医疗保障局2023年单位预算\n" + Title + "\n单位名称：某县医疗保障局\t单位：万元\n" +
                   "部门预算支出经济科目名称\t政府预算支出经济科目名称\t合计\t人员经费\t公用经费\n" + rows.Replace('|', '\t');
        return PublishedTextReader.Read(text, "t").Table("S6")!.Parts[0];
    }

    [Fact]
    public void GivenCodesOnBothSides_WhenRead_ThenKeysByTheDepartmentalCodeAndKeepsTheGovernmentCode()
    {
        var part = Read("合计||10.00|10.00|\n301|工资福利支出|501|机关工资福利支出|10.00|10.00|\n30101|基本工资|50101|工资奖金津补贴|10.00|10.00|\n");

        var row = part.Row("30101").ShouldNotBeNull();
        row.CodePrinted.ShouldBeTrue();
        row.GovernmentCode.ShouldBe("50101");
        row.GovernmentLabel.ShouldBe("工资奖金津补贴");
        row.Values[1]!.Value.Value.ShouldBe(10.00m);
        part.Row("total")!.Values[0]!.Value.Value.ShouldBe(10.00m);
    }

    [Fact]
    public void GivenADepartmentalCodeAndABlankGovernmentName_WhenRead_ThenFiguresStayInTheirColumns()
    {
        var part = Read("302|商品和服务支出||3.00||3.00\n30201|办公费|办公经费|3.00||3.00\n");

        part.Row("302")!.Values.Select(v => v!.Value.Value).ShouldBe([3.00m, 0m, 3.00m]);
        part.Row("302")!.GovernmentLabel.ShouldBeNull();
        part.Row("30201")!.Values[2]!.Value.Value.ShouldBe(3.00m);
    }

    [Fact]
    public void GivenNamesOnly_WhenRead_ThenANameOfTwoCodesIsTakenUnderItsClass()
    {
        // 办公设备购置 is 30902 under 309 and 31002 under 310.
        var part = Read("资本性支出|机关资本性支出（一）|5.00||5.00\n办公设备购置|设备购置|5.00||5.00\n");

        part.Row("310").ShouldNotBeNull().CodePrinted.ShouldBeFalse();
        part.Row("31002").ShouldNotBeNull().GovernmentLabel.ShouldBe("设备购置");
        part.Row("30902").ShouldBeNull();
    }

    [Fact]
    public void GivenANameTheCatalogDoesNotKnow_WhenRead_ThenTheRowIsKeptWithoutCode()
    {
        var part = Read("办公杂费|办公经费|2.00||2.00\n");

        var row = part.Rows.ShouldHaveSingleItem();
        row.Code.ShouldBeNull();
        row.Key.ShouldBe("name:办公杂费");
    }

    [Theory]
    [InlineData(new[] { "1", "2", "3", "4", "5", "6", "7" }, true)]
    [InlineData(new[] { "栏次", "1", "2", "3" }, true)]
    [InlineData(new[] { "合计", "1.00", "2.00", "3.00" }, false)]
    [InlineData(new[] { "1", "2", "4" }, false)]
    [InlineData(new[] { "1", "2" }, false)]
    public void RecognisesAColumnIndexRow(string[] cells, bool expected) =>
        PublishedTextReader.IsColumnIndexRow(cells).ShouldBe(expected);
}
