using System.Text.Json;
using Jixiao.Documents.Html;
using Jixiao.Documents.Json;
using Jixiao.Documents.Tests.Json;
using Jixiao.Documents.Xlsx;
using Jixiao.Domain.Tests.Tables;
using Jixiao.Tables;

namespace Jixiao.Documents.Tests.Tables;

/// <summary>The Xinglong budget rendered as set S (13 tables: paired, project and unit tables) goes through every writer.</summary>
public class SetSWritersTests
{
    private static readonly Lazy<Jixiao.Disclosures.Disclosure> Rendered =
        new(() => TableRenderer.Render(XinglongBudget.Create(), TableSets.Get("S"), RenderPrecision.WanYuan));

    [Fact]
    public void Given_set_S_When_written_as_json_Then_it_conforms_to_the_schema_and_holds_the_unit_and_project_tables()
    {
        using var doc = JsonDocument.Parse(DisclosureJsonWriter.ToJson(Rendered.Value));
        using var schema = JsonDocument.Parse(File.ReadAllText(JsonSchemaCheck.SchemaPath()));

        JsonSchemaCheck.Errors(schema.RootElement, doc.RootElement).ShouldBeEmpty();
        var tables = doc.RootElement.GetProperty("tables").EnumerateArray().ToList();
        tables.Count.ShouldBe(13);
        var s11 = tables.Single(t => t.GetProperty("id").GetString() == "S11").GetProperty("parts")[0].GetProperty("rows");
        s11[0].GetProperty("label").GetString().ShouldBe("部门合计");
        s11[0].GetProperty("values")[0].GetDecimal().ShouldBe(16.18m);
        tables.Single(t => t.GetProperty("id").GetString() == "S13").GetProperty("note").GetString().ShouldBe("注：本表无数据");
        var s6 = tables.Single(t => t.GetProperty("id").GetString() == "S6").GetProperty("parts")[0].GetProperty("rows").EnumerateArray().ToList();
        var wages = s6.Single(r => r.GetProperty("code").GetString() == "30101");
        wages.GetProperty("governmentCode").GetString().ShouldBe("50101");
        wages.GetProperty("governmentLabel").GetString().ShouldBe("工资奖金津补贴");
    }

    [Fact]
    public void Given_set_S_When_written_as_html_and_xlsx_Then_every_table_is_written()
    {
        var html = DisclosureHtmlWriter.ToHtml(Rendered.Value);
        using var xlsx = new MemoryStream();
        DisclosureXlsxWriter.Write(Rendered.Value, xlsx);

        foreach (var t in TableSets.Get("S").Tables.Where(t => !t.Title.Contains('“')))
            html.ShouldContain(t.Title);
        html.ShouldContain("部门合计");
        html.ShouldContain("代缴村级连接医保系统费用");
        xlsx.Length.ShouldBeGreaterThan(0);
    }
}
