using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Jixiao.Documents.Package;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// A file uploaded into a record becomes its next revision (the same lines keep their ids, the file is kept by its hash
/// and names the revision); a file that cannot be read is refused, saying why, with nothing written. The finance
/// bureau's overview counts its units by state and exports them.
/// </summary>
public sealed class UploadAndOverviewTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    /// <summary>A file uploaded into a record from its page's upload form, as the browser sends it.</summary>
    internal static async Task<HttpResponseMessage> UploadAsync(Browser browser, string page, string name, byte[] content)
    {
        var form = await browser.PageAsync(page);
        var multipart = new MultipartFormDataContent
        {
            { new StringContent(form.QuerySelector("#upload input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent(form.QuerySelector("#upload input[name=Version]")!.GetAttribute("value")!), "Version" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        multipart.Add(file, "file", name);
        return await browser.Client.PostAsync(page + "?handler=Upload", multipart);
    }

    [Fact]
    public async Task An_upload_that_lacks_the_targets_says_what_the_new_version_no_longer_has()
    {
        // An upload replaces the whole budget: a package without the projects' target forms is saved, and the page says
        // how many projects lost theirs (counted here from the demo's own file).
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        string page = $"/records/{id}";
        using var handler = await _server.LoginAsync("jingban");
        var demo = UnitBudgetPackage.Parse(Jixiao.Application.Demo.DemoFiles.Text(Jixiao.Application.Demo.DemoFiles.Package), "demo");
        int declared = demo.Projects.Count(p => p.Targets is not null);
        declared.ShouldBeGreaterThan(0);
        var stripped = demo with { Projects = [.. demo.Projects.Select(p => p with { Targets = null })] };

        var response = await UploadAsync(handler, page, "无绩效目标.json", System.Text.Encoding.UTF8.GetBytes(UnitBudgetPackage.Write(stripped)));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var shown = await handler.PageAsync(page);
        shown.QuerySelector(".flash")!.TextContent.ShouldContain($"注意：与上一版相比，{declared} 个项目没有了绩效目标");

        // the same file again: nothing more is lost, and nothing is said of it
        await UploadAsync(handler, page, "无绩效目标.json", System.Text.Encoding.UTF8.GetBytes(UnitBudgetPackage.Write(stripped)));
        (await handler.PageAsync(page)).QuerySelector(".flash")!.TextContent.ShouldNotContain("注意");
    }

    [Fact]
    public async Task An_uploaded_package_becomes_the_next_revision_and_its_lines_keep_their_ids()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        string page = $"/records/{id}";
        using var handler = await _server.LoginAsync("jingban");
        var current = UnitBudgetPackage.Parse(await handler.Client.GetByteArrayAsync($"/api/records/{id}/package"));
        // As a workbook would come back: no ids, one amount changed, one line more.
        var edited = current with
        {
            Lines = [.. current.Lines.Select(l => l with { Id = null, Amount = l.Id == "L6" ? new Jixiao.Money.Yuan(l.Amount.Value + 1m) : l.Amount }),
                current.Lines[5] with { Id = null, Amount = new Jixiao.Money.Yuan(55m) }],
        };
        var bytes = Encoding.UTF8.GetBytes(UnitBudgetPackage.Write(edited));
        var response = await UploadAsync(handler, page, "兴隆2021.json", bytes);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var saved = UnitBudgetPackage.Parse(await handler.Client.GetByteArrayAsync($"/api/records/{id}/package"));
        saved.Lines.Count.ShouldBe(current.Lines.Count + 1);
        saved.Lines.Take(current.Lines.Count).Select(l => l.Id).ShouldBe(current.Lines.Select(l => l.Id));
        saved.Lines[^1].Id.ShouldBe("L" + (current.Lines.Count + 1));
        using var db = _server.Db();
        var record = await db.Records.SingleAsync(r => r.Id == id);
        var file = await db.Files.SingleAsync(f => f.RecordId == id && f.Purpose == "upload");
        file.RevisionId.ShouldBe(record.CurrentRevisionId);
        file.Sha256.ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
        (await db.AuditEntries.CountAsync(a => a.Entity == "StoredFile" && a.RecordId == id)).ShouldBe(1);
    }

    [Theory]
    [InlineData("预算.json", "{ \"fiscalYear\": 2021 }", "缺少")]
    [InlineData("预算.json", "不是 JSON", "JSON")]
    [InlineData("预算.exe", "MZ", "不是可以读取的文件")]
    public async Task A_file_that_cannot_be_read_is_refused_saying_why(string name, string content, string said)
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var before = await _server.SnapshotAsync();
        var response = await UploadAsync(handler, $"/records/{id}", name, Encoding.UTF8.GetBytes(content));
        response.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Browser.ParseAsync(response)).QuerySelector(".refusal")!.TextContent.ShouldContain(said);
        (await _server.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task The_department_budget_is_the_sum_of_its_units()
    {
        using var department = await _server.LoginAsync("zhuguan");
        var page = await department.PageAsync("/departments?year=2021");
        page.QuerySelector("h1")!.TextContent.ShouldContain("兴隆县医疗保障局");
        page.QuerySelectorAll("#department-budget tbody tr:not(.total)").Length.ShouldBe(2);
        // The sum of the two units' budget lines, read from their packages.
        decimal expected = 0;
        foreach (var unit in new[] { "兴隆县医疗保障局本级", "兴隆县医疗保险服务中心" })
        {
            var id = await _server.RecordOfAsync(unit);
            var package = Jixiao.Documents.Package.UnitBudgetPackage.Parse(await department.Client.GetByteArrayAsync($"/api/records/{id}/package"));
            expected += package.Lines.Sum(l => l.Amount.Value);
        }
        page.QuerySelector("#department-total")!.TextContent.ShouldBe(expected.ToString("N2", System.Globalization.CultureInfo.InvariantCulture));

        // The 财政局 of the other county does not find this department; its own is another.
        using var other = await _server.LoginAsync("caizheng-cd");
        var theirs = await other.PageAsync("/departments?year=2021");
        theirs.QuerySelector("h1")!.TextContent.ShouldContain("承德县医疗保障局");
        theirs.QuerySelector("#department").ShouldBeNull();
        using (var db = _server.Db())
        {
            var id = await db.Departments.Where(d => d.Name == "兴隆县医疗保障局").Select(d => d.Id).SingleAsync();
            (await other.GetAsync($"/departments?year=2021&department={id}")).Status.ShouldBe(HttpStatusCode.NotFound);
        }
    }

    [Fact]
    public async Task The_overview_counts_the_units_by_state_and_exports_them()
    {
        using var finance = await _server.LoginAsync("caizheng");
        var page = await finance.PageAsync("/overview?year=2021");
        var rows = page.QuerySelectorAll("#overview tbody tr");
        // 兴隆县: the bureau (草稿) and the service centre (已公开); 承德县 is another region's.
        rows.Length.ShouldBe(2);
        rows.Select(r => r.QuerySelector(".badge")!.TextContent).ShouldBe(["草稿", "已公开"], ignoreOrder: true);
        page.QuerySelector("main p")!.TextContent.ShouldContain("共 2 个单位");
        page.QuerySelectorAll("a.badge").Select(a => a.TextContent).ShouldContain("已公开 1");
        // The demo's deadline for the 2021 budget was 31 December 2020: the draft is overdue.
        page.QuerySelectorAll("a.badge").Select(a => a.TextContent).ShouldContain("逾期 1");
        (await finance.PageAsync("/overview?year=2021&overdue=true")).QuerySelectorAll("#overview tbody tr").Length.ShouldBe(1);

        var csv = await finance.Client.GetAsync("/overview?handler=Export&format=csv&year=2021");
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        bytes.Take(3).ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldStartWith("区划,主管部门,单位编码,单位,状态");
        lines.Length.ShouldBe(3);
        lines.ShouldContain(l => l.Contains("兴隆县医疗保险服务中心", StringComparison.Ordinal) && l.Contains("已公开", StringComparison.Ordinal));

        var xlsx = await finance.Client.GetAsync("/overview?handler=Export&format=xlsx&year=2021");
        using var workbook = new ClosedXML.Excel.XLWorkbook(await xlsx.Content.ReadAsStreamAsync());
        var sheet = workbook.Worksheet(1);
        sheet.Cell(1, 4).GetString().ShouldBe("单位");
        sheet.RowsUsed().Count().ShouldBe(3);

        using var other = await _server.LoginAsync("caizheng-cd");
        var theirs = await other.PageAsync("/overview?year=2021");
        theirs.QuerySelectorAll("#overview tbody tr").Single().TextContent.ShouldContain("承德县医疗保障局本级");
    }
}
