using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Jixiao.Application.Demo;
using Jixiao.Documents.Package;

namespace Jixiao.Web.Tests;

/// <summary>
/// 绩效自评 in the browser: the sheet recomputed as the evaluator types, a judged score held within its points and band,
/// the entries saved as the next version, and evidence files attached to an item with their own review.
/// </summary>
public sealed class EvaluationTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static readonly JsonElement Evaluated = JsonDocument.Parse(DemoFiles.Text(DemoFiles.Package)).RootElement
        .GetProperty("projects").EnumerateArray().First(p => p.TryGetProperty("evaluation", out _));

    private static decimal Total(AngleSharp.Html.Dom.IHtmlDocument page) =>
        decimal.Parse(page.QuerySelector("#total")!.TextContent, CultureInfo.InvariantCulture);

    [Fact]
    public async Task Scores_follow_the_entries_as_typed_within_points_and_bands_and_are_saved()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        string code = Evaluated.GetProperty("code").GetString()!;
        string url = $"/records/{id}/evaluation/{code}";
        using var handler = await _server.LoginAsync("jingban");
        var page = await handler.PageAsync(url);
        decimal total = Total(page);

        // a judged indicator of the demo (长期使用性, scored in its band 达成年度指标): the band's bounds as the page offers them
        var judged = Evaluated.GetProperty("evaluation").GetProperty("indicators").EnumerateArray().First(i => i.GetProperty("name").GetString() == "长期使用性");
        decimal entered = judged.GetProperty("score").GetDecimal();
        string band = judged.GetProperty("band").GetString()!;
        string key = "指标:长期使用性";
        var row = page.QuerySelector($"tr[data-item='{key}']")!;
        row.QuerySelector($"input[name='Score[{key}]']")!.GetAttribute("value").ShouldBe(entered.ToString("0.##", CultureInfo.InvariantCulture));
        var bounds = System.Text.RegularExpressions.Regex.Match(row.QuerySelector($"select[name='Band[{key}]'] option[value='{band}']")!.TextContent, @"（([\d.]+)–([\d.]+) 分）");
        decimal lowest = decimal.Parse(bounds.Groups[1].Value, CultureInfo.InvariantCulture), highest = decimal.Parse(bounds.Groups[2].Value, CultureInfo.InvariantCulture);
        entered.ShouldBeInRange(lowest, highest);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("#evaluation-form")!;
        var token = form.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        string before = await _server.SnapshotAsync();
        var preview = await handler.Client.PostAsync($"{url}?handler=Preview", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Version"] = "0", [$"Score[{key}]"] = (lowest - 1).ToString(CultureInfo.InvariantCulture), [$"Band[{key}]"] = band,
        }));
        var live = await Browser.ParseAsync(preview);
        // below its band's floor the entry is rejected (the sheet says so beside the item); nothing is written
        live.QuerySelector($"#score-sheet .finding[data-item='{key}']").ShouldNotBeNull();
        (await _server.SnapshotAsync()).ShouldBe(before);

        // another score within the band: the total moves by the difference; saved, it stays
        decimal other = entered == highest ? lowest : highest;
        var saved = await handler.SubmitAsync(url, form, new() { [$"Score[{key}]"] = other.ToString(CultureInfo.InvariantCulture) });
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        Total(await handler.PageAsync(url)).ShouldBe(total + other - entered);
        var package = UnitBudgetPackage.Parse(await handler.Client.GetByteArrayAsync($"/api/records/{id}/package"));
        package.Projects.Single(p => p.Code == code).Evaluation!.Indicators.Single(i => i.Name == "长期使用性").Judged!.Score.ShouldBe(other);

        // above the item's points, or not a number: refused, nothing written
        before = await _server.SnapshotAsync();
        page = await handler.PageAsync(url);
        form = (AngleSharp.Html.Dom.IHtmlFormElement)page.QuerySelector("#evaluation-form")!;
        var tooMuch = await handler.SubmitAsync(url, form, new() { [$"Score[{key}]"] = "99" });
        tooMuch.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Browser.ParseAsync(tooMuch)).QuerySelector("main .refusal")!.TextContent.ShouldContain("长期使用性");
        var word = await handler.SubmitAsync(url, form, new() { [$"Score[{key}]"] = "八分" });
        (await Browser.ParseAsync(word)).QuerySelector("main .refusal")!.TextContent.ShouldContain("“八分”不是数字");
        (await _server.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task Evidence_attached_to_an_item_is_reviewed_on_its_own()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        string code = Evaluated.GetProperty("code").GetString()!;
        string url = $"/records/{id}/evaluation/{code}";
        using var handler = await _server.LoginAsync("jingban");
        var page = await handler.PageAsync(url);
        var multipart = new MultipartFormDataContent
        {
            { new StringContent(page.QuerySelector("#evidence-upload input[name=__RequestVerificationToken]")!.GetAttribute("value")!), "__RequestVerificationToken" },
            { new StringContent("指标:村所覆盖率"), "item" },
        };
        byte[] content = "村卫生室连通清单（演示）"u8.ToArray();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        multipart.Add(file, "file", "连通清单.txt");
        (await handler.Client.PostAsync($"{url}?handler=UploadEvidence", multipart)).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        page = await handler.PageAsync(url);
        var evidence = page.QuerySelector("tr[data-item='指标:村所覆盖率'] .evidence")!;
        evidence.GetAttribute("data-state").ShouldBe("待审核");
        (await handler.Client.GetByteArrayAsync(evidence.QuerySelector("a")!.GetAttribute("href")!)).ShouldBe(content);

        using var head = await _server.LoginAsync("fuze");
        var review = await head.PageAsync(url);
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)review.QuerySelector("#evidence-review form")!;
        var refused = await head.SubmitAsync(url, form, new() { ["accepted"] = "false" });
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        (await Browser.ParseAsync(refused)).QuerySelector("main .refusal")!.TextContent.ShouldContain("不认可佐证材料须写明理由");
        (await head.SubmitAsync(url, form, new() { ["accepted"] = "true", ["Note"] = "清单与系统记录一致" })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await handler.PageAsync(url)).QuerySelector("tr[data-item='指标:村所覆盖率'] .evidence")!.GetAttribute("data-state").ShouldBe("认可");
        // a handler cannot review; another unit's handler does not find the record
        (await handler.PageAsync(url)).QuerySelector("#evidence-review").ShouldBeNull();
        using var stranger = await _server.LoginAsync("jingban2");
        (await stranger.GetAsync(url)).Status.ShouldBe(HttpStatusCode.NotFound);
    }
}
