using System.Net;
using System.Text;
using Jixiao.Web.Setup;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Backup and restore of the database and the stored files together, on the database the tests run on: a backup taken
/// while the server runs, a change made after it, the server stopped, the backup restored — the rows, the audit log
/// and the files are those of the backup, the audit chain verifies, and the server runs on them again.
/// </summary>
public sealed class BackupTests : IDisposable
{
    private readonly string _backup = Path.Combine(Path.GetTempPath(), "jixiao-backup-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public async Task A_restored_backup_is_the_state_it_was_taken_in()
    {
        var server = new TestServer();
        string folder = server.DataFolder;
        var options = server.Services.GetRequiredService<JixiaoOptions>();
        var id = await server.RecordOfAsync("兴隆县医疗保障局本级");
        using (var handler = await server.LoginAsync("jingban"))
        {
            var response = await handler.SubmitAsync($"/records/{id}", "form[action*='handler=AddLine']", new()
            {
                ["Line.Functional"] = "2101501", ["Line.Economic"] = "30101", ["Line.Kind"] = "人员经费", ["Line.Source"] = "一般公共预算", ["Line.Amount"] = "1.00",
            });
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        var summary = await Backup.RunAsync(options, _backup);
        summary.Files.ShouldBeGreaterThan(0);
        var backedUp = await server.SnapshotAsync();
        var files = Directory.GetFiles(Path.Combine(folder, "files"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order().ToList();

        // A change after the backup: another line, and the published record's files are there already.
        using (var handler = await server.LoginAsync("jingban"))
        {
            (await handler.SubmitAsync($"/records/{id}", "form[action*='handler=AddLine']", new()
            {
                ["Line.Functional"] = "2101501", ["Line.Economic"] = "30101", ["Line.Kind"] = "人员经费", ["Line.Source"] = "一般公共预算", ["Line.Amount"] = "2.00",
            })).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }
        (await server.SnapshotAsync()).ShouldNotBe(backedUp);
        await server.DisposeAsync(keepData: true);

        // Restored into an emptied data folder (as after a lost disk): database, files and keys come back.
        Directory.Delete(Path.Combine(folder, "files"), recursive: true);
        await Backup.RestoreAsync(options, _backup);
        Directory.GetFiles(Path.Combine(folder, "files"), "*", SearchOption.AllDirectories).Select(Path.GetFileName).Order().ShouldBe(files);

        await using var again = new TestServer(folder, server.PostgresConnection);
        (await again.SnapshotAsync()).ShouldBe(backedUp);
        using var db = again.Db();
        (await Jixiao.Data.AuditLog.VerifyAsync(db)).ShouldBeNull();
        using var reader = again.Browser();
        var portal = await reader.PageAsync("/public");
        var link = portal.QuerySelector("main table a")!.GetAttribute("href")!;
        var download = (await reader.PageAsync(link)).QuerySelector("a[download]")!.GetAttribute("href")!;
        (await reader.Client.GetAsync(download)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_backup_into_a_folder_in_use_or_a_restore_from_a_wrong_one_is_refused()
    {
        await using var server = new TestServer();
        var options = server.Services.GetRequiredService<JixiaoOptions>();
        Directory.CreateDirectory(_backup);
        await File.WriteAllTextAsync(Path.Combine(_backup, "别的文件.txt"), "x");
        (await Should.ThrowAsync<InvalidOperationException>(() => Backup.RunAsync(options, _backup))).Message.ShouldContain("不是空的");
        (await Should.ThrowAsync<InvalidOperationException>(() => Backup.RestoreAsync(options, _backup))).Message.ShouldContain("不是 Jixiao 的备份");
    }

    public void Dispose()
    {
        try { Directory.Delete(_backup, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
