using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Data.Postgres;

/// <summary>PostgreSQL, for a whole province: a connection string, with this assembly's migrations.</summary>
public static class PostgresStore
{
    public static DbContextOptionsBuilder<JixiaoDb> Use(DbContextOptionsBuilder<JixiaoDb> options, string connectionString) =>
        options.UseNpgsql(Tuned(connectionString), o => o.MigrationsAssembly(typeof(PostgresStore).Assembly.GetName().Name));

    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(Tuned(connectionString), o => o.MigrationsAssembly(typeof(PostgresStore).Assembly.GetName().Name));

    /// <summary>
    /// The connection string with Npgsql's statement preparation on (<c>Max Auto Prepare=30</c>: the server parses and
    /// plans each of the application's few query shapes once per connection) and no reset of a pooled connection
    /// (<c>No Reset On Close=true</c>: the reset would drop those prepared statements; the application keeps no session
    /// state — its advisory lock is the transaction's), unless the given string sets them (docs/operations.md).
    /// </summary>
    public static string Tuned(string connectionString)
    {
        var given = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (!given.ContainsKey("Max Auto Prepare")) builder.MaxAutoPrepare = 30;
        if (!given.ContainsKey("No Reset On Close")) builder.NoResetOnClose = true;
        return builder.ConnectionString;
    }

    /// <summary>
    /// Drops the database a connection string names, its open connections closed (a test's or a benchmark's database,
    /// never a province's: nothing calls this on the server's own configuration).
    /// </summary>
    public static async Task DropDatabaseAsync(string connectionString)
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        string name = builder.Database ?? throw new ArgumentException("连接串中没有数据库名", nameof(connectionString));
        builder.Database = "postgres";
        await using var connection = new Npgsql.NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var drop = new Npgsql.NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}

/// <summary>For <c>dotnet ef migrations add … --project src/Jixiao.Data.Postgres</c> (no server is needed to add one).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<JixiaoDb>
{
    public JixiaoDb CreateDbContext(string[] args) =>
        new(PostgresStore.Use(new DbContextOptionsBuilder<JixiaoDb>(), "Host=127.0.0.1;Database=jixiao_design").Options);
}
