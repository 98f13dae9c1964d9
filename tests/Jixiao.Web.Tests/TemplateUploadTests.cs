using System.Net;
using ClosedXML.Excel;
using Jixiao.Documents.Package;

namespace Jixiao.Web.Tests;

/// <summary>
/// The Excel workbook downloaded from a record's page, filled with the version shown, and uploaded back edited: an
/// amount changed comes back as that change alone; every wrong row is listed at its sheet, row and column in the page,
/// and nothing is saved.
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

    [Fact]
    public async Task The_workbook_comes_filled_with_the_budget_and_back_with_only_the_amount_the_user_changed()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var current = UnitBudgetPackage.Parse(await handler.Client.GetByteArrayAsync($"/api/records/{id}/package"));
        var page = await handler.PageAsync($"/records/{id}");
        page.QuerySelector("#not-in-workbook").ShouldBeNull(); // the demo's budget fits the workbook whole
        var download = await handler.Client.GetAsync(page.QuerySelector("#template")!.GetAttribute("href")!);
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentDisposition!.FileNameStar!.ShouldContain("第1版");

        // as a finance officer would: the amount of the 30101 line typed anew, with thousands separators
        byte[] edited;
        using (var book = new XLWorkbook(await download.Content.ReadAsStreamAsync()))
        {
            var sheet = book.Worksheet("预算明细");
            sheet.LastRowUsed()!.RowNumber().ShouldBe(current.Lines.Count + 1);
            var row = sheet.RowsUsed().Single(r => r.Cell(2).GetString() == "30101");
            row.Cell(5).GetDouble().ShouldBe(1_004_500d);
            row.Cell(5).Value = "1,104,500.00";
            using var output = new MemoryStream();
            book.SaveAs(output);
            edited = output.ToArray();
        }
        var response = await UploadAndOverviewTests.UploadAsync(handler, $"/records/{id}", "预算填报表.xlsx", edited);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // Then: the new version is the old one with that amount changed — its line keeps its id, the rest is as it was
        var saved = UnitBudgetPackage.Parse(await handler.Client.GetByteArrayAsync($"/api/records/{id}/package"));
        var changed = current.Lines.Single(l => l.Economic?.Value == "30101");
        var expected = current with { Lines = [.. current.Lines.Select(l => l == changed ? l with { Amount = new Jixiao.Money.Yuan(1_104_500m) } : l)] };
        saved.Lines.ShouldBe(expected.Lines);
        saved.Projects.Count(p => p.Targets is not null).ShouldBe(current.Projects.Count(p => p.Targets is not null));
        saved.Projects.Count(p => p.Execution is not null).ShouldBe(current.Projects.Count(p => p.Execution is not null));
        saved.Projects.Count(p => p.Evaluation is not null).ShouldBe(current.Projects.Count(p => p.Evaluation is not null));
        (await handler.PageAsync($"/records/{id}")).QuerySelector(".flash")!.TextContent.ShouldNotContain("注意");

        var blank = await handler.Client.GetAsync(page.QuerySelector("#blank-template")!.GetAttribute("href")!);
        using var empty = new XLWorkbook(await blank.Content.ReadAsStreamAsync());
        empty.Worksheet("预算明细").LastRowUsed()!.RowNumber().ShouldBe(1);
    }
}
