using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Jixiao.Disclosures;
using Jixiao.Rules;

namespace Jixiao.Documents.Corpus;

/// <summary>
/// The reading score of a corpus: every document with a sidecar <c>NAME.expected.json</c> read with
/// <see cref="DocumentLoader.Load"/> and checked with <see cref="Checker"/>; its figures compared with the expected ones
/// (by table, part, row key — or the row's name — and column), its planted defects looked for among the errors, and the
/// errors and warnings it should not have counted; per layout × format and in total.
/// </summary>
public sealed class CorpusScore
{
    [JsonPropertyName("combinations")] public required IReadOnlyDictionary<string, CorpusTally> Combinations { get; init; }
    [JsonPropertyName("total")] public required CorpusTally Total { get; init; }
    /// <summary>What went wrong, per document: a figure misread, a defect missed, a false error (a few per document).</summary>
    [JsonPropertyName("problems")] public required IReadOnlyList<string> Problems { get; init; }

    /// <summary>Scores every document under <paramref name="directory"/> that has a sidecar.</summary>
    public static CorpusScore Of(string directory, int parallelism = 2)
    {
        var sidecars = Directory.GetFiles(directory, "*.expected.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var results = new ConcurrentDictionary<string, (string Combination, CorpusTally Tally, List<string> Problems)>();
        Parallel.ForEach(sidecars, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, sidecar =>
        {
            var expected = CorpusExpectation.Read(sidecar);
            var stem = sidecar[..^".expected.json".Length];
            var document = expected.Document is { } relative
                ? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(sidecar)!, relative))
                : Directory.GetFiles(Path.GetDirectoryName(sidecar)!, Path.GetFileName(stem) + ".*")
                    .FirstOrDefault(f => !f.EndsWith(".expected.json", StringComparison.Ordinal));
            if (document is not null && !File.Exists(document)) document = null;
            var problems = new List<string>();
            var tally = document is null ? Missing(expected, problems, stem) : ScoreDocument(document, expected, problems);
            results[sidecar] = (expected.Layout + " " + expected.Format, tally, problems);
        });
        var combinations = new SortedDictionary<string, CorpusTally>(StringComparer.Ordinal);
        var total = new CorpusTally();
        var allProblems = new List<string>();
        foreach (var key in results.Keys.Order(StringComparer.Ordinal))
        {
            var (combination, tally, problems) = results[key];
            if (!combinations.TryGetValue(combination, out var c)) combinations[combination] = c = new CorpusTally();
            c.Add(tally);
            total.Add(tally);
            allProblems.AddRange(problems);
        }
        return new CorpusScore { Combinations = combinations, Total = total, Problems = allProblems };
    }

    private static CorpusTally Missing(CorpusExpectation expected, List<string> problems, string stem)
    {
        problems.Add($"{Path.GetFileName(stem)}: document missing");
        return new CorpusTally { Documents = 1, NotRead = 1, Figures = expected.Figures.Count, Planted = expected.Findings.Count };
    }

    /// <summary>Reads, checks and compares one document.</summary>
    public static CorpusTally ScoreDocument(string document, CorpusExpectation expected, List<string> problems)
    {
        var name = Path.GetFileName(document);
        var tally = new CorpusTally { Documents = 1, Figures = expected.Figures.Count, Planted = expected.Findings.Count };
        Disclosure read;
        try { read = DocumentLoader.Load(document); }
        catch (DocumentReadException e) when (expected.MayNotRead)
        {
            problems.Add($"{name}: not read (allowed): {e.Message.Split('\n')[0]}");
            return new CorpusTally { Documents = 1, NotReadAllowed = 1 };
        }
        catch (DocumentReadException e)
        {
            tally.NotRead = 1;
            problems.Add($"{name}: not read: {e.Message.Split('\n')[0]}");
            return tally;
        }
        var wrong = CompareFigures(expected, read);
        tally.FiguresRight = expected.Figures.Count - wrong.Count;
        problems.AddRange(wrong.Take(5).Select(w => $"{name}: {w}"));
        if (wrong.Count > 5) problems.Add($"{name}: … {wrong.Count - 5} more figures wrong");

        var report = new Checker().Check(read);
        var findings = report.Findings;
        // A row read from a table that prints names only is keyed by its name: a cell matches by key or by the row's name.
        bool Same(FindingCell expectedCell, FindingCell got) =>
            expectedCell.Table == got.Table && expectedCell.Part == got.Part && expectedCell.Column == got.Column
            && (expectedCell.Row == got.Row || Jixiao.Text.Names.Normalize(got.Row) == Jixiao.Text.Names.Normalize(
                expected.Labels.GetValueOrDefault($"{expectedCell.Table}/{expectedCell.Part}/{expectedCell.Row}", "\0")));
        foreach (var f in expected.Findings)
        {
            var cell = new FindingCell(f.Table, f.Part, f.Row, f.Column);
            if (findings.Any(x => x.Severity == Severity.Error && Names(x).Any(n => Same(cell, n)))) tally.PlantedFound++;
            else problems.Add($"{name}: planted {f.Rule} on {Where(cell)} not found");
        }
        var explains = expected.Explains.Select(e => new FindingCell(e[0], e[1], e[2], e[3])).ToList();
        var printed = expected.PrintedErrors.ToHashSet(StringComparer.Ordinal);
        var explained = new bool[findings.Count];
        for (int i = 0; i < findings.Count; i++)
        {
            var f = findings[i];
            explained[i] = Names(f).Any(n => explains.Any(e => Same(e, n)))
                || printed.Contains(ErrorKey(f))
                || f.CausedBy is { } root && root < i && explained[root];
            if (f.Severity != Severity.Error || explained[i]) continue;
            tally.FalseErrors++;
            problems.Add($"{name}: false error {f.RuleId} {f.Subject} {f.Location}: {f.Message}");
        }
        var baseline = expected.BaselineWarnings.ToHashSet(StringComparer.Ordinal);
        foreach (var f in findings.Where(f => f.Severity == Severity.Warning))
        {
            if (baseline.Contains(WarningKey(f))) continue;
            tally.FalseWarnings++;
            if (tally.FalseWarnings <= 3) problems.Add($"{name}: false warning {f.RuleId} {f.Subject} {f.Location}: {f.Message}");
        }
        if (expected.Findings.Count == 0)
            foreach (var (_, outcome) in report.Rules)
            {
                if (outcome == Outcome.NotApplicable) continue;
                tally.Applicable++;
                if (outcome == Outcome.InsufficientData) tally.Insufficient++;
            }
        return tally;
    }

    /// <summary>The key of a warning in <see cref="CorpusExpectation.BaselineWarnings"/>.</summary>
    public static string WarningKey(Finding f) =>
        f.Cell is { } c ? $"{f.RuleId} {Where(c)}" : $"{f.RuleId} {f.Subject} {f.Location}";

    /// <summary>The key of an error in <see cref="CorpusExpectation.PrintedErrors"/>: rule, subject and location.</summary>
    public static string ErrorKey(Finding f) => $"{f.RuleId} {f.Subject} {f.Location}";

    private static IEnumerable<FindingCell> Names(Finding f) => f.Cell is { } c ? f.Involves.Prepend(c) : f.Involves;

    private static string Where(FindingCell c) => $"{c.Table}/{c.Part}/{c.Row}/{c.Column}";

    /// <summary>Each expected figure missing from <paramref name="read"/> or read differently.</summary>
    public static List<string> CompareFigures(CorpusExpectation expected, Disclosure read)
    {
        var wrong = new List<string>();
        foreach (var e in expected.Figures)
        {
            var f = e.Split('\t');
            var (table, part, rowKey, column) = (f[0], f[1], f[2], f[3]);
            var value = decimal.Parse(f[4], CultureInfo.InvariantCulture);
            var label = expected.Labels.GetValueOrDefault($"{table}/{part}/{rowKey}", "");
            var where = $"{table}/{part} {rowKey} {column}";
            var rt = read.Table(table);
            var rp = rt?.Part(part);
            // A table that prints names only (set S 表11, 表12) is keyed by name when read.
            var rr = rp?.Row(rowKey) ?? rp?.Rows.FirstOrDefault(r => Jixiao.Text.Names.Normalize(r.Label) == Jixiao.Text.Names.Normalize(label));
            int c = rp is null ? -1 : IndexOf(rp, column);
            if (rt is null) wrong.Add($"{where}: table not read");
            else if (rr is null) wrong.Add($"{where}: row not read");
            else if (c < 0 || rr.Values.Length <= c || rr.Values[c] is not { } got) wrong.Add($"{where}: unreadable ({(c >= 0 && rr.RawValues.Length > c ? rr.RawValues[c] : "")})");
            else if (got.Value != value) wrong.Add($"{where}: expected {value}, read {got.Value}");
        }
        return wrong;
    }

    private static int IndexOf(DisclosurePart part, string column)
    {
        for (int i = 0; i < part.Template.Columns.Count; i++)
            if (part.Template.Columns[i].Key == column) return i;
        return -1;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);

    /// <summary>The score as a table, one line per layout × format and the total.</summary>
    public string ToTable()
    {
        var text = new StringBuilder();
        text.AppendLine("| layout format | documents | not read (allowed) | figures read right | planted found | false errors | false warnings | insufficient_data (clean) |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var (key, t) in Combinations) text.AppendLine(Line(key, t));
        text.AppendLine(Line("**total**", Total));
        return text.ToString();
    }

    private static string Line(string key, CorpusTally t) => string.Create(CultureInfo.InvariantCulture,
        $"| {key} | {t.Documents} | {t.NotRead} ({t.NotReadAllowed}) | {t.FiguresRight}/{t.Figures} ({t.FiguresRightShare:P2}) | {t.PlantedFound}/{t.Planted} ({t.PlantedFoundShare:P1}) | {t.FalseErrors} | {t.FalseWarnings} | {t.Insufficient}/{t.Applicable} ({t.InsufficientShare:P1}) |");
}
