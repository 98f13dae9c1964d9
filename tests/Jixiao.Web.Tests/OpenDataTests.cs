using System.Globalization;
using System.Net;
using System.Text.Json;
using Jixiao.Application.Demo;
using Jixiao.Documents.Package;

namespace Jixiao.Web.Tests;

/// <summary>
/// The open data of published budgets: their lines as CSV and JSON described by a Fiscal Data Package whose measure and
/// dimensions name the CSV's columns; the figures those of the published package; a draft is not in it.
/// </summary>
public sealed class OpenDataTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_published_budget_is_open_data_described_as_a_fiscal_data_package()
    {
        var published = await _server.RecordOfAsync("兴隆县医疗保险服务中心", "已公开");
        using var reader = _server.Browser();
        string folder = $"/open-data/records/{published}";
        var descriptor = JsonDocument.Parse(await reader.Client.GetStringAsync(folder + "/datapackage.json")).RootElement;
        descriptor.GetProperty("profile").GetString().ShouldBe("tabular-data-package");
        descriptor.GetProperty("profiles").GetProperty("fiscal").GetString().ShouldBe("*");
        var resource = descriptor.GetProperty("resources")[0];
        resource.GetProperty("path").GetString().ShouldBe("budget-lines.csv");
        var fields = resource.GetProperty("schema").GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()!).ToList();

        var csv = await reader.Client.GetStringAsync(folder + "/" + resource.GetProperty("path").GetString());
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Split(',').ShouldBe(fields);
        // every source the model names is a column of the file
        var model = descriptor.GetProperty("model");
        model.GetProperty("measures").GetProperty("amount").GetProperty("currency").GetString().ShouldBe("CNY");
        var sources = model.GetProperty("measures").EnumerateObject().Select(m => m.Value.GetProperty("source").GetString()!)
            .Concat(model.GetProperty("dimensions").EnumerateObject().SelectMany(d => d.Value.GetProperty("attributes").EnumerateObject())
                .Select(a => a.Value.GetProperty("source").GetString()!)).ToList();
        sources.ShouldBeSubsetOf(fields);
        var types = model.GetProperty("dimensions").EnumerateObject().Select(d => d.Value.TryGetProperty("classificationType", out var t) ? t.GetString() : d.Name).ToList();
        types.ShouldContain("functional");
        types.ShouldContain("economic");
        types.ShouldContain("source");

        // the rows are the published package's lines, figure for figure
        var package = UnitBudgetPackage.Parse(await reader.Client.GetByteArrayAsync($"/api/public/records/{published}/package"));
        int amount = fields.IndexOf("amount"), functional = fields.IndexOf("functional_code"), source = fields.IndexOf("funding_source");
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        rows.Count.ShouldBe(package.Lines.Count);
        rows.Sum(r => decimal.Parse(r[amount], CultureInfo.InvariantCulture)).ShouldBe(package.Lines.Sum(l => l.Amount.Value));
        rows.Select(r => r[functional]).ShouldBe(package.Lines.Select(l => l.Functional.Value));
        rows.Select(r => r[source]).Distinct().ShouldContain("一般公共预算");

        var json = JsonDocument.Parse(await reader.Client.GetStringAsync(folder + "/budget-lines.json")).RootElement;
        json.GetArrayLength().ShouldBe(package.Lines.Count);
        json.EnumerateArray().Sum(r => r.GetProperty("amount").GetDecimal()).ShouldBe(package.Lines.Sum(l => l.Amount.Value));
    }

    [Fact]
    public async Task A_year_holds_the_published_budgets_of_the_region_and_no_draft()
    {
        var draft = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var reader = _server.Browser();
        (await reader.Client.GetAsync($"/open-data/records/{draft}/datapackage.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        int year = UnitBudgetPackage.Parse(DemoFiles.Text(DemoFiles.Package), "demo").Year.Value;
        var county = await reader.Client.GetStringAsync($"/open-data/{year}/130822/budget-lines.csv");
        var units = county.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[2]).Distinct().ToList();
        units.ShouldBe(["兴隆县医疗保险服务中心"]);
        (await reader.Client.GetStringAsync($"/open-data/{year}/130821/budget-lines.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(1);
        (await reader.Client.GetAsync($"/open-data/{year}/999999/datapackage.json")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await reader.Client.GetAsync($"/open-data/{year}/budget-lines.xml")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var portal = await reader.PageAsync($"/public?year={year}&region=130822");
        portal.QuerySelector($"a[href='/open-data/{year}/130822/datapackage.json']").ShouldNotBeNull();
    }
}
