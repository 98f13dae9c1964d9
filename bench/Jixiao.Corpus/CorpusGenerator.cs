using System.Globalization;
using System.Text;
using Jixiao.Budget;
using Jixiao.Disclosures;
using Jixiao.Documents.Corpus;
using Jixiao.Documents.Html;
using Jixiao.Documents.Text;
using Jixiao.Documents.Xlsx;
using Jixiao.Money;
using Jixiao.Rules;
using Jixiao.Tables;

namespace Jixiao.Corpus;

/// <summary>
/// Generates the corpus: each source budget rendered as set H and set S, each rendering (and each variant of it with a
/// planted defect) written in every format, with its sidecar of expected figures and findings — taken from the
/// disclosure that rendered it, never from reading it back.
/// </summary>
internal static class CorpusGenerator
{
    /// <summary>The seed of everything drawn: the derived budgets, the planted cells, the moved columns.</summary>
    public const int Seed = 11;

    /// <summary>Derived budgets besides the demo one.</summary>
    private const int Derived = 5;

    private static readonly Dictionary<char, char> Traditional = new()
    {
        ['预'] = '預', ['总'] = '總', ['财'] = '財', ['费'] = '費', ['经'] = '經', ['项'] = '項',
    };

    private sealed record Variant(string Name, string Description, Disclosure Disclosure, List<ExpectedFinding> Findings, List<string[]> Explains, List<string> Warnings)
    {
        public List<string> PrintedErrors { get; init; } = [];
    }

    public static void Generate(string outDir, TextWriter log)
    {
        var root = RepositoryRoot();
        Directory.CreateDirectory(outDir);
        foreach (var f in Directory.GetFiles(outDir)) File.Delete(f);
        var demo = SourceBudgets.Demo(root);
        var sources = new List<(string Name, UnitBudget Budget)> { ("xinglong-2021", demo) };
        for (int seed = Seed; sources.Count < Derived + 1 && seed < Seed + 50; seed++)
        {
            var budget = SourceBudgets.Derive(demo, seed * 7919);
            if (new[] { "H", "S" }.All(set => new Checker().Check(Render(budget, set)).Findings.All(f => f.Severity != Severity.Error || f.RuleId == "XT-11")))
                sources.Add(($"derived-{seed}", budget));
            else log.WriteLine($"derived budget of seed {seed} left out: its own rendering has errors: "
                + string.Join("; ", new[] { "H", "S" }.SelectMany(set => new Checker().Check(Render(budget, set)).Findings)
                    .Where(f => f.Severity == Severity.Error && f.RuleId != "XT-11").Take(3).Select(f => $"{f.RuleId} {f.Subject} {f.Location} {f.Message}")));
        }
        var tmp = Path.Combine(Path.GetTempPath(), "jixiao-corpus-" + Environment.ProcessId);
        var toPdf = Path.Combine(tmp, "pdf");
        var toDocx = Path.Combine(tmp, "docx");
        Directory.CreateDirectory(toPdf);
        Directory.CreateDirectory(toDocx);
        var pending = new List<(string Stem, CorpusExpectation Expectation)>();
        int documents = 0;
        var jobs = new List<(string Set, string Source, Func<Disclosure> Render, int FigureChanges, int RowDrops)>();
        // H and S, the provinces' sets; N, the national base set (财预〔2016〕143号)
        foreach (var set in new[] { "H", "S", "N" })
            foreach (var (sourceName, budget) in sources)
                jobs.Add((set, sourceName, () => Render(budget, set), 2, 1));
        // Set F has one source (the real Putuo figures), so more planted variants of it.
        jobs.Add(("F", "putuo-2024", () => FinalAccountsSource.Build(root), 11, 3));
        foreach (var (set, sourceName, render, figureChanges, rowDrops) in jobs)
            {
                var random = new Random(HashCode(set + sourceName) ^ Seed);
                foreach (var v in Variants(render, random, figureChanges, rowDrops, log))
                {
                    string Stem(string format) => $"{set}-{sourceName}-{v.Name}-{format}";
                    CorpusExpectation Expect(string format, string variant, string description) => new()
                    {
                        Layout = set, Format = format, Source = sourceName, Variant = variant, Description = description,
                        Figures = Figures(v.Disclosure), Labels = Labels(v.Disclosure), Findings = v.Findings, Explains = v.Explains, BaselineWarnings = v.Warnings, PrintedErrors = v.PrintedErrors,
                    };
                    void Save(string format, string ext, Action<string> write, string variant, string description)
                    {
                        var stem = Path.Combine(outDir, $"{set}-{sourceName}-{variant}-{format}");
                        write(stem + ext);
                        File.WriteAllText(stem + ".expected.json", (Expect(format, variant, description) with { MayNotRead = variant == "traditional" }).ToJson());
                        documents++;
                    }
                    var rows = DisclosureTextWriter.Rows(v.Disclosure);
                    Save("txt-tab", ".txt", p => File.WriteAllText(p, DisclosureTextWriter.TabSeparated(rows)), v.Name, v.Description);
                    Save("txt-cell", ".txt", p => File.WriteAllText(p, DisclosureTextWriter.CellPerLine(rows)), v.Name, v.Description);
                    Save("xlsx", ".xlsx", p => DisclosureXlsxWriter.Write(v.Disclosure, p), v.Name, v.Description);
                    Save("html", ".html", p => DisclosureHtmlWriter.Write(v.Disclosure, p), v.Name, v.Description);
                    DisclosureXlsxWriter.Write(v.Disclosure, Path.Combine(toPdf, Stem("pdf") + ".xlsx"));
                    pending.Add((Path.Combine(outDir, Stem("pdf")), Expect("pdf", v.Name, v.Description + "; XLSX printed by LibreOffice Calc")));
                    DisclosureHtmlWriter.Write(v.Disclosure, Path.Combine(toDocx, Stem("docx") + ".html"));
                    pending.Add((Path.Combine(outDir, Stem("docx")), Expect("docx", v.Name, v.Description + "; HTML converted by LibreOffice Writer")));
                    if (v.Name != "clean") continue;

                    // Variants of the clean rendering that only change how it is printed.
                    var trad = rows.Select(r => (IReadOnlyList<string>)r.Select(ToTraditional).ToArray()).ToList();
                    const string tradText = "traditional characters in labels (預 總 財 費 經 項)";
                    Save("txt-tab", ".txt", p => File.WriteAllText(p, DisclosureTextWriter.TabSeparated(trad)), "traditional", tradText);
                    Save("txt-cell", ".txt", p => File.WriteAllText(p, DisclosureTextWriter.CellPerLine(trad)), "traditional", tradText);
                    Save("html", ".html", p => File.WriteAllText(p, ToTraditional(DisclosureHtmlWriter.ToHtml(v.Disclosure))), "traditional", tradText);
                    var wide = rows.Select(r => (IReadOnlyList<string>)r.Select(FullWidthFigure).ToArray()).ToList();
                    const string wideText = "figures in full-width digits (６５９６．３６)";
                    Save("txt-tab", ".txt", p => File.WriteAllText(p, DisclosureTextWriter.TabSeparated(wide)), "fullwidth", wideText);
                    Save("txt-cell", ".txt", p => File.WriteAllText(p, DisclosureTextWriter.CellPerLine(wide)), "fullwidth", wideText);
                    var trimmed = rows.Select(r => (IReadOnlyList<string>)TrimEnd(r)).ToList();
                    Save("txt-cell", ".txt", p => File.WriteAllText(p, DisclosureTextWriter.CellPerLine(trimmed)), "blank-dropped",
                        "the blank cells at the end of each row dropped (as text extraction drops them)");
                    Save("txt-tab", ".txt", p => File.WriteAllText(p, DisclosureTextWriter.TabSeparated(trimmed)), "blank-dropped",
                        "the blank cells at the end of each row dropped (as text extraction drops them)");
                    var moved = new List<string>();
                    Save("xlsx", ".xlsx", p => { DisclosureXlsxWriter.Write(v.Disclosure, p); moved = XlsxColumnSwap.Apply(p, random, 2); },
                        "columns-moved", "");
                    var movedText = $"the last two value columns swapped, headers with them, on sheets {string.Join("、", moved)}";
                    File.WriteAllText(Path.Combine(outDir, Stem("xlsx").Replace("-clean-", "-columns-moved-", StringComparison.Ordinal) + ".expected.json"),
                        Expect("xlsx", "columns-moved", movedText).ToJson());
                    var movedPdfSource = Path.Combine(toPdf, $"{set}-{sourceName}-columns-moved-pdf.xlsx");
                    File.Copy(Path.Combine(outDir, $"{set}-{sourceName}-columns-moved-xlsx.xlsx"), movedPdfSource);
                    pending.Add((Path.Combine(outDir, $"{set}-{sourceName}-columns-moved-pdf"), Expect("pdf", "columns-moved", movedText + "; printed by LibreOffice Calc")));
                }
            }
        log.WriteLine($"{documents} text, XLSX and HTML documents written; converting {pending.Count} with LibreOffice …");
        Office.ConvertAll(Directory.GetFiles(toPdf).Order(StringComparer.Ordinal).ToList(), "pdf", outDir);
        Office.ConvertAll(Directory.GetFiles(toDocx).Order(StringComparer.Ordinal).ToList(), "docx:MS Word 2007 XML", outDir);
        foreach (var (stem, expectation) in pending)
        {
            var ext = "." + expectation.Format;
            if (!File.Exists(stem + ext)) { log.WriteLine($"LibreOffice did not write {stem}{ext}"); continue; }
            File.WriteAllText(stem + ".expected.json", expectation.ToJson());
            documents++;
        }
        Directory.Delete(tmp, recursive: true);
        File.WriteAllText(Path.Combine(outDir, "F-putuo-2024-real-pdf.expected.json"), RealFinalAccounts(root, outDir).ToJson());
        documents++;
        File.WriteAllText(Path.Combine(outDir, "README.md"), Readme(sources.Select(s => s.Name).ToList(), documents));
        log.WriteLine($"{documents} documents in {outDir}");
    }

    /// <summary>
    /// The disclosure as the writers print it: its tables. The declared projects and target forms are dropped, since the
    /// table writers do not print the 绩效目标表 — so that the checker, given it, sees what a reader of the document sees.
    /// </summary>
    private static Disclosure Render(UnitBudget budget, string set)
    {
        var d = TableRenderer.Render(budget, TableSets.Get(set), RenderPrecision.WanYuan);
        d.Projects.Clear();
        d.TargetForms.Clear();
        return d;
    }

    /// <summary>
    /// The real 普陀区 2024 final accounts (set F, PDF), kept in tests/corpus/real and pointed at, with the figures of its
    /// independent list (<c>putuo-2024-final-accounts.expected.tsv</c>); its one real error (a rate in its text, 71.73 %
    /// printed for 71.65 %, docs/reading.md) is an error it rightly draws.
    /// </summary>
    private static CorpusExpectation RealFinalAccounts(string root, string outDir)
    {
        var real = Path.Combine(root, "tests", "corpus", "real");
        var figures = File.ReadAllLines(Path.Combine(real, "putuo-2024-final-accounts.expected.tsv")).Skip(1)
            .Where(l => l.Trim().Length > 0)
            .Select(l => l.Split('\t'))
            .Select(f => string.Join('\t', f[0], f[1], f[2], f[3], f[4]))
            .ToList();
        return new CorpusExpectation
        {
            Layout = "F", Format = "pdf", Source = "putuo-2024", Variant = "real",
            Document = Path.GetRelativePath(Path.GetFullPath(outDir), Path.Combine(real, "putuo-2024-final-accounts.pdf")).Replace('\\', '/'),
            Description = "上海市普陀区财政局 2024 年度部门决算 as published (ONLYOFFICE export)",
            Figures = figures,
            PrintedErrors = RealPutuoErrors,
        };
    }

    /// <summary>The real error of the Putuo text, as <see cref="CorpusScore.ErrorKey"/> gives it.</summary>
    private static readonly List<string> RealPutuoErrors = ["TXT-PCT-01 说明“(二)一般公共预算财政拨款支出决算结构情况” 第2段"];

    /// <summary>The clean rendering, two with one figure changed, one with a row dropped.</summary>
    /// <summary>The clean rendering, <paramref name="figureChanges"/> with one figure changed, <paramref name="rowDrops"/> with a row dropped.</summary>
    private static IEnumerable<Variant> Variants(Func<Disclosure> render, Random random, int figureChanges, int rowDrops, TextWriter log)
    {
        var clean = render();
        var cleanReport = new Checker().Check(clean);
        var printedErrors = cleanReport.Findings.Where(f => f.Severity == Severity.Error).ToList();
        foreach (var e in printedErrors.Where(e => e.RuleId != "XT-11"))
            log.WriteLine($"{clean.Set.Id} {clean.Source}: the rendering itself draws {e.RuleId} {e.Subject} {e.Location} {e.Message}");
        var printed = printedErrors.Select(CorpusScore.ErrorKey).Distinct().ToList();
        yield return new Variant("clean", "the rendering as it is", clean, [], [], Warnings(cleanReport)) { PrintedErrors = printed };
        for (int n = 1; n <= figureChanges; n++)
            if (PlantFigure(render(), random, printed) is { } planted) yield return planted with { Name = $"figure-changed-{n}", PrintedErrors = printed };
        for (int n = 1; n <= rowDrops; n++)
            if (DropRow(render(), random, printed) is { } drop) yield return drop with { Name = $"row-dropped-{n}", PrintedErrors = printed };
    }

    private static IEnumerable<(DisclosureTable Table, DisclosurePart Part, DisclosureRow Row, int Column)> Cells(Disclosure d) =>
        from t in d.Tables from p in t.Parts from r in p.Rows
        from c in Enumerable.Range(0, r.Values.Length)
        where r.Values[c] is { } v && v.Value != 0m
        select (t, p, r, c);

    /// <summary>One figure changed by 10–99 万元; kept when the checker, on the disclosure itself, finds an error on it.</summary>
    private static Variant? PlantFigure(Disclosure d, Random random, List<string> printed)
    {
        var cells = Cells(d).ToList();
        for (int attempt = 0; attempt < 60; attempt++)
        {
            var (t, p, r, c) = cells[random.Next(cells.Count)];
            var old = r.Values[c]!.Value;
            var delta = random.Next(1000, 9999) / 100m;
            r.Values[c] = old with { Value = old.Value + delta };
            var cell = new FindingCell(t.Template.Id, p.Template.Key, r.Key, p.Template.Columns[c].Key);
            var report = new Checker().Check(d);
            var errors = report.Findings.Where(f => f.Severity == Severity.Error && !printed.Contains(CorpusScore.ErrorKey(f))).ToList();
            var hit = errors.FirstOrDefault(f => Names(f).Contains(cell));
            if (hit is not null)
                return new Variant("figure-changed", $"{t.Subject} {r.Label} {p.Template.Columns[c].Key}: {old.Value} printed as {old.Value + delta}", d,
                    [new ExpectedFinding(hit.RuleId, cell.Table, cell.Part, cell.Row, cell.Column)],
                    Explains(errors, [cell]), Warnings(report));
            r.Values[c] = old;
        }
        return null;
    }

    /// <summary>A row with figures dropped; kept when the checker, on the disclosure itself, finds an error for it.</summary>
    private static Variant? DropRow(Disclosure d, Random random, List<string> printed)
    {
        var rows = Cells(d).Where(x => !x.Row.Key.EndsWith("total", StringComparison.Ordinal)).Select(x => (x.Table, x.Part, x.Row)).Distinct().ToList();
        for (int attempt = 0; attempt < 60; attempt++)
        {
            var (t, p, r) = rows[random.Next(rows.Count)];
            int at = p.Rows.IndexOf(r);
            p.Rows.RemoveAt(at);
            var report = new Checker().Check(d);
            var all = report.Findings.Where(f => f.Severity == Severity.Error && !printed.Contains(CorpusScore.ErrorKey(f))).ToList();
            var errors = all.Where(f => f.Cell is not null && f.CausedBy is null).ToList();
            if (errors.Count > 0)
                return new Variant("row-dropped", $"{t.Subject}: the row {r.Key} {r.Label} left out", d,
                    errors.Select(f => new ExpectedFinding(f.RuleId, f.Cell!.Table, f.Cell.Part, f.Cell.Row, f.Cell.Column)).Distinct().ToList(),
                    Explains(all, []), Warnings(report));
            p.Rows.Insert(at, r);
        }
        return null;
    }

    private static IEnumerable<FindingCell> Names(Finding f) => f.Cell is { } c ? f.Involves.Prepend(c) : f.Involves;

    private static List<string[]> Explains(List<Finding> errors, List<FindingCell> planted) =>
        planted.Concat(errors.SelectMany(Names)).Distinct().Select(c => new[] { c.Table, c.Part, c.Row, c.Column }).ToList();

    private static List<string> Warnings(DocumentReport report) =>
        report.Findings.Where(f => f.Severity == Severity.Warning).Select(CorpusScore.WarningKey).Distinct().Order(StringComparer.Ordinal).ToList();

    private static List<string> Figures(Disclosure d) =>
        (from t in d.Tables from p in t.Parts from r in p.Rows
         from c in Enumerable.Range(0, r.Values.Length)
         where r.Values[c] is not null
         select string.Join('\t', t.Template.Id, p.Template.Key, r.Key, p.Template.Columns[c].Key, r.Values[c]!.Value.Value.ToString(CultureInfo.InvariantCulture))).ToList();

    private static Dictionary<string, string> Labels(Disclosure d)
    {
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var t in d.Tables) foreach (var p in t.Parts) foreach (var r in p.Rows)
            labels.TryAdd($"{t.Template.Id}/{p.Template.Key}/{r.Key}", r.Label);
        return labels;
    }

    private static string ToTraditional(string s) => string.Concat(s.Select(ch => Traditional.GetValueOrDefault(ch, ch)));

    private static string FullWidthFigure(string s) =>
        s.Length > 0 && s.All(ch => char.IsAsciiDigit(ch) || ch is '.' or '-') && s.Contains('.')
            ? string.Concat(s.Select(ch => ch switch { '.' => '．', '-' => '－', _ => (char)(ch - '0' + '０') }))
            : s;

    private static string[] TrimEnd(IReadOnlyList<string> row)
    {
        int n = row.Count;
        while (n > 1 && row[n - 1].Length == 0) n--;
        return row.Take(n).ToArray();
    }

    private static int HashCode(string s)
    {
        unchecked
        {
            int h = 17;
            foreach (var ch in s) h = h * 31 + ch;
            return h;
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) return dir.FullName;
        throw new InvalidOperationException("run from inside the repository (Jixiao.slnx not found)");
    }

    private static string Readme(List<string> sources, int documents)
    {
        var text = new StringBuilder();
        text.AppendLine("# The generated corpus");
        text.AppendLine();
        text.AppendLine($"{documents} documents, each with its `NAME.expected.json`. Generated by");
        text.AppendLine();
        text.AppendLine("```bash");
        text.AppendLine("dotnet run --project bench/Jixiao.Corpus -c Release -- generate tests/corpus/generated");
        text.AppendLine("dotnet run --project bench/Jixiao.Corpus -c Release -- score tests/corpus/generated   # the score (--json for JSON)");
        text.AppendLine("```");
        text.AppendLine();
        text.AppendLine($"Seed {Seed}. Committed, so that the tests read it without LibreOffice; regenerate after a change to a writer or");
        text.AppendLine("a template (LibreOffice's version changes the PDF and DOCX bytes, not what they print).");
        text.AppendLine();
        text.AppendLine("- **Sources**: the demo package `src/Jixiao.Application/Demo/xinglong-2021.package.json` and budgets derived from it");
        text.AppendLine($"  (every line's amount outside the projects scaled by a seeded factor — a project's target form states its money; kept when their own rendering has no error): {string.Join(", ", sources)}.");
        text.AppendLine("  Each is rendered as set H and set S in 万元 (`TableRenderer.Render`). Set F: the figures of the real Putuo 2024 final");
        text.AppendLine("  accounts (`tests/corpus/real/putuo-2024-final-accounts.expected.tsv`) made a disclosure (code rows named from the 2024");
        text.AppendLine("  catalogs), with 11 figure-changed and 3 row-dropped variants since it is one source; and the real PDF itself");
        text.AppendLine("  (`F-putuo-2024-real-pdf.expected.json` points at it; its one real error, a rate in its text, is listed in `printedErrors`).");
        text.AppendLine("- **Variants of the disclosure**: `clean`; `figure-changed-1`, `-2` (one figure raised by 10–99 万元, on a cell on which");
        text.AppendLine("  the checker, given the changed disclosure itself, finds an error); `row-dropped-1` (a row with figures left out).");
        text.AppendLine("- **Formats**: `txt-tab` (tab-separated rows, `DisclosureTextWriter`), `txt-cell` (one cell a line, blank line between");
        text.AppendLine("  rows), `xlsx` (`DisclosureXlsxWriter`), `html` (`DisclosureHtmlWriter`), `pdf` (the XLSX printed by LibreOffice");
        text.AppendLine("  Calc), `docx` (the HTML converted by LibreOffice Writer, `docx:\"MS Word 2007 XML\"`).");
        text.AppendLine("- **Variants of the print** (clean only): `traditional` (預 總 財 費 經 項 for 预 总 财 费 经 项; text, HTML;");
        text.AppendLine("  `mayNotRead`: refused, it counts as an allowed “not read”), `fullwidth`");
        text.AppendLine("  (figures in full-width digits; text), `blank-dropped` (blank cells at the end of a row dropped; text),");
        text.AppendLine("  `columns-moved` (the last two value columns of two sheets swapped with their headers; XLSX and its PDF).");
        text.AppendLine("- Cells joined by ` | ` on one line are not generated: the text reader (`Text/TextRows`) splits rows on tabs only.");
        text.AppendLine();
        text.AppendLine("`NAME.expected.json`: `layout` (table set), `format`, `source`, `variant`, `description`, `figures` (each");
        text.AppendLine("`table⇥part⇥row key⇥column key⇥value`, from the disclosure that rendered the document), `labels` (each row's label), `findings`");
        text.AppendLine("(rule and cell each planted defect must draw an error on), `explains` (the cells an error may name without being");
        text.AppendLine("false), `baselineWarnings` (the warnings the rendered disclosure draws itself), `printedErrors` (the errors the document as");
        text.AppendLine("printed draws rightly: set S 表12 lists projects whose 绩效目标表 the table writers do not print, XT-11).");
        return text.ToString();
    }
}
