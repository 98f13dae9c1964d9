using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Application.Workflow;

/// <summary>The date by which a kind of record of a year is to be submitted.</summary>
public sealed record Deadline(RecordKind Kind, string Name, int YearOffset, int Month, int Day)
{
    public DateOnly For(int year) => new(year + YearOffset, Month, Math.Min(Day, DateTime.DaysInMonth(year + YearOffset, Month)));
}

/// <summary>
/// The year's deadlines (calendar.json, a province's own file in its place): by default the budget and the target
/// declarations by 31 December of the year before, the monitoring of January–July by 31 August, the self-evaluation by
/// 31 March of the year after. A record still in 草稿 or 退回 after its date is overdue.
/// </summary>
public sealed class DeadlineCalendar
{
    public IReadOnlyList<Deadline> Deadlines { get; }

    private DeadlineCalendar(IReadOnlyList<Deadline> deadlines) => Deadlines = deadlines;

    public static DeadlineCalendar Default { get; } = Load(DefaultJson(), "calendar.json（内置）");

    public static string DefaultJson()
    {
        using var stream = typeof(DeadlineCalendar).Assembly.GetManifestResourceStream("Jixiao.Application.Workflow.calendar.json")
            ?? throw new InvalidOperationException("calendar.json is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Reads a calendar file; throws <see cref="WorkflowException"/> saying what is wrong where.</summary>
    public static DeadlineCalendar Load(string json, string file)
    {
        CalendarFile? parsed;
        try { parsed = JsonSerializer.Deserialize(json, CalendarJson.Default.CalendarFile); }
        catch (JsonException e) { throw new WorkflowException($"{file}：{e.Path ?? "$"} 处不是所需的 JSON（{e.Message}）"); }
        var deadlines = new List<Deadline>();
        foreach (var (d, i) in (parsed?.Deadlines ?? []).Select((d, i) => (d, i)))
        {
            string at = $"{file}：deadlines[{i}]";
            if (!Enum.TryParse<RecordKind>(d.Kind, out var kind) || !Enum.IsDefined(kind))
                throw new WorkflowException($"{at}.kind 应为 {string.Join("、", Enum.GetNames<RecordKind>())} 之一，实为“{d.Kind}”");
            if (deadlines.Any(x => x.Kind == kind)) throw new WorkflowException($"{at}.kind“{d.Kind}”重复");
            if (d.YearOffset is not (>= -1 and <= 1)) throw new WorkflowException($"{at}.yearOffset 应为 -1、0 或 1（上一年、当年、下一年）");
            if (!DateOnly.TryParseExact("2024-" + d.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                throw new WorkflowException($"{at}.date 应为“月-日”，如 12-31，实为“{d.Date}”");
            deadlines.Add(new Deadline(kind, string.IsNullOrWhiteSpace(d.Name) ? kind.ChineseName() : d.Name, d.YearOffset, date.Month, date.Day));
        }
        return new DeadlineCalendar(deadlines);
    }

    public DateOnly? Due(RecordKind kind, int year) => Deadlines.FirstOrDefault(d => d.Kind == kind)?.For(year);

    internal sealed record CalendarFile(List<DeadlineJson>? Deadlines);

    internal sealed record DeadlineJson(string? Kind, string? Name, int YearOffset, string? Date);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, ReadCommentHandling = JsonCommentHandling.Skip,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(DeadlineCalendar.CalendarFile))]
internal sealed partial class CalendarJson : JsonSerializerContext;
