using System.Collections.Concurrent;
using System.Text.Json;
using Jixiao.Catalogs;
using Jixiao.Disclosures;
using Jixiao.Money;
using Jixiao.Tables;

namespace Jixiao.Rules.Text;

/// <summary>
/// The vocabulary that ties the labels of the explanations to table figures (<c>Rules/Data/text-labels.json</c>, which a
/// province extends), plus the names of the year's catalogs (expenditure 类, departmental economic and functional
/// codes). A label resolves to the longest name it ends with, after trailing words such as 预算安排 or 为 are dropped.
/// </summary>
public sealed class TextLabels
{
    private const string ResourceName = "Jixiao.Rules.Data.text-labels.json";
    private static readonly Lazy<TextLabels> Shipped = new(() =>
    {
        using var doc = EmbeddedData.OpenJson(ResourceName);
        return Parse(doc.RootElement);
    });

    private readonly Dictionary<string, FigureDef> _figures;
    private readonly Dictionary<LabelTargetKind, FigureDef> _catalogs;
    private readonly Dictionary<string, List<LabelTarget>> _names;
    private readonly string[] _trailing;
    private readonly string[] _qualifiers;
    private readonly Dictionary<string, string> _columnWithin;
    private readonly ConcurrentDictionary<int, Dictionary<string, List<LabelTarget>>> _catalogNames = new();

    private sealed record FigureDef(IReadOnlyList<string> Cells, IReadOnlyList<string> Within, string? ShareOf, string? Context);

    private TextLabels(Dictionary<string, FigureDef> figures, Dictionary<LabelTargetKind, FigureDef> catalogs,
        Dictionary<string, List<LabelTarget>> names, string[] trailing, string[] qualifiers, Dictionary<string, string> columnWithin)
    {
        _figures = figures;
        _catalogs = catalogs;
        _names = names;
        _trailing = trailing.OrderBy(t => t.Length).ToArray(); // shortest first: “…支出预算为” loses “为”, not “预算为”
        _qualifiers = qualifiers.OrderByDescending(t => t.Length).ToArray();
        _columnWithin = columnWithin;
    }

    /// <summary>The vocabulary shipped with Jixiao.</summary>
    public static TextLabels Default => Shipped.Value;

    /// <summary>Reads a vocabulary in the format of <c>Rules/Data/text-labels.json</c>.</summary>
    public static TextLabels Parse(JsonElement root)
    {
        var figures = new Dictionary<string, FigureDef>(StringComparer.Ordinal);
        foreach (var p in root.GetProperty("figures").EnumerateObject()) figures[p.Name] = ReadDef(p.Value);
        var catalogs = new Dictionary<LabelTargetKind, FigureDef>();
        var columnWithin = new Dictionary<string, string>(StringComparer.Ordinal);
        if (root.TryGetProperty("catalogs", out var cats))
        {
            foreach (var p in cats.EnumerateObject())
            {
                var kind = p.Name switch
                {
                    "classes" => LabelTargetKind.Class,
                    "economic" => LabelTargetKind.Economic,
                    "functional" => LabelTargetKind.Functional,
                    _ => throw new FormatException($"text-labels.json：未知的目录“{p.Name}”"),
                };
                catalogs[kind] = ReadDef(p.Value);
                if (kind == LabelTargetKind.Economic && p.Value.TryGetProperty("columnWithin", out var cw))
                    foreach (var c in cw.EnumerateObject()) columnWithin[c.Name] = c.Value.GetString()!;
            }
        }
        var names = new Dictionary<string, List<LabelTarget>>(StringComparer.Ordinal);
        foreach (var e in root.GetProperty("labels").EnumerateArray())
        {
            var context = e.TryGetProperty("context", out var cx) ? cx.GetString() : null;
            bool exact = e.TryGetProperty("exact", out var ex) && ex.GetBoolean();
            LabelTarget target;
            if (e.TryGetProperty("skip", out var sk) && sk.GetBoolean()) target = new LabelTarget(LabelTargetKind.Skip, "", context);
            else if (e.TryGetProperty("figure", out var f))
            {
                var key = f.GetString()!;
                if (!figures.ContainsKey(key)) throw new FormatException($"text-labels.json：标签指向未定义的数“{key}”");
                target = new LabelTarget(LabelTargetKind.Figure, key, context, exact);
            }
            else if (e.TryGetProperty("economic", out var ec)) target = new LabelTarget(LabelTargetKind.Economic, ec.GetString()!, context, exact);
            else if (e.TryGetProperty("class", out var cl)) target = new LabelTarget(LabelTargetKind.Class, cl.GetString()!, context, exact);
            else if (e.TryGetProperty("functional", out var fu)) target = new LabelTarget(LabelTargetKind.Functional, fu.GetString()!, context, exact);
            else throw new FormatException("text-labels.json：标签缺少 figure / economic / class / functional / skip");
            foreach (var n in e.GetProperty("names").EnumerateArray())
            {
                var k = StatementParser.Key(n.GetString()!);
                if (!names.TryGetValue(k, out var list)) names[k] = list = [];
                if (!list.Contains(target)) list.Add(target);
            }
        }
        return new TextLabels(figures, catalogs, names, Strings(root, "trailing"), Strings(root, "qualifiers"), columnWithin);
    }

    /// <summary>The figure keys of the vocabulary.</summary>
    public IEnumerable<string> FigureKeys => _figures.Keys;

    /// <summary>The names the vocabulary itself lists (catalog names come on top).</summary>
    public IEnumerable<string> Names => _names.Keys;

    /// <summary>
    /// Resolves a label: the longest name it ends with (at least two characters), dropping trailing words (预算安排, 为 …)
    /// until one is found; null when none is. Names of the vocabulary take precedence over catalog names.
    /// </summary>
    public LabelMatch? Resolve(string label, CatalogSet? catalogs)
    {
        var k = StatementParser.Key(label);
        for (int attempt = 0; attempt < 6 && k.Length >= 2; attempt++)
        {
            if (Longest(k, catalogs) is { } m) return m;
            var strip = _trailing.FirstOrDefault(t => k.Length > t.Length && k.EndsWith(t, StringComparison.Ordinal));
            if (strip is null) return null;
            k = k[..^strip.Length];
        }
        return null;
    }

    private LabelMatch? Longest(string k, CatalogSet? catalogs)
    {
        var catalogNames = catalogs is null ? null : _catalogNames.GetOrAdd(catalogs.Year, _ => CatalogNames(catalogs));
        for (int i = 0; i + 2 <= k.Length; i++)
        {
            var suffix = k[i..];
            var prefix = k[..i];
            if (_names.TryGetValue(suffix, out var own))
            {
                var ok = own.Where(t => !t.Exact || QualifiersOnly(prefix)).ToArray();
                if (ok.Length > 0) return new LabelMatch(suffix, prefix, ok);
                continue;
            }
            if (catalogNames is not null && catalogNames.TryGetValue(suffix, out var fromCatalog))
                return new LabelMatch(suffix, prefix, fromCatalog);
        }
        return null;
    }

    private bool QualifiersOnly(string prefix)
    {
        var p = RemoveYears(prefix);
        bool changed = true;
        while (p.Length > 0 && changed)
        {
            changed = false;
            foreach (var q in _qualifiers)
                if (p.StartsWith(q, StringComparison.Ordinal)) { p = p[q.Length..]; changed = true; break; }
        }
        return p.Length == 0;
    }

    private static string RemoveYears(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        for (int i = 0; i < s.Length; i++)
        {
            if (i + 5 <= s.Length && char.IsAsciiDigit(s[i]) && char.IsAsciiDigit(s[i + 1]) && char.IsAsciiDigit(s[i + 2]) && char.IsAsciiDigit(s[i + 3]) && s[i + 4] == '年')
            {
                i += 4;
                if (i + 1 < s.Length && s[i + 1] == '度') i++;
                continue;
            }
            sb.Append(s[i]);
        }
        return sb.ToString();
    }

    private static Dictionary<string, List<LabelTarget>> CatalogNames(CatalogSet cat)
    {
        var d = new Dictionary<string, List<LabelTarget>>(StringComparer.Ordinal);
        void Add(string name, LabelTarget t)
        {
            var k = StatementParser.Key(name);
            if (k.Length < 2) return;
            if (!d.TryGetValue(k, out var list)) d[k] = list = [];
            if (!list.Contains(t)) list.Add(t);
        }
        foreach (var c in cat.ExpenditureClasses)
        foreach (var n in c.Aliases.Prepend(c.Name)) Add(n, new LabelTarget(LabelTargetKind.Class, c.Code));
        foreach (var e in cat.DepartmentalEconomic.Entries)
        foreach (var n in e.Aliases.Prepend(e.Name)) Add(n, new LabelTarget(LabelTargetKind.Economic, e.Code));
        foreach (var e in cat.Functional.Entries)
        foreach (var n in e.Aliases.Prepend(e.Name)) Add(n, new LabelTarget(LabelTargetKind.Functional, e.Code));
        return d;
    }

    // ---- figures ----

    /// <summary>The context a total gives to the parts listed under it (三公, 运行经费, 收入, 支出), if any.</summary>
    public string? ContextOf(LabelTarget target) =>
        target.Kind == LabelTargetKind.Figure && _figures.TryGetValue(target.Key, out var f) ? f.Context : null;

    /// <summary>What a share of <paramref name="target"/> is taken of when the sentence does not say (基本支出 → 支出合计).</summary>
    public LabelTarget? ShareBaseOf(LabelTarget target)
    {
        var def = Def(target);
        return def?.ShareOf is { } key ? new LabelTarget(LabelTargetKind.Figure, key) : null;
    }

    /// <summary>
    /// The table figures <paramref name="target"/> stands for in <paramref name="d"/>: every listed cell whose table the
    /// document has (a catalog row the table does not print counts as zero). Empty when no such table is there.
    /// </summary>
    public IReadOnlyList<TableFigure> Figures(LabelTarget target, Disclosure d)
    {
        var def = Def(target);
        if (def is null) return [];
        var list = new List<TableFigure>();
        foreach (var cell in def.Cells)
        {
            var f = ResolveCell(cell.Replace("{code}", target.Key, StringComparison.Ordinal), d);
            if (f is not null && !list.Any(x => x.Cell == f.Cell)) list.Add(f);
        }
        return list;
    }

    /// <summary>
    /// True when the money <paramref name="a"/> names is part of (or the same as) what <paramref name="b"/> names, judged
    /// from the vocabulary's <c>within</c>, the code hierarchy, and the tables (an economic row whose whole amount stands
    /// in the 人员经费 column is within 人员经费; two labels of the same cell are the same money).
    /// </summary>
    public bool Within(LabelTarget a, LabelTarget b, Disclosure d)
    {
        if (a.Id == b.Id) return true;
        var seen = new HashSet<string>(StringComparer.Ordinal) { a.Id };
        var queue = new Queue<string>();
        queue.Enqueue(a.Id);
        while (queue.Count > 0)
        {
            var id = queue.Dequeue();
            foreach (var p in ParentsOf(id, d))
            {
                if (p == b.Id) return true;
                if (seen.Add(p)) queue.Enqueue(p);
            }
        }
        var fa = Figures(a, d);
        var fb = Figures(b, d);
        return fa.Count > 0 && fa.All(x => fb.Any(y => y.Cell == x.Cell));
    }

    private IEnumerable<string> ParentsOf(string id, Disclosure d)
    {
        int colon = id.IndexOf(':');
        var kind = id[..colon];
        var key = id[(colon + 1)..];
        switch (kind)
        {
            case "fig":
                if (_figures.TryGetValue(key, out var f)) foreach (var w in f.Within) yield return "fig:" + w;
                break;
            case "class":
                foreach (var w in CatalogWithin(LabelTargetKind.Class)) yield return w;
                break;
            case "functional":
                if (key.Length > 3) yield return "functional:" + key[..(key.Length - 2)];
                if (key.Length >= 3) yield return "class:" + key[..3];
                foreach (var w in CatalogWithin(LabelTargetKind.Functional)) yield return w;
                break;
            case "economic":
                if (key.Length > 3) yield return "economic:" + key[..3];
                foreach (var w in CatalogWithin(LabelTargetKind.Economic)) yield return w;
                foreach (var w in ColumnWithin(key, d)) yield return w;
                break;
        }
    }

    private IEnumerable<string> CatalogWithin(LabelTargetKind kind) =>
        _catalogs.TryGetValue(kind, out var def) ? def.Within.Select(w => "fig:" + w) : [];

    // An economic row whose amount stands wholly in one column (人员经费 / 公用经费) is within that figure.
    private IEnumerable<string> ColumnWithin(string code, Disclosure d)
    {
        if (!_catalogs.TryGetValue(LabelTargetKind.Economic, out var def) || def.Cells.Count == 0) yield break;
        var parts = def.Cells[0].Split('/');
        if (parts.Length != 4) yield break;
        var part = d.Table(parts[0])?.Part(parts[1]);
        var row = part?.Row(code);
        if (part is null || row is null) yield break;
        int total = part.Template.ColumnIndex(parts[3]);
        if (total < 0 || row.Values[total] is not { } t || t.Value == 0m) yield break;
        foreach (var (column, figure) in _columnWithin)
        {
            int c = part.Template.ColumnIndex(column);
            if (c >= 0 && part.ColumnPresent[c] && row.Values[c] is { } v && FigureComparison.Compare(v, t) != Consistency.Inconsistent)
                yield return "fig:" + figure;
        }
    }

    private FigureDef? Def(LabelTarget target) => target.Kind switch
    {
        LabelTargetKind.Figure => _figures.GetValueOrDefault(target.Key),
        LabelTargetKind.Skip => null,
        _ => _catalogs.GetValueOrDefault(target.Kind),
    };

    private static TableFigure? ResolveCell(string cell, Disclosure d)
    {
        var p = cell.Split('/');
        if (p.Length != 4) return null;
        var table = d.Table(p[0]);
        var part = table?.Part(p[1]);
        if (table is null || part is null) return null;
        int col = part.Template.ColumnIndex(p[3]);
        if (col < 0 || !part.ColumnPresent[col]) return null;
        var label = part.Template.Columns[col].LabelFor(d.Year?.Value);
        var row = part.Row(p[2]);
        if (row is not null)
            return row.Values[col] is { } v ? new TableFigure(InWanYuan(v, table), table, row, p[2], label, cell) : null;
        // The 30 expenditure 类 are printed even when empty: an absent one is zero. An absent economic or functional code
        // is not: the table may cover only part of the money (表6 is 基本支出 only), so the text may mean other money.
        bool coded = p[2].Length == 3 && p[2].All(char.IsAsciiDigit) && part.Template.RowSource is RowSourceKind.Classes;
        if (!coded || part.Rows.Count == 0) return null;
        return new TableFigure(table.Exact ? Figure.Exact(0m) : Figure.Printed(0m, 2), table, null, p[2], label, cell);
    }

    // Sentences state 万元 (the scanner converts 元 and 亿元); a table printed in 元 is brought to 万元, precision and all.
    private static Figure InWanYuan(Figure v, DisclosureTable table) =>
        table.Unit == "元" ? new Figure(v.Value / 10_000m, v.HalfWidth / 10_000m) : v;

    private static FigureDef ReadDef(JsonElement e) => new(
        Strings(e, "cells"),
        Strings(e, "within"),
        e.TryGetProperty("shareOf", out var s) ? s.GetString() : null,
        e.TryGetProperty("context", out var c) ? c.GetString() : null);

    private static string[] Strings(JsonElement e, string name) =>
        e.TryGetProperty(name, out var a) && a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(x => x.GetString()!).ToArray() : [];
}
