using Jixiao.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Tests;

/// <summary>
/// The audit log: every save writes its entries in the same transaction, chained by hash; the database refuses to
/// change or remove an entry; an entry changed behind the database's back (its guard dropped) is found by the
/// verification, which names it; the auditor's page says so.
/// </summary>
public sealed class AuditTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task The_database_refuses_to_change_or_remove_an_entry()
    {
        _ = _server.Services;
        var before = await _server.SnapshotAsync();
        using var db = _server.Db();
        var update = await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"ActorName\" = 'x' WHERE \"Sequence\" = 1"));
        update.Message.ShouldContain("审计日志只能追加");
        var delete = await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 1"));
        delete.Message.ShouldContain("审计日志只能追加");
        var revision = await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"Revisions\" SET \"Note\" = 'x'"));
        revision.Message.ShouldContain("版本记录只能追加");
        // Through the application's own context, too.
        var entry = await db.AuditEntries.FirstAsync();
        entry.After = "{}";
        (await Should.ThrowAsync<InvalidOperationException>(() => db.SaveChangesAsync())).Message.ShouldContain("审计日志只能追加");
        (await _server.SnapshotAsync()).ShouldBe(before);
    }

    [Fact]
    public async Task A_tampered_entry_is_found_and_named()
    {
        _ = _server.Services;
        using (var db = _server.Db())
        {
            (await AuditLog.VerifyAsync(db)).ShouldBeNull();
            int entries = await db.AuditEntries.CountAsync();
            entries.ShouldBeGreaterThan(20);
            // Someone with the database's keys drops the guard and rewrites who made entry 5.
            await DropGuardAsync(db);
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"ActorName\" = '某人' WHERE \"Sequence\" = 5");
            var broken = await AuditLog.VerifyAsync(db);
            broken.ShouldNotBeNull();
            broken.Sequence.ShouldBe(5);
            broken.Reason.ShouldContain("已被改动");
        }
        using var auditor = await _server.LoginAsync("shenji");
        var response = await auditor.SubmitAsync("/audit", "form[action*='handler=Verify']", []);
        var page = await Browser.ParseAsync(response);
        page.QuerySelector("#verify-result")!.TextContent.ShouldContain("第 5 条审计记录的内容与其哈希不符");
    }

    [Fact]
    public async Task A_removed_entry_breaks_the_chain_where_it_was()
    {
        _ = _server.Services;
        using var db = _server.Db();
        await DropGuardAsync(db);
        await db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\" WHERE \"Sequence\" = 7");
        var broken = await AuditLog.VerifyAsync(db);
        broken!.Sequence.ShouldBe(7);
        broken.Reason.ShouldContain("缺失");
    }

    [Fact]
    public async Task Each_save_is_in_the_log_with_its_actor_and_the_auditor_reads_it()
    {
        var id = await _server.RecordOfAsync("兴隆县医疗保障局本级");
        using var handler = await _server.LoginAsync("jingban");
        var response = await handler.SubmitAsync($"/records/{id}", "form[action*='handler=AddLine']", new()
        {
            ["Line.Functional"] = "2101501", ["Line.Economic"] = "30101", ["Line.Kind"] = "人员经费", ["Line.Source"] = "一般公共预算", ["Line.Amount"] = "3.00",
        });
        response.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        using (var db = _server.Db())
        {
            var last = await db.AuditEntries.Where(a => a.RecordId == id).OrderByDescending(a => a.Sequence).Take(3).ToListAsync();
            last.ShouldAllBe(a => a.ActorName == "王经办");
            last.Select(a => a.Entity).ShouldBe(["RecordFigures", "Revision", "Record"], ignoreOrder: true);
            last.Single(a => a.Entity == "Record").Before!.ShouldContain("\"Version\":0");
            last.Single(a => a.Entity == "Record").After!.ShouldContain("\"Version\":1");
            (await AuditLog.VerifyAsync(db)).ShouldBeNull();
        }
        // The handler reads the entries of the records in scope; the other county's handler does not see them.
        (await handler.PageAsync("/audit")).QuerySelectorAll("tbody tr").Length.ShouldBeGreaterThan(0);
        using var other = await _server.LoginAsync("chengde");
        var theirs = await other.PageAsync("/audit");
        theirs.QuerySelectorAll("tbody tr td:nth-child(3)").Select(td => td.TextContent).ShouldNotContain("王经办");
    }

    private static Task DropGuardAsync(JixiaoDb db) => db.IsPostgres
        ? db.Database.ExecuteSqlRawAsync("DROP TRIGGER audit_append_only ON \"AuditEntries\"")
        : db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"AuditEntries_append_only_update\"; DROP TRIGGER \"AuditEntries_append_only_delete\";");
}
