using System.Globalization;
using System.Text.Json;

namespace Jixiao.Monitoring;

/// <summary>
/// Where the lights of 绩效运行监控 change colour and when a warning is raised, as shares (0.60 = 60 %). The shipped
/// defaults are <c>Monitoring/Data/thresholds.json</c> (evaluation-domain.md); a province brings its own file in the same format
/// (docs/monitoring.md), read by <see cref="Parse"/>.
/// </summary>
/// <param name="RedBelow">A progress ratio below this is red.</param>
/// <param name="GreenFrom">A progress ratio from this is green; between <paramref name="RedBelow"/> and this, yellow.</param>
/// <param name="BlueFrom">An indicator's progress ratio from this is blue (far ahead of plan); spending has no blue.</param>
/// <param name="AttainmentAheadOfSpending">Warn when the indicators' mean completion exceeds 执行率 by more than this.</param>
/// <param name="UnspentAtYearEnd">Warn when more than this share of the budget is unspent on 12月31日.</param>
public sealed record MonitoringThresholds(
    decimal RedBelow, decimal GreenFrom, decimal BlueFrom, decimal AttainmentAheadOfSpending, decimal UnspentAtYearEnd)
{
    /// <summary>The largest share a threshold may be: 10 = 1000 %.</summary>
    public const decimal MaxShare = 10m;

    private const string Resource = "Jixiao.Monitoring.Data.thresholds.json";

    private static readonly string[] Fields =
        ["name", "source", "redBelow", "greenFrom", "blueFrom", "attainmentAheadOfSpending", "unspentAtYearEnd"];

    private static readonly Lazy<MonitoringThresholds> Shipped = new(() => Parse(EmbeddedData.ReadText(Resource)));

    /// <summary>What the thresholds are called (<c>默认阈值</c>, a province's name for its own).</summary>
    public string Name { get; init; } = "";

    /// <summary>Where they come from, as the file says; empty when it does not.</summary>
    public string Source { get; init; } = "";

    /// <summary>The shipped thresholds: red below 60 %, green from 80 %, blue from 120 %, warnings at 5 points and 20 %.</summary>
    public static MonitoringThresholds Default => Shipped.Value;

    /// <summary>
    /// The light of a progress ratio (actual progress ÷ expected progress). The ratio is taken to two decimals of a
    /// percentage, half away from zero, as it is printed, so that a printed 60.00 % is never red.
    /// </summary>
    /// <param name="allowBlue">False for spending: money spent ahead of time is green, not blue.</param>
    public MonitoringLight LightOf(decimal ratio, bool allowBlue)
    {
        decimal shown = Math.Round(ratio, 4, MidpointRounding.AwayFromZero);
        if (shown < RedBelow) return MonitoringLight.Red;
        if (shown < GreenFrom) return MonitoringLight.Yellow;
        return allowBlue && shown >= BlueFrom ? MonitoringLight.Blue : MonitoringLight.Green;
    }

    /// <summary>
    /// Reads thresholds from JSON text (comments and trailing commas allowed). Every threshold is required, a share from 0
    /// to <see cref="MaxShare"/>, and red &lt; green &lt; blue; otherwise a <see cref="FormatException"/> in Chinese naming
    /// the field, what was expected and what was found.
    /// </summary>
    public static MonitoringThresholds Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new FormatException($"监控阈值不是有效的 JSON：{Jixiao.Text.JsonSyntax.Describe(e)}", e);
        }
        using (doc)
        {
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object) throw new FormatException("监控阈值应为一个 JSON 对象（{ \"redBelow\": 0.60, … }）");
            var problems = new List<string>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in root.EnumerateObject())
            {
                if (!Fields.Contains(p.Name, StringComparer.Ordinal))
                    problems.Add($"未知字段“{p.Name}”（可用：{string.Join("、", Fields)}）");
                // the parser keeps the last of two: which one was meant cannot be told
                else if (!seen.Add(p.Name)) problems.Add($"字段“{p.Name}”出现了两次");
            }
            decimal red = Share(root, "redBelow", "进度比低于此值亮红灯", problems);
            decimal green = Share(root, "greenFrom", "进度比达到此值亮绿灯", problems);
            decimal blue = Share(root, "blueFrom", "指标进度比达到此值亮蓝灯", problems);
            decimal ahead = Share(root, "attainmentAheadOfSpending", "指标完成度超前于执行率的预警线", problems);
            decimal unspent = Share(root, "unspentAtYearEnd", "年末未支出比例的预警线", problems);
            foreach (var field in new[] { "name", "source" })
                if (root.TryGetProperty(field, out var t) && t.ValueKind != JsonValueKind.String)
                    problems.Add($"字段“{field}”应为文字，给出的是 {t.GetRawText()}");
            if (problems.Count == 0 && !(red < green && green < blue))
                problems.Add($"阈值应满足 redBelow < greenFrom < blueFrom（红灯线 < 绿灯线 < 蓝灯线），给出的是 {Text(red)}、{Text(green)}、{Text(blue)}");
            if (problems.Count > 0) throw new FormatException("监控阈值有误：" + string.Join("；", problems));
            return new MonitoringThresholds(red, green, blue, ahead, unspent)
            {
                Name = OptionalText(root, "name"),
                Source = OptionalText(root, "source"),
            };
        }
    }

    private static decimal Share(JsonElement root, string field, string meaning, List<string> problems)
    {
        if (!root.TryGetProperty(field, out var v))
        {
            problems.Add($"缺少字段“{field}”（{meaning}，写成小数，如 0.60 即 60 %）");
            return 0m;
        }
        if (v.ValueKind != JsonValueKind.Number || !v.TryGetDecimal(out var d))
        {
            problems.Add($"字段“{field}”应为数（{meaning}，如 0.60 即 60 %），给出的是 {v.GetRawText()}");
            return 0m;
        }
        if (d < 0m || d > MaxShare)
        {
            problems.Add($"字段“{field}”应在 0 到 {Text(MaxShare)} 之间（比例写成小数：0.60 即 60 %），给出的是 {Text(d)}");
            return 0m;
        }
        return d;
    }

    private static string OptionalText(JsonElement root, string field) =>
        root.TryGetProperty(field, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() ?? "" : "";

    private static string Text(decimal d) => d.ToString(CultureInfo.InvariantCulture);
}
