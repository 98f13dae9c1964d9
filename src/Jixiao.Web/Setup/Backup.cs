using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Jixiao.Web.Setup;

/// <summary>
/// <c>backup DIR</c> and <c>restore DIR</c> (docs/operations.md): the database and the stored files together. SQLite is
/// copied through its online backup (a consistent snapshot while the server runs); PostgreSQL through <c>pg_dump</c> /
/// <c>pg_restore</c>. The database is copied first and the files after it: a file is written before the row that names
/// it commits and is never removed, so every file the copied rows name is copied too. Restoring replaces the database
/// and adds the files; the server is to be stopped while it runs.
/// </summary>
public static class Backup
{
    private const string Manifest = "jixiao-backup.json";

    public sealed record Summary(string Database, int Files, DateTime TimeUtc);

    /// <summary>
    /// <c>Jixiao.Web backup DIR</c> / <c>Jixiao.Web restore DIR</c>, with the same configuration as the server
    /// (appsettings.json, environment, <c>--Jixiao:DataFolder</c> …); prints what was done, exit 0, or the reason, exit 2.
    /// </summary>
    public static async Task<int> CommandAsync(string[] args)
    {
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            Console.Error.WriteLine($"用法：Jixiao.Web {args[0]} 目录 [--Jixiao:DataFolder=…] [--ConnectionStrings:Postgres=…]");
            return 2;
        }
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args[2..])
            .Build();
        var options = JixiaoOptions.From(configuration);
        string folder = Path.GetFullPath(args[1]);
        try
        {
            var summary = args[0] == "backup" ? await RunAsync(options, folder) : await RestoreAsync(options, folder);
            Console.WriteLine(args[0] == "backup"
                ? $"已备份 {summary.Database} 数据库和 {summary.Files} 个文件到 {folder}"
                : $"已从 {folder} 恢复 {summary.Database} 数据库（备份于 {summary.TimeUtc:yyyy-MM-dd HH:mm} UTC）和 {summary.Files} 个文件到 {options.DataFolder}");
            return 0;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException or SqliteException or NpgsqlException)
        {
            Console.Error.WriteLine((args[0] == "backup" ? "备份失败：" : "恢复失败：") + e.Message);
            return 2;
        }
    }

    public static async Task<Summary> RunAsync(JixiaoOptions options, string folder, CancellationToken cancellationToken = default)
    {
        Directory.CreateDirectory(folder);
        if (Directory.EnumerateFileSystemEntries(folder).Any())
            throw new InvalidOperationException($"备份目录“{folder}”不是空的：请给一个新的目录");
        string database;
        if (options.UsesPostgres)
        {
            database = "PostgreSQL";
            await PgAsync("pg_dump", options.PostgresConnection!, ["--format=custom", "--no-owner", "--file", Path.Combine(folder, "jixiao.dump")], cancellationToken);
        }
        else
        {
            database = "SQLite";
            if (!File.Exists(options.SqlitePath)) throw new InvalidOperationException($"没有数据库文件“{options.SqlitePath}”");
            await using var source = new SqliteConnection($"Data Source={options.SqlitePath};Mode=ReadOnly;Pooling=false");
            await using var target = new SqliteConnection($"Data Source={Path.Combine(folder, "jixiao.db")};Pooling=false");
            await source.OpenAsync(cancellationToken);
            await target.OpenAsync(cancellationToken);
            source.BackupDatabase(target);
        }
        int files = CopyFiles(options.FilesFolder, Path.Combine(folder, "files"));
        CopyFiles(options.KeysFolder, Path.Combine(folder, "keys"));
        var summary = new Summary(database, files, DateTime.UtcNow);
        await File.WriteAllTextAsync(Path.Combine(folder, Manifest), JsonSerializer.Serialize(summary, WebJson.Default.Summary), cancellationToken);
        return summary;
    }

    public static async Task<Summary> RestoreAsync(JixiaoOptions options, string folder, CancellationToken cancellationToken = default)
    {
        string manifest = Path.Combine(folder, Manifest);
        if (!File.Exists(manifest)) throw new InvalidOperationException($"“{folder}”不是 Jixiao 的备份（没有 {Manifest}）");
        var summary = JsonSerializer.Deserialize(await File.ReadAllTextAsync(manifest, cancellationToken), WebJson.Default.Summary)
            ?? throw new InvalidOperationException($"{manifest} 无法读取");
        string expected = options.UsesPostgres ? "PostgreSQL" : "SQLite";
        if (summary.Database != expected)
            throw new InvalidOperationException($"这是 {summary.Database} 的备份，当前配置的数据库是 {expected}");
        if (options.UsesPostgres)
        {
            await CreateDatabaseIfMissingAsync(options.PostgresConnection!, cancellationToken);
            await PgAsync("pg_restore", options.PostgresConnection!, ["--clean", "--if-exists", "--no-owner", "--single-transaction", Path.Combine(folder, "jixiao.dump")],
                cancellationToken);
        }
        else
        {
            Directory.CreateDirectory(options.DataFolder);
            SqliteConnection.ClearAllPools();
            // Written beside and moved into place: the database is the old one or the restored one, never half of each.
            string temp = options.SqlitePath + ".restore";
            File.Copy(Path.Combine(folder, "jixiao.db"), temp, overwrite: true);
            foreach (var stale in new[] { "-wal", "-shm" }) File.Delete(options.SqlitePath + stale);
            File.Move(temp, options.SqlitePath, overwrite: true);
        }
        CopyFiles(Path.Combine(folder, "files"), options.FilesFolder);
        CopyFiles(Path.Combine(folder, "keys"), options.KeysFolder);
        return summary;
    }

    /// <summary>Copies what is not there yet (files are named by their content, so one of the same name is the same).</summary>
    private static int CopyFiles(string from, string to)
    {
        if (!Directory.Exists(from)) return 0;
        int n = 0;
        foreach (var path in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            if (path.EndsWith(".tmp", StringComparison.Ordinal)) continue;
            string target = Path.Combine(to, Path.GetRelativePath(from, path));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            if (!File.Exists(target)) File.Copy(path, target);
            n++;
        }
        return n;
    }

    private static async Task CreateDatabaseIfMissingAsync(string connection, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connection);
        string name = builder.Database!;
        builder.Database = "postgres";
        await using var c = new NpgsqlConnection(builder.ConnectionString);
        await c.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @n", c);
        exists.Parameters.AddWithValue("n", name);
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", c);
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>Runs pg_dump or pg_restore against the connection string's server (its password through PGPASSWORD).</summary>
    private static async Task PgAsync(string tool, string connection, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var c = new NpgsqlConnectionStringBuilder(connection);
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in new[] { "--host", c.Host ?? "127.0.0.1", "--port", c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", c.Username ?? "postgres" })
            start.ArgumentList.Add(a);
        start.ArgumentList.Add("--dbname");
        start.ArgumentList.Add(c.Database ?? "postgres");
        foreach (var a in arguments) start.ArgumentList.Add(a);
        if (c.Password is { Length: > 0 } password) start.Environment["PGPASSWORD"] = password;
        Process process;
        try { process = Process.Start(start)!; }
        catch (System.ComponentModel.Win32Exception e) { throw new InvalidOperationException($"无法运行 {tool}（请安装 postgresql-client）：{e.Message}", e); }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.StandardOutput.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            if (process.ExitCode != 0) throw new InvalidOperationException($"{tool} 失败（退出码 {process.ExitCode}）：{(await error).Trim()}");
        }
    }
}
