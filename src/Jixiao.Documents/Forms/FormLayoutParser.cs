using System.Text.Json;

namespace Jixiao.Documents.Forms;

/// <summary>
/// Parses a form layout from its JSON (docs/form-layouts.md). Every error names the file and the field as a path
/// (<c>blocks[3].columns[1].field</c>) in Chinese; the field names are checked against what the form's model holds.
/// </summary>
internal static class FormLayoutParser
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static FormLayout Parse(string json, string source)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, Options);
            return Parse(doc.RootElement, source);
        }
        catch (JsonException e)
        {
            throw new FormLayoutException(source, $"不是有效的 JSON：{Jixiao.Text.JsonSyntax.Describe(e)}");
        }
    }

    public static FormLayout Parse(JsonElement root, string source)
    {
        var p = new Reader(source);
        if (root.ValueKind != JsonValueKind.Object) throw p.Fail("", "应为一个 JSON 对象");
        var kind = p.Str(root, "kind", "") switch
        {
            "self-evaluation" => FormKind.SelfEvaluation,
            "target-declaration" => FormKind.TargetDeclaration,
            var other => throw p.Fail("kind", $"应为 self-evaluation，而不是“{other}”（绩效目标表的表样为 target-declaration）"),
        };
        Jixiao.Targets.TargetFormShape? shape = null;
        if (kind == FormKind.TargetDeclaration)
        {
            var s = p.Obj(root, "shape", "");
            string goal = p.Str(s, "annualGoal", "shape");
            bool twoColumns = Flag(s, "hasImplementationPeriod");
            shape = new Jixiao.Targets.TargetFormShape(p.Str(s, "formName", "shape"), twoColumns,
                twoColumns ? p.Str(s, "implementationGoal", "shape") : p.OptStr(s, "implementationGoal", "shape") ?? goal, goal);
        }
        var title = p.Obj(root, "title", "");
        var columns = p.Arr(root, "columns", "").Select((c, i) => c.ValueKind == JsonValueKind.Number && c.GetDouble() is > 0 and < 200
            ? c.GetDouble()
            : throw p.Fail($"columns[{i}]", "应为 0 到 200 之间的列宽")).ToArray();
        if (columns.Length == 0) throw p.Fail("columns", "至少要有一列");
        var recognise = p.Obj(root, "recognise", "");
        var labels = p.Arr(recognise, "labels", "recognise").Select((l, i) => l.ValueKind == JsonValueKind.String && l.GetString() is { Length: > 0 } s
            ? new FormLabel(s, [])
            : throw p.Fail($"recognise.labels[{i}]", "应为非空字符串")).ToArray();
        int atLeast = p.Int(recognise, "atLeast", "recognise", 1, labels.Length);
        var fields = kind == FormKind.TargetDeclaration
            ? new Fields(TargetDeclarationFields.IsKnown, TargetDeclarationFields.Scalars, TargetDeclarationFields.IndicatorFields)
            : new Fields(SelfEvaluationFields.IsKnown, SelfEvaluationFields.Scalars, SelfEvaluationFields.IndicatorFields);
        var blocks = p.Arr(root, "blocks", "").Select((b, i) => Block(p, b, $"blocks[{i}]", columns.Length, fields) with { PageBreakBefore = Flag(b, "pageBreakBefore") }).ToArray();
        if (!blocks.OfType<IndicatorsBlock>().Any()) throw p.Fail("blocks", "缺少指标表（type 为 indicators 的块）");
        return new FormLayout
        {
            Id = p.Str(root, "id", ""),
            Kind = kind,
            Name = p.Str(root, "name", ""),
            Template = p.OptStr(root, "template", ""),
            Title = new FormTitle(p.Str(title, "text", "title"), p.Str(title, "endsWith", "title"), p.OptStr(title, "contains", "title")),
            Columns = columns,
            Landscape = p.OptStr(root, "orientation", "") switch
            {
                null or "portrait" => false,
                "landscape" => true,
                var other => throw p.Fail("orientation", $"应为 portrait 或 landscape，而不是“{other}”"),
            },
            OnePage = root.TryGetProperty("onePage", out var one) && one.ValueKind == JsonValueKind.True,
            Recognise = labels,
            RecogniseAtLeast = atLeast,
            Blocks = blocks,
            Shape = shape,
            Source = source,
        };
    }

    private static FormBlock Block(Reader p, JsonElement b, string at, int columns, Fields fields)
    {
        string type = p.Str(b, "type", at);
        switch (type)
        {
            case "year":
                string format = p.Str(b, "text", at);
                if (!format.Contains("{year}", StringComparison.Ordinal)) throw p.Fail(at + ".text", "应含 {year}");
                return new YearBlock(format);
            case "line":
                return Line(p, b, at, columns, fields);
            case "unitLine":
                var (unitFieldAt, unitFieldSpan) = Place(p, b, at, columns);
                string unitField = p.Str(b, "field", at);
                Known(p, fields, unitField, at + ".field");
                int unitAt = p.Int(b, "unitAt", at, unitFieldAt + unitFieldSpan, columns);
                int unitSpan = b.TryGetProperty("unitSpan", out _) ? p.Int(b, "unitSpan", at, 1, columns - unitAt + 1) : 1;
                return new UnitLineBlock(unitField, unitFieldAt, unitFieldSpan, unitAt, unitSpan, Unit(p, b, at));
            case "rows":
                var blockRows = p.Arr(b, "rows", at).Select((r, i) => Line(p, r, $"{at}.rows[{i}]", columns, fields) with { Unit = Unit(p, b, at) }).ToArray();
                if (blockRows.Length == 0) throw p.Fail(at + ".rows", "至少要有一行");
                return new RowsBlock(new FormLabel(p.Str(b, "label", at), p.Strings(b, "aliases", at)), p.Int(b, "labelAt", at, 1, columns), blockRows, Flag(b, "optional"));
            case "plan":
                int planLabelAt = p.Int(b, "labelAt", at, 1, columns);
                int from = p.Int(b, "from", at, planLabelAt + 1, columns);
                return new PlanBlock(new FormLabel(p.Str(b, "label", at), p.Strings(b, "aliases", at)), planLabelAt, from,
                    p.Int(b, "to", at, from, columns), p.Strings(b, "points", at));
            default:
                return Other(p, b, at, type, columns, fields);
        }
    }

    private static LineBlock Line(Reader p, JsonElement b, string at, int columns, Fields fields)
    {
                var cells = p.Arr(b, "cells", at).Select((c, i) =>
                {
                    string where = $"{at}.cells[{i}]";
                    var label = p.OptStr(c, "label", where) is { } l ? new FormLabel(l, p.Strings(c, "aliases", where)) : null;
                    string? field = p.OptStr(c, "field", where);
                    if (field is not null) Known(p, fields, field, where + ".field");
                    string? constant = p.OptStr(c, "text", where);
                    if (constant is not null && (label is not null || field is not null)) throw p.Fail(where + ".text", "固定文字的格不能同时有 label 或 field");
                    var (cellAt, span) = Place(p, c, where, columns);
                    return new LineCell(label, field, cellAt, span, Format(p, c, where), constant, p.OptStr(c, "suffix", where)) { JoinLines = Flag(c, "joinLines"), Plain = Flag(c, "plain") };
                }).ToArray();
                return new LineBlock(cells, Flag(b, "outside"), Flag(b, "optional")) { Unit = Unit(p, b, at) };
    }

    private static FormBlock Other(Reader p, JsonElement b, string at, string type, int columns, Fields fields)
    {
        switch (type)
        {
            case "money":
                var kinds = p.Arr(b, "sourceKinds", at).Select((k, i) => new SourceKind(p.Str(k, "kind", $"{at}.sourceKinds[{i}]"),
                    p.Strings(k, "contains", $"{at}.sourceKinds[{i}]"), p.Strings(k, "startsWith", $"{at}.sourceKinds[{i}]"))).ToArray();
                var kindNames = kinds.Select(k => k.Kind).ToHashSet(StringComparer.Ordinal);
                var moneyColumns = p.Arr(b, "columns", at).Select((c, i) =>
                {
                    string where = $"{at}.columns[{i}]";
                    string field = p.Str(c, "field", where);
                    Known(p, fields, field, where + ".field");
                    return new MoneyColumn(new FormLabel(p.Str(c, "label", where), p.Strings(c, "aliases", where)), field, Format(p, c, where),
                        c.TryGetProperty("totalOnly", out var t) && t.ValueKind == JsonValueKind.True);
                }).ToArray();
                var rows = p.Arr(b, "rows", at).Select((r, i) =>
                {
                    string where = $"{at}.rows[{i}]";
                    string sources = p.Str(r, "sources", where);
                    if (sources != MoneyRow.TotalSources && !kindNames.Contains(sources))
                        throw p.Fail(where + ".sources", $"应为 total 或 sourceKinds 中的一种（{string.Join("、", kindNames)}），而不是“{sources}”");
                    return new MoneyRow(new FormLabel(p.Str(r, "label", where), p.Strings(r, "aliases", where)), sources);
                }).ToArray();
                if (!rows.Any(r => r.IsTotal)) throw p.Fail(at + ".rows", "缺少 sources 为 total 的合计行");
                int labelAt = p.Int(b, "labelAt", at, 1, columns);
                int rowLabelAt = p.Int(b, "rowLabelAt", at, labelAt + 1, columns);
                if (rowLabelAt + moneyColumns.Length > columns) throw p.Fail(at + ".columns", $"从第 {rowLabelAt + 1} 列起放不下 {moneyColumns.Length} 列（表样共 {columns} 列）");
                string? split = p.OptStr(b, "splitNeeds", at);
                if (split is not null && !kindNames.Contains(split)) throw p.Fail(at + ".splitNeeds", $"“{split}”不是 sourceKinds 中的一种");
                return new MoneyBlock(new FormLabel(p.Str(b, "label", at), p.Strings(b, "aliases", at)), labelAt, rowLabelAt,
                    Unit(p, b, at), moneyColumns, rows, kinds, split);
            case "sources":
                var groups = p.Arr(b, "groups", at).Select((g, i) =>
                {
                    string where = $"{at}.groups[{i}]";
                    string field = p.Str(g, "field", where);
                    if (!SourceFields.Contains(field)) throw p.Fail(where + ".field", $"应为 {string.Join("、", SourceFields)} 中的一种，而不是“{field}”");
                    return new SourceGroup(new FormLabel(p.Str(g, "label", where), p.Strings(g, "aliases", where)), field, Flag(g, "single"));
                }).ToArray();
                if (groups.Length == 0) throw p.Fail(at + ".groups", "至少要有一组");
                int sourcesLabelAt = p.Int(b, "labelAt", at, 1, columns);
                int groupAt = p.Int(b, "groupAt", at, sourcesLabelAt, columns);
                int sourceAt = p.Int(b, "sourceAt", at, groupAt + 1, columns);
                int amountAt = p.Int(b, "amountAt", at, sourceAt + 1, columns);
                int amountSpan = b.TryGetProperty("amountSpan", out _) ? p.Int(b, "amountSpan", at, 1, columns - amountAt + 1) : 1;
                return new SourcesBlock(new FormLabel(p.Str(b, "label", at), p.Strings(b, "aliases", at)), sourcesLabelAt, groupAt, sourceAt,
                    amountAt, amountSpan, Unit(p, b, at), groups);
            case "scores":
                string sectionFormat = p.OptStr(b, "sectionFormat", at) ?? "{section}";
                if (!sectionFormat.Contains("{section}", StringComparison.Ordinal)) throw p.Fail(at + ".sectionFormat", "应含 {section}");
                return new ScoresBlock(new FormLabel(p.Str(b, "label", at), p.Strings(b, "aliases", at)), p.Int(b, "labelAt", at, 1, columns),
                    p.Strings(b, "sections", at), sectionFormat, TableColumns(p, b, at, columns, ScoreFields));
            case "people":
                return new PeopleBlock(new FormLabel(p.Str(b, "label", at), p.Strings(b, "aliases", at)), p.Int(b, "labelAt", at, 1, columns),
                    TableColumns(p, b, at, columns, PeopleFields));
            case "otherTexts":
                int otherLabelAt = p.Int(b, "labelAt", at, 1, columns);
                var (otherAt, otherSpan) = Place(p, b, at, columns);
                if (otherAt <= otherLabelAt) throw p.Fail(at + ".at", $"应在标题列（第 {otherLabelAt} 列）之后");
                return new OtherTextsBlock(otherLabelAt, otherAt, otherSpan);
            case "texts":
                var texts = p.Arr(b, "columns", at).Select((c, i) =>
                {
                    string where = $"{at}.columns[{i}]";
                    string field = p.Str(c, "field", where);
                    Known(p, fields, field, where + ".field");
                    var (cellAt, span) = Place(p, c, where, columns);
                    return new TextColumn(new FormLabel(p.Str(c, "heading", where), p.Strings(c, "aliases", where)), field,
                        p.Strings(c, "fallback", where), cellAt, span);
                }).ToArray();
                return new TextsBlock(new FormLabel(p.Str(b, "label", at), p.Strings(b, "aliases", at)), texts) { Optional = Flag(b, "optional") };
            case "indicators":
                var indicatorColumns = p.Arr(b, "columns", at).Select((c, i) =>
                {
                    string where = $"{at}.columns[{i}]";
                    string field = p.Str(c, "field", where);
                    if (!fields.Indicators.Contains(field))
                        throw p.Fail(where + ".field", $"“{field}”不是指标行的字段（可用：{string.Join("、", fields.Indicators)}）");
                    var (cellAt, span) = Place(p, c, where, columns);
                    string? columnHalf = p.OptStr(c, "half", where);
                    if (columnHalf is not (null or "annual" or "implementation")) throw p.Fail(where + ".half", $"应为 annual 或 implementation，而不是“{columnHalf}”");
                    if (columnHalf is not null && field == "level1") throw p.Fail(where + ".half", "一级指标列由两半共用，不属于某一半");
                    return new IndicatorColumn(new FormLabel(p.Str(c, "label", where), p.Strings(c, "aliases", where)), field, Format(p, c, where), cellAt, span) { Half = columnHalf };
                }).ToArray();
                // side by side, each half has its own 二级 first and its 三级 next, whose cells a row is split by
                string?[] halves = indicatorColumns.Any(c => c.Half is not null) ? ["implementation", "annual"] : [null];
                foreach (var h in halves)
                {
                    var own = indicatorColumns.Where(c => c.Field != "level1" && c.Half == h).ToList();
                    string where = h is null ? at + ".columns" : $"{at}.columns（{h}）";
                    foreach (var required in new[] { "level2", "name" })
                        if (!own.Any(c => c.Field == required)) throw p.Fail(where, $"缺少字段为 {required} 的列");
                    if (h is not null && (own[0].Field != "level2" || own[1].Field != "name")) throw p.Fail(where, "每一半应依次为二级指标（level2）、三级指标（name）列");
                }
                string? continues = p.OptStr(b, "continues", at);
                if (continues is not null && !indicatorColumns.Any(c => c.Field == continues)) throw p.Fail(at + ".continues", $"“{continues}”不是此表的列");
                string? half = p.OptStr(b, "half", at);
                if (half is not (null or "annual" or "implementation")) throw p.Fail(at + ".half", $"应为 annual 或 implementation，而不是“{half}”");
                if (half is not null && halves[0] is not null) throw p.Fail(at + ".half", "两半并列的表不能再指定 half");
                string? indicatorsLabel = p.OptStr(b, "label", at);
                return new IndicatorsBlock(indicatorColumns, p.OptStr(b, "order", at) switch
                {
                    null or "printed" => false,
                    "framework" => true,
                    var other => throw p.Fail(at + ".order", $"应为 printed 或 framework，而不是“{other}”"),
                }, p.OptStr(b, "name", at) ?? "绩效指标")
                {
                    Optional = Flag(b, "optional"),
                    RawCells = Flag(b, "rawCells"),
                    Continues = continues,
                    Half = half,
                    Label = indicatorsLabel is null ? null : new FormLabel(indicatorsLabel, p.Strings(b, "aliases", at)),
                    LabelAt = indicatorsLabel is null ? 1 : p.Int(b, "labelAt", at, 1, columns),
                    EveryLevel2 = Flag(b, "everyLevel2"),
                };
            default:
                throw p.Fail(at + ".type", $"未知的块类型“{type}”（可用：year、line、money、sources、texts、otherTexts、indicators、scores、people、unitLine、rows、plan）");
        }
    }

    /// <summary>The money fields a group of printed sources may fill.</summary>
    private static readonly string[] SourceFields = ["funds.budgeted", "funds.released", "funds.spent"];

    /// <summary>The fields of a score table's row and of a person.</summary>
    private static readonly string[] ScoreFields = ["group", "name", "points", "score"], PeopleFields = ["name", "title", "office", "phone"];

    private static bool Flag(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;

    private static decimal Unit(Reader p, JsonElement b, string at) => p.OptStr(b, "unit", at) switch
    {
        null or "万元" => 10_000m,
        "元" => 1m,
        var u => throw p.Fail(at + ".unit", $"应为 万元 或 元，而不是“{u}”"),
    };

    private static TableColumn[] TableColumns(Reader p, JsonElement b, string at, int columns, string[] known)
    {
        var result = p.Arr(b, "columns", at).Select((c, i) =>
        {
            string where = $"{at}.columns[{i}]";
            string field = p.Str(c, "field", where);
            if (!known.Contains(field)) throw p.Fail(where + ".field", $"“{field}”不是此表的字段（可用：{string.Join("、", known)}）");
            var (cellAt, span) = Place(p, c, where, columns);
            return new TableColumn(new FormLabel(p.Str(c, "label", where), p.Strings(c, "aliases", where)), field, cellAt, span, Format(p, c, where));
        }).ToArray();
        foreach (var required in known.Where(f => f is "name" or "points"))
            if (!result.Any(c => c.Field == required)) throw p.Fail(at + ".columns", $"缺少字段为 {required} 的列");
        return result;
    }

    private static void Known(Reader p, Fields fields, string field, string at)
    {
        if (!fields.IsKnown(field)) throw p.Fail(at, $"未知的字段“{field}”（可用：{string.Join("、", fields.Scalars)}、text:标题）");
    }

    /// <summary>The fields the model of a layout's kind holds (docs/form-layouts.md lists them).</summary>
    private sealed record Fields(Func<string, bool> IsKnown, IReadOnlyList<string> Scalars, IReadOnlyList<string> Indicators);

    private static (int At, int Span) Place(Reader p, JsonElement c, string at, int columns)
    {
        int cellAt = p.Int(c, "at", at, 1, columns);
        int span = c.TryGetProperty("span", out _) ? p.Int(c, "span", at, 1, columns - cellAt + 1) : 1;
        return (cellAt, span);
    }

    private static CellFormat Format(Reader p, JsonElement c, string at) => p.OptStr(c, "format", at) switch
    {
        null or "text" => CellFormat.Text,
        "value" => CellFormat.Value,
        "wanYuan" => CellFormat.WanYuan,
        "points" => CellFormat.Points,
        "score" => CellFormat.Score,
        "rate" => CellFormat.Rate,
        "amount" => CellFormat.Amount,
        var other => throw p.Fail(at + ".format", $"应为 text、value、wanYuan、points、score 或 rate，而不是“{other}”（目标表的金额：amount）"),
    };

    /// <summary>Field access that names the file and the field path in every error.</summary>
    private sealed class Reader(string source)
    {
        public FormLayoutException Fail(string at, string problem) => new(source, at.Length == 0 ? problem : $"{at}：{problem}");

        private static string Path(string at, string name) => at.Length == 0 ? name : $"{at}.{name}";

        public string Str(JsonElement e, string name, string at) =>
            OptStr(e, name, at) ?? throw Fail(Path(at, name), "缺少此字段");

        public string? OptStr(JsonElement e, string name, string at)
        {
            if (e.ValueKind != JsonValueKind.Object) throw Fail(at, "应为一个 JSON 对象");
            if (!e.TryGetProperty(name, out var v) || v.ValueKind == JsonValueKind.Null) return null;
            return v.ValueKind == JsonValueKind.String && v.GetString() is { Length: > 0 } s ? s : throw Fail(Path(at, name), "应为非空字符串");
        }

        public JsonElement Obj(JsonElement e, string name, string at) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : throw Fail(Path(at, name), "缺少此对象");

        public List<JsonElement> Arr(JsonElement e, string name, string at) =>
            e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? [.. v.EnumerateArray()] : throw Fail(Path(at, name), "缺少此数组");

        public string[] Strings(JsonElement e, string name, string at)
        {
            if (!e.TryGetProperty(name, out var v)) return [];
            if (v.ValueKind != JsonValueKind.Array) throw Fail(Path(at, name), "应为字符串数组");
            return [.. v.EnumerateArray().Select((s, i) => s.ValueKind == JsonValueKind.String && s.GetString() is { Length: > 0 } t
                ? t : throw Fail($"{Path(at, name)}[{i}]", "应为非空字符串"))];
        }

        public int Int(JsonElement e, string name, string at, int min, int max)
        {
            if (!e.TryGetProperty(name, out var v)) throw Fail(Path(at, name), "缺少此字段");
            return v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int n) && n >= min && n <= max
                ? n
                : throw Fail(Path(at, name), $"应为 {min} 到 {max} 之间的整数");
        }
    }
}
