using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace Jixiao.Catalogs;

/// <summary>
/// The catalogs of every year known: the years shipped inside the product (<c>Catalogs/Data/&lt;year&gt;/</c>) and those a
/// user folder adds or replaces (docs/catalogs.md). A year folder holds either the whole year (four lists and an optional
/// <c>year.json</c>) or a <c>changes.json</c>: the codes added, renamed and removed against a base year. Everything is read
/// and checked when the library is built; a file that cannot be used is a <see cref="CatalogDataException"/> naming it.
/// </summary>
public sealed class CatalogLibrary
{
    /// <summary>The file of a year given as changes against a base year.</summary>
    public const string ChangesFile = "changes.json";

    /// <summary>The optional file of a whole year that says whether it is confirmed and from what.</summary>
    public const string AboutFile = "year.json";

    /// <summary>The files of a whole year.</summary>
    public static readonly IReadOnlyList<string> WholeYearFiles =
        ["functional.json", "economic-departmental.json", "economic-government.json", "expenditure-classes.json"];

    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private static readonly ListKind[] Lists =
    [
        new("functional", "支出功能分类科目", '2', [3, 5, 7]),
        new("economic-departmental", "部门预算支出经济分类科目", '3', [3, 5]),
        new("economic-government", "政府预算支出经济分类科目", '5', [3, 5]),
    ];

    private const string Classes = "expenditure-classes";

    private readonly FrozenDictionary<int, CatalogSet> _sets;
    private readonly IReadOnlyList<CatalogYearFiles> _extra;

    /// <summary>The shipped years and, over them, <paramref name="extra"/> (a user folder's years; one of the same year replaces the shipped one).</summary>
    public CatalogLibrary(IEnumerable<CatalogYearFiles> extra)
    {
        ArgumentNullException.ThrowIfNull(extra);
        _extra = extra.ToArray();
        var shipped = ShippedFiles().ToDictionary(f => f.Year);
        var user = new Dictionary<int, CatalogYearFiles>();
        foreach (var f in _extra)
            if (!user.TryAdd(f.Year, f)) throw new CatalogDataException(f.Origin, $"{f.Year} 年的目录给了两次（另见 {user[f.Year].Origin}）");
        var loader = new Loader(shipped, user);
        _sets = shipped.Keys.Union(user.Keys).ToFrozenDictionary(y => y, y => loader.Resolve(y, user.ContainsKey(y)));
        Years = _sets.Keys.Order().ToArray();
        var confirmed = Years.Where(y => _sets[y].Confirmed).ToArray();
        LatestConfirmedYear = confirmed.Length > 0 ? confirmed[^1] : Years[^1];
    }

    /// <summary>Every year with a catalog, in order.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The latest confirmed year (the latest year when none is): what a document of unknown year is checked against.</summary>
    public int LatestConfirmedYear { get; }

    /// <summary>The catalogs of exactly <paramref name="year"/>; null when there are none.</summary>
    public CatalogSet? Find(int year) => _sets.GetValueOrDefault(year);

    /// <summary>
    /// The catalogs of <paramref name="year"/>; for a year without catalogs, those of the nearest earlier year (else the
    /// earliest), standing in unconfirmed.
    /// </summary>
    public CatalogSet Nearest(int year)
    {
        if (_sets.TryGetValue(year, out var exact)) return exact;
        int pick = Years.Where(y => y <= year).DefaultIfEmpty(Years[0]).Max();
        return _sets[pick].AsStandIn();
    }

    internal bool SameExtra(IReadOnlyList<CatalogYearFiles> other) =>
        other.Count == _extra.Count && other.Zip(_extra).All(p =>
            p.First.Year == p.Second.Year && p.First.Origin == p.Second.Origin && p.First.Files.Count == p.Second.Files.Count
            && p.First.Files.All(kv => p.Second.Files.TryGetValue(kv.Key, out var t) && t == kv.Value));

    /// <summary>The folders shipped inside the product, as files.</summary>
    public static IReadOnlyList<CatalogYearFiles> ShippedFiles()
    {
        const string prefix = "Jixiao.Catalogs.Data.";
        return EmbeddedData.Names(prefix)
            .Where(n => n.EndsWith(".json", StringComparison.Ordinal))
            .GroupBy(n => int.Parse(n.AsSpan(prefix.Length, 4), provider: CultureInfo.InvariantCulture))
            .OrderBy(g => g.Key)
            .Select(g => new CatalogYearFiles(g.Key, $"内置目录 Catalogs/Data/{g.Key}",
                g.ToDictionary(n => n[(prefix.Length + 5)..], EmbeddedData.ReadText, StringComparer.Ordinal)))
            .ToArray();
    }

    private sealed record ListKind(string File, string Name, char Lead, int[] Lengths);

    /// <summary>Builds each year once, following base years (a user year may build on the shipped one of the same year).</summary>
    private sealed class Loader(Dictionary<int, CatalogYearFiles> shipped, Dictionary<int, CatalogYearFiles> user)
    {
        private readonly Dictionary<(int, bool), CatalogSet> _done = [];
        private readonly HashSet<(int, bool)> _visiting = [];

        public CatalogSet Resolve(int year, bool fromUser)
        {
            var key = (year, fromUser);
            if (_done.TryGetValue(key, out var done)) return done;
            var files = fromUser ? user[year] : shipped[year];
            if (!_visiting.Add(key))
                throw new CatalogDataException(files.PathOf(ChangesFile), "base 循环引用：基础年度最终又指回本年度");
            var set = files.Files.ContainsKey(ChangesFile) ? ReadChanges(files, fromUser) : ReadWhole(files);
            _visiting.Remove(key);
            return _done[key] = set;
        }

        private CatalogSet ReadChanges(CatalogYearFiles f, bool fromUser)
        {
            string path = f.PathOf(ChangesFile);
            if (WholeYearFiles.FirstOrDefault(f.Files.ContainsKey) is { } whole)
                throw new CatalogDataException(path, $"同一文件夹里还有 {whole}：一个年度或给完整目录，或给 changes.json，只能二选一");
            using var doc = Parse(f, ChangesFile);
            var root = doc.RootElement;
            Expect(root, JsonValueKind.Object, path, "文件");
            Known(root, path, "", "year", "base", "confirmed", "sources", "note", "functional", "economic-departmental", "economic-government", Classes);
            CheckYear(root, f, path);
            if (!root.TryGetProperty("base", out var b) || b.ValueKind != JsonValueKind.Number || !b.TryGetInt32(out int baseYear))
                throw new CatalogDataException(path, "缺少 base（基础年度，如 \"base\": 2023）");
            CatalogSet from;
            if (baseYear == f.Year)
            {
                if (!fromUser || !shipped.ContainsKey(baseYear))
                    throw new CatalogDataException(path, $"base 为本年度 {baseYear}，但没有内置的 {baseYear} 年目录可作基础");
                from = Resolve(baseYear, false);
            }
            else if (user.ContainsKey(baseYear) || shipped.ContainsKey(baseYear))
                from = Resolve(baseYear, user.ContainsKey(baseYear));
            else
                throw new CatalogDataException(path,
                    $"基础年度 {baseYear} 没有科目目录（现有：{string.Join("、", shipped.Keys.Union(user.Keys).Order())}）");

            var lists = new Classification[Lists.Length];
            var current = new[] { from.Functional, from.DepartmentalEconomic, from.GovernmentEconomic };
            for (int k = 0; k < Lists.Length; k++) lists[k] = Change(current[k], root, Lists[k], f.Year, path);
            var classes = ChangeClasses(from.ExpenditureClasses, root, path);
            var set = new CatalogSet(f.Year, lists[0], lists[1], lists[2], classes)
            {
                Confirmed = Bool(root, "confirmed", false, path),
                BaseYear = baseYear,
                Sources = Sources(root, path),
                Origin = f.Origin,
            };
            Validate(set, path, path);
            return set;
        }

        private static CatalogSet ReadWhole(CatalogYearFiles f)
        {
            if (WholeYearFiles.FirstOrDefault(n => !f.Files.ContainsKey(n)) is { } missing)
                throw new CatalogDataException(f.PathOf(missing),
                    $"文件不存在：完整的年度目录需要 {string.Join("、", WholeYearFiles)} 四个文件（或改用 {ChangesFile} 列出对基础年度的改动）");
            if (f.Files.Keys.FirstOrDefault(n => n != AboutFile && !WholeYearFiles.Contains(n)) is { } unknown)
                throw new CatalogDataException(f.PathOf(unknown),
                    $"不认识的文件（年度文件夹里只能有 {string.Join("、", WholeYearFiles)}、{AboutFile}，或 {ChangesFile}）");
            var lists = Lists.Select(k => new Classification(k.Name, f.Year, ReadItems(f, k))).ToArray();
            var classes = ReadClasses(f);
            bool confirmed = true;
            IReadOnlyList<CatalogSource> sources = [];
            if (f.Files.ContainsKey(AboutFile))
            {
                string path = f.PathOf(AboutFile);
                using var about = Parse(f, AboutFile);
                Expect(about.RootElement, JsonValueKind.Object, path, "文件");
                Known(about.RootElement, path, "", "year", "confirmed", "sources", "note", "complete");
                CheckYear(about.RootElement, f, path);
                confirmed = Bool(about.RootElement, "confirmed", true, path);
                sources = Sources(about.RootElement, path);
                if (about.RootElement.TryGetProperty("complete", out var complete))
                {
                    Expect(complete, JsonValueKind.Object, path, "complete");
                    for (int k = 0; k < Lists.Length; k++)
                    {
                        if (!complete.TryGetProperty(Lists[k].File, out var parents)) continue;
                        Expect(parents, JsonValueKind.Array, path, $"complete.{Lists[k].File}");
                        var parentSet = new HashSet<string>(StringComparer.Ordinal);
                        foreach (var pe in parents.EnumerateArray())
                        {
                            var code = pe.ValueKind == JsonValueKind.String ? pe.GetString()! : "";
                            if (code != "*" && !lists[k].Contains(code))
                                throw new CatalogDataException(path, $"complete.{Lists[k].File} 列出的 {code} 不在该目录中");
                            parentSet.Add(code);
                        }
                        lists[k] = new Classification(lists[k].Name, lists[k].Year, lists[k].Entries) { CompleteUnder = parentSet };
                    }
                }
            }
            var set = new CatalogSet(f.Year, lists[0], lists[1], lists[2], classes)
            {
                Confirmed = confirmed, Sources = sources, Origin = f.Origin,
            };
            Validate(set, f.PathOf("economic-departmental.json"), f.PathOf("expenditure-classes.json"));
            return set;
        }

        private static List<CatalogEntry> ReadItems(CatalogYearFiles f, ListKind kind)
        {
            string file = kind.File + ".json", path = f.PathOf(file);
            using var doc = Parse(f, file);
            CheckYear(doc.RootElement, f, path);
            var list = new List<CatalogEntry>();
            var seen = new HashSet<string>(StringComparer.Ordinal);
            int i = 0;
            foreach (var item in Items(doc.RootElement, path))
            {
                var entry = ReadEntry(item, kind, path, $"items[{i++}]");
                if (!seen.Add(entry.Code)) throw new CatalogDataException(path, $"编码 {entry.Code} 出现了两次");
                list.Add(entry);
            }
            foreach (var e in list)
                if (e.Code.Length > 3 && !seen.Contains(e.Code[..^2]))
                    throw new CatalogDataException(path, $"编码 {e.Code} 的上级 {e.Code[..^2]} 不在目录中");
            return list;
        }

        private static List<ExpenditureClass> ReadClasses(CatalogYearFiles f)
        {
            string file = Classes + ".json", path = f.PathOf(file);
            using var doc = Parse(f, file);
            CheckYear(doc.RootElement, f, path);
            var list = new List<ExpenditureClass>();
            int i = 0;
            foreach (var item in Items(doc.RootElement, path))
            {
                string where = $"items[{i++}]";
                Expect(item, JsonValueKind.Object, path, where);
                int order = item.TryGetProperty("order", out var o) && o.TryGetInt32(out int n) ? n : i;
                string numeral = item.TryGetProperty("numeral", out var nm) && nm.ValueKind == JsonValueKind.String ? nm.GetString()! : ChineseNumerals.Of(order);
                list.Add(new ExpenditureClass(order, numeral, Code(item, path, where, Lists[0], classOnly: true), Text(item, "name", path, where),
                    Strings(item, "aliases", path, where) ?? []));
            }
            return list.OrderBy(c => c.Order).ToList();
        }

        private static Classification Change(Classification from, JsonElement root, ListKind kind, int year, string path)
        {
            var entries = from.Entries.ToDictionary(e => e.Code, StringComparer.Ordinal);
            if (root.TryGetProperty(kind.File, out var section))
            {
                Expect(section, JsonValueKind.Object, path, kind.File);
                Known(section, path, kind.File + ".", "add", "rename", "remove");
                int i = 0;
                foreach (var r in Array(section, "remove", path, kind.File))
                {
                    string where = $"{kind.File}.remove[{i++}]";
                    if (r.ValueKind != JsonValueKind.String || r.GetString() is not { Length: > 0 } code)
                        throw new CatalogDataException(path, $"{where} 应为编码字符串");
                    if (!entries.ContainsKey(code))
                        throw new CatalogDataException(path, $"{where}：要删除的编码 {code} 不在基础年度的{kind.Name}中");
                    foreach (var c in entries.Keys.Where(c => c.StartsWith(code, StringComparison.Ordinal)).ToArray()) entries.Remove(c);
                }
                i = 0;
                foreach (var r in Array(section, "rename", path, kind.File))
                {
                    string where = $"{kind.File}.rename[{i++}]";
                    Expect(r, JsonValueKind.Object, path, where);
                    Known(r, path, where + ".", "code", "name", "aliases");
                    string code = Text(r, "code", path, where);
                    if (!entries.TryGetValue(code, out var old))
                        throw new CatalogDataException(path, $"{where}：要改名的编码 {code} 不在基础年度的{kind.Name}中（新增请写在 add 中）");
                    entries[code] = old with { Name = Text(r, "name", path, where), Aliases = Strings(r, "aliases", path, where) ?? old.Aliases };
                }
                i = 0;
                var added = new List<(CatalogEntry Entry, string Where)>();
                foreach (var a in Array(section, "add", path, kind.File))
                {
                    string where = $"{kind.File}.add[{i++}]";
                    var entry = ReadEntry(a, kind, path, where);
                    if (entries.ContainsKey(entry.Code))
                        throw new CatalogDataException(path, $"{where}：编码 {entry.Code} 已在基础年度的{kind.Name}中（改名请写在 rename 中）");
                    entries[entry.Code] = entry;
                    added.Add((entry, where));
                }
                foreach (var (entry, where) in added)
                    if (entry.Code.Length > 3 && !entries.ContainsKey(entry.Code[..^2]))
                        throw new CatalogDataException(path, $"{where}：编码 {entry.Code} 的上级 {entry.Code[..^2]} 不在目录中（先新增上级）");
            }
            return new Classification(kind.Name, year, entries.Values) { CompleteUnder = from.CompleteUnder };
        }

        private static List<ExpenditureClass> ChangeClasses(IReadOnlyList<ExpenditureClass> from, JsonElement root, string path)
        {
            var list = from.Select(c => (c.Code, c.Name, c.Aliases)).ToList();
            if (root.TryGetProperty(Classes, out var section))
            {
                Expect(section, JsonValueKind.Object, path, Classes);
                Known(section, path, Classes + ".", "add", "rename", "remove");
                int i = 0;
                foreach (var r in Array(section, "remove", path, Classes))
                {
                    string where = $"{Classes}.remove[{i++}]";
                    string? code = r.ValueKind == JsonValueKind.String ? r.GetString() : null;
                    int at = list.FindIndex(c => c.Code == code);
                    if (at < 0) throw new CatalogDataException(path, $"{where}：要删除的类 {code} 不在基础年度的收支总表类中");
                    list.RemoveAt(at);
                }
                i = 0;
                foreach (var r in Array(section, "rename", path, Classes))
                {
                    string where = $"{Classes}.rename[{i++}]";
                    Expect(r, JsonValueKind.Object, path, where);
                    Known(r, path, where + ".", "code", "name", "aliases");
                    string code = Text(r, "code", path, where);
                    int at = list.FindIndex(c => c.Code == code);
                    if (at < 0) throw new CatalogDataException(path, $"{where}：要改名的类 {code} 不在基础年度的收支总表类中");
                    list[at] = (code, Text(r, "name", path, where), Strings(r, "aliases", path, where) ?? list[at].Aliases);
                }
                i = 0;
                foreach (var a in Array(section, "add", path, Classes))
                {
                    string where = $"{Classes}.add[{i++}]";
                    Expect(a, JsonValueKind.Object, path, where);
                    Known(a, path, where + ".", "code", "name", "aliases", "after");
                    string code = Code(a, path, where, Lists[0], classOnly: true);
                    if (list.Any(c => c.Code == code)) throw new CatalogDataException(path, $"{where}：类 {code} 已在基础年度的收支总表类中");
                    var item = (code, Text(a, "name", path, where), Strings(a, "aliases", path, where) ?? (IReadOnlyList<string>)[]);
                    if (a.TryGetProperty("after", out var after))
                    {
                        int at = list.FindIndex(c => c.Code == after.GetString());
                        if (at < 0) throw new CatalogDataException(path, $"{where}：after 所指的类 {after} 不在收支总表类中");
                        list.Insert(at + 1, item);
                    }
                    else list.Add(item);
                }
            }
            return list.Select((c, i) => new ExpenditureClass(i + 1, ChineseNumerals.Of(i + 1), c.Code, c.Name, c.Aliases)).ToList();
        }

        /// <summary>The lists fit together: the 对照表 maps to government codes that exist, and every 收支总表 类 is a functional 类.</summary>
        private static void Validate(CatalogSet set, string mappingFile, string classesFile)
        {
            foreach (var e in set.DepartmentalEconomic.Entries)
            foreach (var (nature, target) in e.Government)
                if (!set.GovernmentEconomic.Contains(target))
                    throw new CatalogDataException(mappingFile,
                        $"{e.Code} {e.Name}（{nature.ToChinese()}）对应的政府预算支出经济分类 {target} 不在{set.Year}年政府预算支出经济分类科目中");
            foreach (var c in set.ExpenditureClasses)
                if (!set.Functional.Contains(c.Code))
                    throw new CatalogDataException(classesFile, $"收支总表的类 {c.Code} {c.Name} 不在{set.Year}年支出功能分类科目中");
        }

        private static CatalogEntry ReadEntry(JsonElement item, ListKind kind, string path, string where)
        {
            Expect(item, JsonValueKind.Object, path, where);
            Known(item, path, where + ".", "code", "name", "aliases", "government", "note");
            var gov = new Dictionary<UnitNature, string>();
            if (item.TryGetProperty("government", out var g))
            {
                if (kind.File != "economic-departmental") throw new CatalogDataException(path, $"{where}.government 只用于部门预算支出经济分类");
                Expect(g, JsonValueKind.Object, path, where + ".government");
                foreach (var p in g.EnumerateObject())
                {
                    if (!UnitNatures.TryParse(p.Name, out var nature))
                        throw new CatalogDataException(path, $"{where}.government 的“{p.Name}”不是单位性质（应为 行政 或 事业）");
                    if (p.Value.GetString() is { Length: > 0 } target) gov[nature] = target;
                }
            }
            return new CatalogEntry(Code(item, path, where, kind, classOnly: false), Text(item, "name", path, where), Strings(item, "aliases", path, where) ?? [])
            {
                Government = gov,
            };
        }

        private static string Code(JsonElement item, string path, string where, ListKind kind, bool classOnly)
        {
            string code = Text(item, "code", path, where);
            int[] lengths = classOnly ? [3] : kind.Lengths;
            if (!code.All(char.IsAsciiDigit) || !lengths.Contains(code.Length) || code[0] != kind.Lead)
                throw new CatalogDataException(path,
                    $"{where}.code“{code}”不是{(classOnly ? "功能分类的类" : kind.Name)}编码（应为以 {kind.Lead} 开头的 {string.Join("、", lengths)} 位数字）");
            return code;
        }

        private static void CheckYear(JsonElement root, CatalogYearFiles f, string path)
        {
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("year", out var y) && (!y.TryGetInt32(out int v) || v != f.Year))
                throw new CatalogDataException(path, $"year 为 {y}，与文件夹的年度 {f.Year} 不符");
        }

        private static IReadOnlyList<CatalogSource> Sources(JsonElement root, string path)
        {
            var list = new List<CatalogSource>();
            int i = 0;
            foreach (var s in Array(root, "sources", path, ""))
            {
                string where = $"sources[{i++}]";
                Expect(s, JsonValueKind.Object, path, where);
                list.Add(new CatalogSource(Text(s, "document", path, where), Text(s, "established", path, where)));
            }
            return list;
        }
    }

    private static JsonDocument Parse(CatalogYearFiles f, string file)
    {
        try { return JsonDocument.Parse(f.Files[file], Options); }
        catch (JsonException e)
        {
            throw new CatalogDataException(f.PathOf(file), $"不是有效的 JSON（第 {e.LineNumber + 1} 行第 {e.BytePositionInLine + 1} 个字节附近）");
        }
    }

    private static JsonElement.ArrayEnumerator Items(JsonElement root, string path)
    {
        Expect(root, JsonValueKind.Object, path, "文件");
        if (!root.TryGetProperty("items", out var items) || items.ValueKind != JsonValueKind.Array)
            throw new CatalogDataException(path, "缺少 items 数组");
        return items.EnumerateArray();
    }

    private static IEnumerable<JsonElement> Array(JsonElement owner, string property, string path, string where)
    {
        if (!owner.TryGetProperty(property, out var a)) return [];
        if (a.ValueKind != JsonValueKind.Array)
            throw new CatalogDataException(path, $"{(where.Length > 0 ? where + "." : "")}{property} 应为数组");
        return a.EnumerateArray().ToArray();
    }

    private static void Expect(JsonElement e, JsonValueKind kind, string path, string where)
    {
        if (e.ValueKind != kind)
            throw new CatalogDataException(path, $"{where} 应为{(kind == JsonValueKind.Object ? "对象（{…}）" : "数组")}");
    }

    private static void Known(JsonElement e, string path, string prefix, params string[] names)
    {
        foreach (var p in e.EnumerateObject())
            if (!names.Contains(p.Name))
                throw new CatalogDataException(path, $"不认识的字段“{prefix}{p.Name}”（可用：{string.Join("、", names)}）");
    }

    private static string Text(JsonElement e, string property, string path, string where)
    {
        if (e.TryGetProperty(property, out var v) && v.ValueKind == JsonValueKind.String && v.GetString()!.Trim() is { Length: > 0 } s) return s;
        throw new CatalogDataException(path, $"{where} 缺少 {property}（非空字符串）");
    }

    private static IReadOnlyList<string>? Strings(JsonElement e, string property, string path, string where)
    {
        if (!e.TryGetProperty(property, out var a)) return null;
        if (a.ValueKind != JsonValueKind.Array || a.EnumerateArray().Any(x => x.ValueKind != JsonValueKind.String))
            throw new CatalogDataException(path, $"{where}.{property} 应为字符串数组");
        return a.EnumerateArray().Select(x => x.GetString()!).ToArray();
    }

    private static bool Bool(JsonElement e, string property, bool absent, string path)
    {
        if (!e.TryGetProperty(property, out var v)) return absent;
        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new CatalogDataException(path, $"{property} 应为 true 或 false"),
        };
    }
}
