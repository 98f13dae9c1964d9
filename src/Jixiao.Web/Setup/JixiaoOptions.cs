using Microsoft.Extensions.Configuration;

namespace Jixiao.Web.Setup;

/// <summary>
/// Where the web application keeps its data and which database it uses (docs/web.md): <c>Jixiao:DataFolder</c> (default
/// <c>$JIXIAO_DATA</c>, else <c>./jixiao-data</c>) holds the SQLite file, the uploaded and published files and the
/// cookie keys; <c>ConnectionStrings:Postgres</c>, when given, puts the database on PostgreSQL instead.
/// </summary>
public sealed record JixiaoOptions(string DataFolder, string? PostgresConnection, bool Demo, string TableSet, int LoginPermitsPerMinute, long MaxUploadBytes)
{
    public string SqlitePath => Path.Combine(DataFolder, "jixiao.db");

    public string FilesFolder => Path.Combine(DataFolder, "files");

    public string KeysFolder => Path.Combine(DataFolder, "keys");

    /// <summary>Rendered pages of reviewed PDFs (a cache: removing it costs only their rendering again).</summary>
    public string PagesFolder => Path.Combine(DataFolder, "pages");

    /// <summary>The longest the checker may take over one file sent for review (<c>Jixiao:ReviewTimeoutSeconds</c>, 120).</summary>
    public TimeSpan ReviewTimeout { get; init; } = TimeSpan.FromSeconds(120);

    public bool UsesPostgres => !string.IsNullOrWhiteSpace(PostgresConnection);

    public static JixiaoOptions From(IConfiguration configuration)
    {
        string folder = configuration["Jixiao:DataFolder"] is { Length: > 0 } f ? f
            : Environment.GetEnvironmentVariable("JIXIAO_DATA") is { Length: > 0 } e ? e
            : "jixiao-data";
        return new JixiaoOptions(
            Path.GetFullPath(folder),
            configuration.GetConnectionString("Postgres"),
            configuration.GetValue("Jixiao:Demo", true),
            configuration["Jixiao:TableSet"] ?? "H",
            configuration.GetValue("Jixiao:LoginPermitsPerMinute", 30),
            configuration.GetValue("Jixiao:MaxUploadBytes", 64L * 1024 * 1024))
        {
            ReviewTimeout = TimeSpan.FromSeconds(Math.Max(1, configuration.GetValue("Jixiao:ReviewTimeoutSeconds", 120))),
        };
    }
}
