using System.Text.Json;
using Jixiao.Documents.Package;

namespace Jixiao.Web.Tests;

/// <summary>待办 lists each thing with its deadline from the year's calendar, the earliest first, an overdue one said so.</summary>
public sealed class InboxTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_draft_shows_its_deadline_from_the_calendar()
    {
        // the shipped calendar: a budget is due on its date in the year given by its offset from the budget's year
        var calendar = JsonDocument.Parse(File.ReadAllText(Path.Combine(Jixiao.Documents.Tests.SeedFiles.RepositoryRoot(),
            "src", "Jixiao.Application", "Workflow", "calendar.json"))).RootElement;
        var budget = calendar.GetProperty("deadlines").EnumerateArray().First(d => d.GetProperty("kind").GetString() == "Budget");
        int year = UnitBudgetPackage.Parse(Jixiao.Application.Demo.DemoFiles.Text(Jixiao.Application.Demo.DemoFiles.Package), "demo").Year.Value;
        string due = $"{year + budget.GetProperty("yearOffset").GetInt32()}-{budget.GetProperty("date").GetString()}";

        using var handler = await _server.LoginAsync("jingban");
        var inbox = await handler.PageAsync("/inbox");
        var row = inbox.QuerySelectorAll("main table tbody tr").First(r => r.TextContent.Contains("草稿，待提交"));
        var cell = row.Children[5];
        cell.TextContent.ShouldStartWith(due);
        if (DateOnly.Parse(due, System.Globalization.CultureInfo.InvariantCulture) < DateOnly.FromDateTime(DateTime.Today))
        {
            cell.TextContent.ShouldContain("已逾期");
            cell.ClassList.ShouldContain("overdue");
        }
    }
}
