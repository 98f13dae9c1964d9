using System.Security.Cryptography;
using Microsoft.Playwright;

namespace Jixiao.Web.Tests.InBrowser;

/// <summary>
/// The cycle in headless Chromium, as people click through it: the 经办人 logs in, adds a budget line, sees its finding,
/// fixes it and submits; the 负责人, the 主管部门 and the 财政局 pass it; the budget can no longer be edited; the unit
/// publishes; an anonymous reader finds it and downloads it; a reviewer checks a published PDF with two planted defects,
/// sees them on their pages, confirms one and dismisses the other. A screenshot of every main page is saved on the way.
/// </summary>
[Collection(Alone.Name)]
public sealed class CycleInBrowserTests : IAsyncLifetime
{
    private TestServer _server = null!;
    private Chromium _chromium = null!;

    public async ValueTask InitializeAsync()
    {
        _server = TestServer.WithKestrel();
        _chromium = await Chromium.StartAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _chromium.DisposeAsync();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task People_walk_a_budget_from_draft_to_the_public()
    {
        string site = _server.Address;
        var page = _chromium.Page;

        await page.GotoAsync(site + "/Account/Login");
        await _chromium.ShotAsync("01-登录");
        await _chromium.LoginAsync(site, "jingban");
        page.Url.ShouldEndWith("/inbox");
        (await page.TextContentAsync("main table"))!.ShouldContain("草稿，待提交");
        await _chromium.ShotAsync("02-待办");

        await page.ClickAsync("main table a[href^='/records/']");
        await page.WaitForSelectorAsync("#lines");
        string record = page.Url;
        int lines = await page.Locator("tr[data-line]").CountAsync();
        await _chromium.ShotAsync("03-单位预算");

        // A 人员经费 line without its economic 款.
        await page.FillAsync("#Line_Functional", "2101501");
        await page.FillAsync("#Line_Economic", "");
        await page.SelectOptionAsync("#Line_Kind", "人员经费");
        await page.SelectOptionAsync("#Line_Source", "一般公共预算");
        await page.FillAsync("#Line_Amount", "12500");
        // before saving, the totals panel shows what the line would do and what the checker says of it
        await page.WaitForSelectorAsync("#totals-panel .finding[data-rule='PKG-02']");
        (await page.TextContentAsync("#total-all"))!.ShouldContain("（+12,500.00）");
        await page.ClickAsync("#line-form + form button[type=submit]");
        await page.WaitForSelectorAsync(".flash");
        (await page.Locator("tr[data-line]").CountAsync()).ShouldBe(lines + 1);
        var wrong = page.Locator("tr[data-line]:has(.finding.error)");
        (await wrong.CountAsync()).ShouldBe(1);
        (await wrong.TextContentAsync())!.ShouldContain("PKG-02");
        await wrong.ScrollIntoViewIfNeededAsync();
        await _chromium.ShotAsync("04-预算行旁的检查结果");

        await wrong.Locator("a", new() { HasText = "编辑" }).ClickAsync();
        await page.FillAsync("#Line_Economic", "30101");
        await page.ClickAsync("#line-form + form button[type=submit]");
        await page.WaitForSelectorAsync(".flash");
        (await page.Locator("tr[data-line]:has(.finding.error)").CountAsync()).ShouldBe(0);
        (await page.TextContentAsync("#findings"))!.ShouldContain("错误 0");
        await _chromium.ShotAsync("05-改正后");

        // A filled workbook uploaded from the page: the share of bytes sent, then the time spent reading, show beside the
        // form (the upload slowed to about three seconds by Chromium's network emulation, so that its progress can be
        // seen); a wrong row is refused at its sheet, row and column, and the page stays the record's.
        string workbook = WrongWorkbook();
        var network = await page.Context.NewCDPSessionAsync(page);
        await network.SendAsync("Network.enable");
        await network.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = 0, ["downloadThroughput"] = -1, ["uploadThroughput"] = new FileInfo(workbook).Length / 3,
        });
        await page.SetInputFilesAsync("#upload input[type=file]", workbook);
        await page.ClickAsync("#upload button[type=submit]");
        await page.WaitForFunctionAsync("() => /上传中 [1-9][0-9]?%/.test(document.querySelector('#upload [data-progress-text]')?.textContent ?? '')");
        await page.Locator("#upload").ScrollIntoViewIfNeededAsync();
        await _chromium.ShotAsync("05a-上传进度");
        await page.WaitForSelectorAsync("#upload-errors");
        await network.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = 0, ["downloadThroughput"] = -1, ["uploadThroughput"] = -1,
        });
        (await page.TextContentAsync("#upload-errors"))!.ShouldContain("预算明细 第2行 金额（元）");
        page.Url.ShouldBe(record);
        (await page.Locator("tr[data-line]").CountAsync()).ShouldBe(lines + 1);
        (await page.TextContentAsync("#line-form"))!.ShouldBe("新增预算行");
        await _chromium.ShotAsync("05a2-上传的行错误");
        await page.GotoAsync(record);

        // A project's target form: the library's names offered for the chosen 二级, the review run as the indicator is typed.
        await page.ClickAsync("#projects tr[data-project] a");
        await page.WaitForSelectorAsync("#indicators");
        string repeated = (await page.TextContentAsync("#indicators tr[data-indicator='0'] td:nth-child(3)"))!;
        string level2 = (await page.TextContentAsync("#indicators tr[data-indicator='0'] td:nth-child(2)"))!;
        await page.SelectOptionAsync("#Indicator_Level2", level2 == "质量指标" ? "数量指标" : "质量指标");
        await page.WaitForSelectorAsync("#indicator-names option", new() { State = WaitForSelectorState.Attached });
        await page.FillAsync("#Indicator_Target", "100%");
        await page.FillAsync("#Indicator_Name", repeated);
        await page.WaitForSelectorAsync($"#project-findings .finding[data-rule='TGT-DUP-01']:has-text('{repeated}')");
        await _chromium.ShotAsync("05b-项目与绩效目标");
        await page.GotoAsync(record);

        // A project's self-evaluation: the sheet recomputed as a judged score is typed (the demo's evaluated project).
        string evaluated = System.Text.Json.JsonDocument.Parse(Jixiao.Application.Demo.DemoFiles.Text(Jixiao.Application.Demo.DemoFiles.Package)).RootElement
            .GetProperty("projects").EnumerateArray().First(p => p.TryGetProperty("evaluation", out _)).GetProperty("code").GetString()!;
        await page.ClickAsync($"#projects tr[data-project='{evaluated}'] a:has-text('绩效自评')");
        await page.WaitForSelectorAsync("#score-sheet");
        string total = (await page.TextContentAsync("#total"))!;
        var score = page.Locator("tr[data-item='指标:长期使用性'] input.score-input");
        await score.FillAsync("");
        await page.WaitForFunctionAsync("t => document.querySelector('#total').textContent !== t", total);
        (await page.TextContentAsync("#total"))!.ShouldBe("未完成");
        await score.ScrollIntoViewIfNeededAsync();
        await _chromium.ShotAsync("05c-绩效自评");
        await page.GotoAsync(record);

        await page.ClickAsync("#workflow button:has-text('提交')");
        await page.WaitForSelectorAsync(".flash");
        (await page.TextContentAsync("h1 .badge"))!.ShouldBe("已提交");

        foreach (var (user, shot) in new[] { ("fuze", "06-负责人签署"), ("zhuguan", "07-主管部门审核"), ("caizheng", "08-财政局批复") })
        {
            await _chromium.LogoutAsync();
            await _chromium.LoginAsync(site, user);
            await page.GotoAsync(record);
            await _chromium.ShotAsync(shot);
            await page.ClickAsync("#workflow button:has-text('通过')");
            await page.WaitForSelectorAsync(".flash");
        }
        (await page.TextContentAsync("h1 .badge"))!.ShouldBe("已批复");
        // The finance bureau's overview of its county: both units, one approved now, one published.
        await page.GotoAsync(site + "/overview?year=2021");
        (await page.Locator("#overview tbody tr").CountAsync()).ShouldBe(2);
        (await page.TextContentAsync("#overview"))!.ShouldContain("已批复");
        await _chromium.ShotAsync("09-财政局总览");
        await page.GotoAsync(site + "/departments?year=2021");
        (await page.Locator("#department-budget tbody tr:not(.total)").CountAsync()).ShouldBe(2);
        await _chromium.ShotAsync("09b-部门预算");
        // 绩效监控 at mid-year: lights and the chart; a warning becomes a 整改 task of the unit's 经办人
        await page.GotoAsync(record + "/monitoring?date=2021-06-30");
        await page.WaitForSelectorAsync("#chart");
        (await page.Locator("#monitoring tr[data-light='red']").CountAsync()).ShouldBeGreaterThan(0);
        var warning = page.Locator(".warning-item form").First;
        await warning.Locator("select[name=OwnerId]").SelectOptionAsync(new SelectOptionValue { Label = "王经办" });
        await warning.Locator("button").ClickAsync();
        await page.WaitForSelectorAsync("#tasks .review-item[data-state='待整改']");
        await _chromium.ShotAsync("09c-绩效监控");

        await _chromium.LogoutAsync();
        await _chromium.LoginAsync(site, "jingban");
        (await page.TextContentAsync("main table"))!.ShouldContain("待整改");
        await _chromium.ShotAsync("09d-待办整改");
        await page.GotoAsync(record);
        (await page.Locator("#line-form").CountAsync()).ShouldBe(0);
        (await page.Locator("a:has-text('编辑')").CountAsync()).ShouldBe(0);
        // the unit looks at what the public will see, then publishes from the preview
        await page.ClickAsync("#disclosure-link");
        await page.WaitForSelectorAsync(".disclosure section.table-page");
        (await page.TextContentAsync("#preview-files"))!.ShouldContain("绩效目标表.xlsx");
        await _chromium.ShotAsync("10a-预算公开预览");
        await page.ClickAsync("#publish button");
        await page.WaitForSelectorAsync(".flash");
        (await page.TextContentAsync("h1 .badge"))!.ShouldBe("已公开");
        await _chromium.ShotAsync("10-已公开");
        await page.GotoAsync(site + "/records");
        await _chromium.ShotAsync("11-预算与绩效列表");

        await _chromium.LogoutAsync();
        await page.FillAsync("#q", "医疗保障局本级");
        await page.ClickAsync("form.filters button");
        await page.ClickAsync("main table a[href^='/public/records/']");
        await page.WaitForSelectorAsync(".disclosure section.table-page");
        await _chromium.ShotAsync("12-公开平台");
        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("a[download]:has-text('预算公开表.xlsx')"));
        string saved = Path.Combine(_chromium.Screenshots, "download.xlsx");
        await download.SaveAsAsync(saved);
        var shown = (await page.Locator("a[download]:has-text('预算公开表.xlsx') + span code").TextContentAsync())!;
        Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(saved))).ShouldBe(shown);

        await _chromium.LoginAsync(site, "shenji");
        await page.GotoAsync(site + "/audit");
        await page.ClickAsync("form button:has-text('校验哈希链')");
        (await page.TextContentAsync("#verify-result"))!.ShouldContain("哈希链完整");
        await _chromium.ShotAsync("13-审计日志");

        // A reviewer of the finance bureau checks a unit's published PDF — Jixiao's own tables with two figures typed
        // over, printed through LibreOffice — sees each finding beside its page, confirms one and dismisses the other.
        await _chromium.LogoutAsync();
        await _chromium.LoginAsync(site, "caizheng");
        await page.GotoAsync(site + "/reviews");
        await page.SetInputFilesAsync("#files", PlantedDefects.PdfPath);
        await page.ClickAsync("#review-upload button[type=submit]");
        // the checker works in the background; the page refreshes itself until the findings are there
        await page.WaitForSelectorAsync("#findings", new() { Timeout = 180_000 });
        var first = page.Locator($"[data-page='{PlantedDefects.FirstPage}'] .review-item");
        var second = page.Locator($"[data-page='{PlantedDefects.SecondPage}'] .review-item");
        (await page.Locator("#findings .review-item").CountAsync()).ShouldBe(2);
        (await first.GetAttributeAsync("data-rule")).ShouldBe("TBL-SUM-03");
        (await second.GetAttributeAsync("data-rule")).ShouldBe("TBL-SUM-01");
        // each page drawn beside its findings (pdftoppm), loaded as an image
        foreach (int n in new[] { PlantedDefects.FirstPage, PlantedDefects.SecondPage })
        {
            var image = page.Locator($"[data-page='{n}'] img");
            await image.ScrollIntoViewIfNeededAsync();
            // drawn on its first request (pdftoppm, then cached): wait for it rather than read it at once
            await image.EvaluateAsync("i => i.complete ? true : new Promise((done, fail) => { i.onload = done; i.onerror = () => fail(new Error('页面图像未能载入')); })");
            (await image.EvaluateAsync<int>("i => i.naturalWidth")).ShouldBeGreaterThan(0);
        }
        await page.Locator($"[data-page='{PlantedDefects.FirstPage}']").ScrollIntoViewIfNeededAsync();
        await _chromium.ShotAsync("14-复核发现在第1页旁");
        await page.Locator($"[data-page='{PlantedDefects.SecondPage}']").ScrollIntoViewIfNeededAsync();
        await _chromium.ShotAsync("15-复核发现在第3页旁");

        await first.Locator("button:has-text('确认')").ClickAsync();
        await page.WaitForSelectorAsync(".flash");
        await second.Locator("input[name=Reason]").FillAsync("离退休费按实际发放数调整，已核实");
        await second.Locator("button:has-text('驳回')").ClickAsync();
        await page.WaitForSelectorAsync(".flash");
        (await first.GetAttributeAsync("data-decision")).ShouldBe("确认");
        (await second.GetAttributeAsync("data-decision")).ShouldBe("驳回");
        (await page.TextContentAsync("h1 .badge"))!.ShouldBe("已复核");
        await _chromium.ShotAsync("16-复核完成");
        await page.GotoAsync(site + "/reviews/quality");
        (await page.TextContentAsync("tr[data-rule='TBL-SUM-01'] .dismissed"))!.ShouldBe("1");
        await _chromium.ShotAsync("17-复核质量");
    }

    /// <summary>The year's workbook with one row whose amount has three decimals (written with ClosedXML, as a user's Excel would).</summary>
    private static string WrongWorkbook()
    {
        using var template = new MemoryStream();
        Jixiao.Documents.Xlsx.Input.BudgetWorkbookTemplate.Write(template, new Jixiao.Codes.FiscalYear(2021));
        template.Position = 0;
        using var book = new ClosedXML.Excel.XLWorkbook(template);
        FilledWorkbook.StaffLine(book.Worksheet("预算明细"), 2, "12.345");
        string path = Path.Combine(Path.GetTempPath(), $"jixiao-{Guid.NewGuid():N}", "预算填报表.xlsx");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        book.SaveAs(path);
        return path;
    }
}
