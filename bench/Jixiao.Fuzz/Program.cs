using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Jixiao.Documents;
using Jixiao.Documents.Import;
using Jixiao.Rules;

// Byte-level fuzz of the published-document readers (docs/reliability.md):
//   dotnet run -c Release --project bench/Jixiao.Fuzz -- pdf|xlsx|text COUNT [--state FILE] [--base DIR]
// Case n of a kind is always the same damage of the same base file (seeded by kind and n), so a run can stop and go on:
// the state file keeps how far each kind got and every crash. A crash is any exception other than a read error naming
// the file (DocumentReadException), a case over 10 s, or the process over 1 GiB.
// emit KIND N OUT [--base DIR]: writes case N of a kind, to look at or keep as a test of a crash
if (args.Length >= 4 && args[0] == "emit" && long.TryParse(args[2], out long emitCase))
{
    string emitKind = args[1];
    var emitBases = Bases(emitKind, Option("--base") ?? Path.Combine(Root(), "tests", "corpus"));
    File.WriteAllBytes(args[3], Mutate(emitBases[emitCase % emitBases.Length], emitKind, Seeded(emitKind, emitCase)));
    return 0;
}
if (args.Length < 2 || args[0] is not ("pdf" or "xlsx" or "text") || !int.TryParse(args[1], out int count))
{
    Console.Error.WriteLine("用法：Jixiao.Fuzz pdf|xlsx|text 个数 [--state 文件] [--base 目录]");
    return 2;
}
string kind = args[0];
string statePath = Option("--state") ?? $"fuzz-{kind}.state.json";
string baseDir = Option("--base") ?? Path.Combine(Root(), "tests", "corpus");
string? Option(string name) => Array.IndexOf(args, name) is int i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

var extension = Extension(kind);
var bases = Bases(kind, baseDir);
if (bases.Length == 0) { Console.Error.WriteLine($"{baseDir} 下没有 {extension} 文件"); return 2; }

var state = File.Exists(statePath) ? JsonSerializer.Deserialize<FuzzState>(File.ReadAllText(statePath))! : new FuzzState();
long start = state.Done, end = start + count;
var work = Directory.CreateTempSubdirectory("jixiao-fuzz-").FullName;
var clock = Stopwatch.StartNew();
long slowest = 0;
var gate = new object();
// Chunks of 1,000 cases, the state saved after each: a run stopped part-way goes on from the last chunk saved.
for (long chunk = start; chunk < end; chunk += 1000)
{
    long chunkEnd = Math.Min(end, chunk + 1000);
    var suspects = new List<(long Case, string Why)>();
    // JIXIAO_FUZZ_TRACE=1: one case at a time, each named on stderr before it runs — to find a case that ends the
    // process (a stack overflow cannot be caught)
    bool trace = Environment.GetEnvironmentVariable("JIXIAO_FUZZ_TRACE") == "1";
    Parallel.For(chunk, chunkEnd, new ParallelOptions { MaxDegreeOfParallelism = trace ? 1 : Environment.ProcessorCount }, n =>
    {
        if (trace) Console.Error.Write($"case {n}");
        var (crash, ms) = RunCase(n);
        if (trace) Console.Error.WriteLine($" {ms} ms, {Environment.WorkingSet >> 20} MiB");
        lock (gate)
        {
            slowest = Math.Max(slowest, ms);
            if (crash is not null) suspects.Add((n, crash));
        }
    });
    // A case that failed beside others (a slow case starved of the cores) is run again alone: only a failure alone counts.
    foreach (var (n, why) in suspects.OrderBy(x => x.Case))
    {
        var (again, _) = RunCase(n, keep: true);
        if (again is not null) state.Crashes.Add($"{kind} case {n}: {again}");
        else state.Rerun.Add($"{kind} case {n}: {why} beside other cases, clean alone");
    }
    state.Done = chunkEnd;
    state.Seconds += clock.Elapsed.TotalSeconds;
    clock.Restart();
    state.SlowestMs = Math.Max(state.SlowestMs, slowest);
    File.WriteAllText(statePath, JsonSerializer.Serialize(state, new JsonSerializerOptions { WriteIndented = true }));
    Console.Error.WriteLine($"{kind}: {chunkEnd}/{end}，崩溃 {state.Crashes.Count}，累计 {state.Seconds:F0} s");
}
Directory.Delete(work, true);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"{kind}: cases {start}–{end - 1} ({count}), crashes {state.Crashes.Count} in all {state.Done} cases, {state.Seconds:F0} s in all runs, slowest case {state.SlowestMs} ms"));
foreach (var c in state.Crashes) Console.WriteLine("  " + c);
return state.Crashes.Count == 0 ? 0 : 1;

(string? Crash, long Ms) RunCase(long n, bool keep = false)
{
    var rng = Seeded(kind, n);
    var bytes = Mutate(bases[n % bases.Length], kind, rng);
    var file = Path.Combine(work, $"case-{n}{extension}");
    File.WriteAllBytes(file, bytes);
    var watch = Stopwatch.StartNew();
    string? crash = null;
    var run = Task.Run(() =>
    {
        try
        {
            var d = DocumentLoader.Load(file);
            var report = new Checker().Check(d);
            _ = report.Findings.Count;
            try { DisclosureImporter.Import(d); } catch (ImportException) { }
        }
        catch (DocumentReadException e) when (e.Message.StartsWith(file, StringComparison.Ordinal)) { }
        catch (Exception e) { crash = $"{e.GetType().Name}: {e.Message.Split('\n')[0]}"; }
    });
    if (!run.Wait(TimeSpan.FromSeconds(10))) crash = "over 10 s";
    long ms = watch.ElapsedMilliseconds;
    // Over 1 GiB is what a case needs, not what the GC has not yet given back: on a 24 GiB machine it lets the heap grow
    // well past 1 GiB before a full collection (a run of 213,000 cases was twice over 1.2 GiB for a few hundred cases,
    // every one of them clean when run again). So a collection first, then the measure.
    long memory = Process.GetCurrentProcess().WorkingSet64;
    if (memory > 1L << 30)
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        memory = Process.GetCurrentProcess().WorkingSet64;
        if (memory > 1L << 30) crash ??= $"process at {memory >> 20} MiB after a full collection";
    }
    if (crash is not null && keep)
        File.Copy(file, Path.Combine(Path.GetDirectoryName(Path.GetFullPath(statePath))!, $"crash-{kind}-{n}{extension}"), true);
    File.Delete(file);
    return (crash, ms);
}
static string Extension(string kind) => kind switch { "pdf" => ".pdf", "xlsx" => ".xlsx", _ => ".txt" };

// The base files of a kind under a folder, in a fixed order (case n damages base n mod count).
static byte[][] Bases(string kind, string folder) =>
    Directory.EnumerateFiles(folder, "*" + Extension(kind), SearchOption.AllDirectories)
        .Where(f => new FileInfo(f).Length < 1_000_000).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToArray();

// A seed that is the same in every process (string hash codes are not): kind and case number alone.
static Random Seeded(string kind, long n) =>
    new(unchecked((int)(n * 2654435761L) ^ (kind == "pdf" ? 0x5044 : kind == "xlsx" ? 0x584c : 0x5458)));

static string Root()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        if (File.Exists(Path.Combine(dir.FullName, "Jixiao.slnx"))) return dir.FullName;
    return Directory.GetCurrentDirectory();
}

// One case's damage: bytes dropped, inserted or flipped, a number given 11–30 decimals or 13–29 digits, the
// encoding switched (text), a zip entry's XML damaged (xlsx), the file cut short.
static byte[] Mutate(byte[] original, string kind, Random rng)
{
    if (kind == "xlsx" && rng.Next(3) > 0) return MutateZip(original, rng);
    if (kind == "text" && rng.Next(6) == 0)
        return Encoding.Unicode.GetBytes(Encoding.UTF8.GetString(original)); // UTF-16 without its BOM
    var bytes = new List<byte>(original);
    int edits = 1 + rng.Next(kind == "pdf" ? 8 : 20);
    for (int e = 0; e < edits && bytes.Count > 0; e++)
    {
        int at = rng.Next(bytes.Count);
        switch (rng.Next(6))
        {
            case 0: bytes.RemoveRange(at, Math.Min(bytes.Count - at, 1 + rng.Next(64))); break;
            case 1: bytes.InsertRange(at, Enumerable.Range(0, 1 + rng.Next(16)).Select(_ => (byte)rng.Next(256))); break;
            case 2: bytes[at] ^= (byte)(1 << rng.Next(8)); break;
            case 3: bytes.InsertRange(at, Encoding.ASCII.GetBytes(HostileNumber(rng))); break;
            case 4: if (rng.Next(4) == 0) bytes.RemoveRange(at, bytes.Count - at); break;
            default: bytes.InsertRange(at, Encoding.UTF8.GetBytes(rng.Next(2) == 0 ? "\t" : "\n")); break;
        }
    }
    return bytes.ToArray();
}

static string HostileNumber(Random rng) => rng.Next(2) == 0
    ? "1" + new string('0', 12 + rng.Next(17)) + ".00"                                  // 13–29 digits
    : rng.Next(100000).ToString(CultureInfo.InvariantCulture) + "." + new string((char)('0' + rng.Next(10)), 11 + rng.Next(20)); // 11–30 decimals

static byte[] MutateZip(byte[] original, Random rng)
{
    using var input = new MemoryStream(original);
    using var output = new MemoryStream();
    using (var from = new ZipArchive(input, ZipArchiveMode.Read))
    using (var to = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
    {
        var entries = from.Entries.ToList();
        int victim = rng.Next(entries.Count);
        for (int i = 0; i < entries.Count; i++)
        {
            using var s = entries[i].Open();
            using var buffer = new MemoryStream();
            s.CopyTo(buffer);
            var data = buffer.ToArray();
            if (i == victim)
            {
                if (rng.Next(8) == 0) continue; // an entry left out
                var text = Encoding.UTF8.GetString(data);
                for (int e = 1 + rng.Next(6); e > 0 && text.Length > 0; e--)
                {
                    int at = rng.Next(text.Length);
                    text = rng.Next(4) switch
                    {
                        0 => text.Remove(at, Math.Min(text.Length - at, 1 + rng.Next(40))),
                        1 => text.Insert(at, HostileNumber(rng)),
                        2 => text.Insert(at, "<v>" + HostileNumber(rng) + "</v>"),
                        _ => text.Insert(at, ((char)rng.Next(32, 0x9fff)).ToString()),
                    };
                }
                data = Encoding.UTF8.GetBytes(text);
            }
            var entry = to.CreateEntry(entries[i].FullName, CompressionLevel.Fastest);
            using var w = entry.Open();
            w.Write(data);
        }
    }
    return output.ToArray();
}

sealed class FuzzState
{
    public long Done { get; set; }
    public double Seconds { get; set; }
    public long SlowestMs { get; set; }
    public List<string> Crashes { get; set; } = [];
    public List<string> Rerun { get; set; } = [];
}
