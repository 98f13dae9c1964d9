using System.Net;
using ClosedXML.Excel;

namespace Jixiao.Web.Tests;

/// <summary>
/// The Excel workbook downloaded from a record's page and uploaded back filled: every wrong row is listed at its sheet,
/// row and column in the page, and nothing is saved.
/// </summary>
public sealed class TemplateUploadTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_filled_workbook_with_wrong_rows_is_refused_row_by_row_with_nothing_saved()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var page = await handler.PageAsync($"/records/{id}");
        var template = await handler.Client.GetAsync(page.QuerySelector("#template")!.GetAttribute("href")!);
        template.StatusCode.ShouldBe(HttpStatusCode.OK);
        template.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

        // two wrong lines in 预算明细: an amount with three decimals, a functional code that is not one
        byte[] filled;
        using (var book = new XLWorkbook(await template.Content.ReadAsStreamAsync()))
        {
            var sheet = book.Worksheet("预算明细");
            FilledWorkbook.StaffLine(sheet, 2, "12.345");
            FilledWorkbook.Fill(sheet, 3, ("功能分类科目编码", "ABC"), ("支出类型", "项目支出"), ("资金来源", "一般公共预算"), ("金额（元）", 100));
            using var output = new MemoryStream();
            book.SaveAs(output);
            filled = output.ToArray();
        }
        string before = await _server.SnapshotAsync();
        var response = await UploadAndOverviewTests.UploadAsync(handler, $"/records/{id}", "预算填报表.xlsx", filled);
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var refused = await Browser.ParseAsync(response);
        var rows = refused.QuerySelectorAll("#upload-errors tbody tr").Select(r => (Place: r.Children[0].TextContent, Message: r.Children[1].TextContent)).ToList();
        rows.Count.ShouldBeGreaterThanOrEqualTo(2);
        rows.ShouldContain(r => r.Place == "预算明细 第2行 金额（元）" && r.Message.Contains("12.345"));
        rows.ShouldContain(r => r.Place.StartsWith("预算明细 第3行", StringComparison.Ordinal) && r.Message.Contains("ABC"));
        (await _server.SnapshotAsync()).ShouldBe(before);
    }
}
