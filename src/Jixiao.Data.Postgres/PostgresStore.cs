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
}

/// <summary>For <c>dotnet ef migrations add … --project src/Jixiao.Data.Postgres</c> (no server is needed to add one).</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<JixiaoDb>
{
    public JixiaoDb CreateDbContext(string[] args) =>
        new(PostgresStore.Use(new DbContextOptionsBuilder<JixiaoDb>(), "Host=127.0.0.1;Database=jixiao_design").Options);
}
