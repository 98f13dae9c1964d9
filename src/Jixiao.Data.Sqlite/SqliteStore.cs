using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Jixiao.Data.Sqlite;

/// <summary>The embedded database: one SQLite file under the data folder, with this assembly's migrations.</summary>
public static class SqliteStore
{
    public static DbContextOptionsBuilder<JixiaoDb> Use(DbContextOptionsBuilder<JixiaoDb> options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteStore).Assembly.GetName().Name));

    public static DbContextOptionsBuilder Use(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, o => o.MigrationsAssembly(typeof(SqliteStore).Assembly.GetName().Name));
}

/// <summary>For <c>dotnet ef migrations add … --project src/Jixiao.Data.Sqlite</c>.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<JixiaoDb>
{
    public JixiaoDb CreateDbContext(string[] args) =>
        new(SqliteStore.Use(new DbContextOptionsBuilder<JixiaoDb>(), "Data Source=design.db").Options);
}
