using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Data.Postgres;

/// <summary>PostgreSQL, for a whole province: a connection string, with this assembly's migrations.</summary>
public static class PostgresStore
{
    public static DbContextOptionsBuilder<JixiaoDb> Use(DbContextOptionsBuilder<JixiaoDb> options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresStore).Assembly.GetName().Name));

    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, o => o.MigrationsAssembly(typeof(PostgresStore).Assembly.GetName().Name));

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
