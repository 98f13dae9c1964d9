using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Jixiao.Targets;

namespace Jixiao.Evaluations.Scoring;

/// <summary>
/// The score templates shipped in <c>Evaluations/Scoring/Data/</c> (shanxi, national), and the reader of the same JSON
/// format for a province's own file (docs/self-evaluation-scoring.md). A template whose points do not add up is refused
/// with a <see cref="FormatException"/> in Chinese.
/// </summary>
public static class ScoreTemplates
{
    private const string Prefix = "Jixiao.Evaluations.Scoring.Data.";
    private static readonly ConcurrentDictionary<string, ScoreTemplate> Cache = new(StringComparer.OrdinalIgnoreCase);
    private static readonly Lazy<IReadOnlyList<string>> Ids = new(() =>
        EmbeddedData.Names(Prefix).Select(n => n[Prefix.Length..^".json".Length]).ToArray());

    /// <summary>The ids of the shipped templates (national, shanxi).</summary>
    public static IReadOnlyList<string> AvailableIds => Ids.Value;

    /// <summary>Every shipped template.</summary>
    public static IEnumerable<ScoreTemplate> All => AvailableIds.Select(Get);

    /// <summary>The shipped template <paramref name="id"/> (case-insensitive); <see cref="KeyNotFoundException"/> otherwise.</summary>
    public static ScoreTemplate Get(string id)
    {
        var real = AvailableIds.FirstOrDefault(i => string.Equals(i, id, StringComparison.OrdinalIgnoreCase))
            ?? throw new KeyNotFoundException($"没有评分模板“{id}”（现有：{string.Join("、", AvailableIds)}）");
        return Cache.GetOrAdd(real, r =>
        {
            using var doc = EmbeddedData.OpenJson($"{Prefix}{r}.json");
            return Parse(doc.RootElement);
        });
    }

    /// <summary>Reads a template from JSON text (comments and trailing commas allowed), e.g. a province's own file.</summary>
    public static ScoreTemplate Parse(string json)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new FormatException($"评分模板不是有效的 JSON：{Jixiao.Text.JsonSyntax.Describe(e)}", e);
        }
        using (doc) return Parse(doc.RootElement);
    }

    /// <summary>Reads a template from its JSON form and checks that its points add up.</summary>
    public static ScoreTemplate Parse(JsonElement root)
    {
        string id = Str(root, "id");
        var template = new ScoreTemplate(id, Str(root, "name"), Num(root, "points", id),
            Array(root, "sections", id).Select(s => ParseSection(s, id)).ToArray(), ParseGrades(root, id))
        {
            Source = OptStr(root, "source") ?? "",
            IndicatorFormulas = ParseFormulas(root, id),
            QualitativeBands = root.TryGetProperty("qualitativeBands", out var b)
                ? b.EnumerateArray().Select(x => new QualitativeBand(Str(x, "name"), Num(x, "from", id), Num(x, "to", id))).ToArray()
                : [],
        };
        Check(template);
        return template;
    }

    private static ScoreSectionTemplate ParseSection(JsonElement s, string id)
    {
        string name = Str(s, "name");
        Level1Indicator? level1 = null;
        if (OptStr(s, "indicators") is { } printed)
            level1 = IndicatorFramework.Level1Named(printed)
                ?? throw new FormatException($"评分模板“{id}”：部分“{name}”的一级指标“{printed}”不是产出指标、效益指标或满意度指标");
        var items = s.TryGetProperty("items", out var i)
            ? i.EnumerateArray().Select(x => new ScoreItemTemplate(OptStr(x, "group") ?? "", Str(x, "name"), Num(x, "points", id),
                OptStr(x, "formula") is { } f ? Formula(f, id) : ScoreFormula.Judged) { Level2 = Level2Of(x, id) }).ToArray()
            : [];
        var whenEmpty = s.TryGetProperty("whenEmpty", out var w)
            ? w.EnumerateArray().Select(x => (Str(x, "section"), Num(x, "points", id))).ToArray()
            : [];
        return new ScoreSectionTemplate(name, Num(s, "points", id), items) { Indicators = level1, WhenEmpty = whenEmpty };
    }

    private static Level2Indicator[] Level2Of(JsonElement item, string id)
    {
        if (!item.TryGetProperty("level2", out var l) || l.ValueKind != JsonValueKind.Array) return [];
        return l.EnumerateArray().Select(x => x.GetString() is { } name && IndicatorFramework.Level2Named(name) is { } l2
            ? l2
            : throw new FormatException($"评分模板“{id}”：评分项“{OptStr(item, "name")}”的二级指标“{x}”不是已知的二级指标")).ToArray();
    }

    private static GradeScale ParseGrades(JsonElement root, string id) =>
        new(Array(root, "grades", id).Select(g => (Str(g, "grade"), Num(g, "min", id))).ToArray());

    private static Dictionary<CompletionReading, ScoreFormula> ParseFormulas(JsonElement root, string id)
    {
        var map = new Dictionary<CompletionReading, ScoreFormula>();
        if (!root.TryGetProperty("indicatorFormulas", out var f)) return map;
        foreach (var p in f.EnumerateObject())
        {
            if (!Enum.TryParse<CompletionReading>(p.Name, ignoreCase: true, out var reading) || reading == CompletionReading.None
                || !Enum.IsDefined(reading) || p.Name.Any(char.IsDigit))
                throw new FormatException($"评分模板“{id}”：未知的目标读法“{p.Name}”（支持 atLeast、atMost、exact、exactZero、range、deadline、qualitative）");
            map[reading] = Formula(p.Value.GetString() ?? "", id);
        }
        return map;
    }

    private static ScoreFormula Formula(string name, string id) =>
        Enum.TryParse<ScoreFormula>(name, ignoreCase: true, out var f) && Enum.IsDefined(f) && !name.Any(char.IsDigit)
            ? f
            : throw new FormatException($"评分模板“{id}”：未知的计分公式“{name}”（支持 {string.Join("、", Enum.GetNames<ScoreFormula>().Select(Camel))}）");

    private static string Camel(string s) => char.ToLowerInvariant(s[0]) + s[1..];

    private static void Check(ScoreTemplate t)
    {
        string Fail(string what) => throw new FormatException($"评分模板“{t.Id}”：{what}");
        if (t.Sections.Count == 0) Fail("没有任何部分");
        decimal sections = t.Sections.Sum(s => s.Points);
        if (sections != t.Points) Fail($"各部分分值之和 {P(sections)} 不等于总分 {P(t.Points)}");
        foreach (var s in t.Sections)
        {
            if (s.Points <= 0) Fail($"部分“{s.Name}”的分值应大于 0");
            if (s.Indicators is null)
            {
                if (s.Items.Count == 0) Fail($"部分“{s.Name}”既没有评分项，也没有指定一级指标");
                decimal items = s.Items.Sum(i => i.Points);
                if (items != s.Points) Fail($"部分“{s.Name}”各项分值之和 {P(items)} 不等于其分值 {P(s.Points)}");
                foreach (var i in s.Items)
                {
                    if (i.Points <= 0) Fail($"评分项“{i.Key}”的分值应大于 0");
                    if (i.Formula is not (ScoreFormula.Judged or ScoreFormula.FundsInPlace or ScoreFormula.BudgetExecution or ScoreFormula.SpentOfBudget or ScoreFormula.IndicatorGroup))
                        Fail($"评分项“{i.Key}”：公式 {Camel(i.Formula.ToString())} 只用于绩效指标（indicatorFormulas）");
                    if ((i.Formula == ScoreFormula.IndicatorGroup) != (i.Level2.Count > 0))
                        Fail(i.Level2.Count > 0
                            ? $"评分项“{i.Key}”列了二级指标（level2），公式却不是 indicatorGroup"
                            : $"评分项“{i.Key}”按指标计分（indicatorGroup），须列出所依据的二级指标（level2）");
                }
            }
            else if (s.Items.Count > 0) Fail($"部分“{s.Name}”按一级指标计分，不能再列固定评分项");
            if (s.WhenEmpty.Count > 0)
            {
                decimal moved = s.WhenEmpty.Sum(w => w.Points);
                if (moved != s.Points) Fail($"部分“{s.Name}”无指标时转出的分值之和 {P(moved)} 不等于其分值 {P(s.Points)}");
                foreach (var (to, _) in s.WhenEmpty)
                    if (!t.Sections.Any(x => x.Name == to && x.Indicators is not null && x != s))
                        Fail($"部分“{s.Name}”的分值转入“{to}”，但没有按一级指标计分的这一部分");
            }
        }
        if (t.Sections.Select(s => s.Name).Distinct().Count() != t.Sections.Count) Fail("部分名称重复");
        if (t.Items.Select(i => i.Key).Distinct().Count() != t.Items.Count()) Fail("评分项（二级/名称）重复");
        if (t.Sections.Any(s => s.Indicators is not null) || t.Items.Any(i => i.Formula == ScoreFormula.IndicatorGroup))
        {
            foreach (var reading in Enum.GetValues<CompletionReading>().Where(r => r != CompletionReading.None))
                if (!t.IndicatorFormulas.ContainsKey(reading)) Fail($"缺少目标读法“{Camel(reading.ToString())}”的计分公式（indicatorFormulas）");
            foreach (var (reading, formula) in t.IndicatorFormulas)
                if (formula is ScoreFormula.FundsInPlace or ScoreFormula.BudgetExecution or ScoreFormula.SpentOfBudget or ScoreFormula.IndicatorGroup)
                    Fail($"目标读法“{Camel(reading.ToString())}”的公式 {Camel(formula.ToString())} 只用于资金评分项，不能用于绩效指标");
            if (t.IndicatorFormulas[CompletionReading.Qualitative] == ScoreFormula.Band && t.QualitativeBands.Count == 0)
                Fail("定性指标按档次评分，但没有给出档次（qualitativeBands）");
        }
        foreach (var b in t.QualitativeBands)
            if (b.From < 0 || b.To > 1 || b.From >= b.To) Fail($"档次“{b.Name}”的范围 {b.From}–{b.To} 应在 0–1 之间且下限小于上限");
        var grades = t.Grades.Thresholds;
        if (grades.Count == 0) Fail("没有等次");
        for (int k = 1; k < grades.Count; k++)
            if (grades[k].Minimum >= grades[k - 1].Minimum) Fail($"等次应从高到低排列：“{grades[k].Grade}”的下限 {P(grades[k].Minimum)} 不低于“{grades[k - 1].Grade}”的");
        if (grades[^1].Minimum > 0) Fail($"最低等次“{grades[^1].Grade}”的下限应为 0");
    }

    private static string P(decimal d) => ScoreText.Points(d);

    private static IEnumerable<JsonElement> Array(JsonElement e, string name, string id) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray()
            : throw new FormatException($"评分模板“{id}”缺少数组“{name}”");

    private static decimal Num(JsonElement e, string name, string id) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out var d)
            ? d
            : throw new FormatException($"评分模板“{id}”缺少数值字段“{name}”");

    private static string Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s
            ? s
            : throw new FormatException($"评分模板缺少字段“{name}”");

    private static string? OptStr(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
