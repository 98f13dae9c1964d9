using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Jixiao.Data;

/// <summary>
/// Writes an <see cref="AuditEntry"/> for every row a save adds, changes or deletes, in the same transaction, chained to
/// the entry before it by its hash; and verifies the chain. Secrets (password hashes, security stamps) are recorded as
/// changed, never with their values; a revision's package is recorded by its SHA-256 (the revision row keeps the text).
/// </summary>
public static class AuditLog
{
    /// <summary>The hash before the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    private const string Hidden = "（已隐去）";

    private static readonly HashSet<string> Secret = new(StringComparer.Ordinal)
    {
        nameof(Account.PasswordHash), nameof(Account.SecurityStamp), nameof(Account.ConcurrencyStamp), nameof(ApiToken.Hash),
    };

    // PostgreSQL keeps microseconds: a time is cut to them before it is hashed, so that it hashes the same read back.
    private const long TicksPerMicrosecond = 10;

    /// <summary>The changes a save is about to make, captured before it (original values are gone after it).</summary>
    internal static List<Change> Capture(JixiaoDb db) => Changes(db);

    /// <summary>
    /// Appends the entries of <paramref name="changes"/> to the chain, after the rows themselves were written in the same
    /// transaction: the chain's lock is taken only now, so that it is held for the entries and the commit alone.
    /// </summary>
    internal static void Append(JixiaoDb db, List<Change> changes)
    {
        LockChain(db);
        var head = db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash }).FirstOrDefault();
        Append(db, changes, head?.Sequence ?? 0, head?.Hash ?? Genesis);
    }

    internal static async Task AppendAsync(JixiaoDb db, List<Change> changes, CancellationToken cancellationToken)
    {
        await LockChainAsync(db, cancellationToken);
        var head = await db.AuditEntries.AsNoTracking().OrderByDescending(a => a.Sequence).Select(a => new { a.Sequence, a.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        Append(db, changes, head?.Sequence ?? 0, head?.Hash ?? Genesis);
    }

    // One writer of the chain at a time: PostgreSQL by a transaction-scoped advisory lock; SQLite's write transaction
    // (BEGIN IMMEDIATE) already excludes every other writer.
    private const long ChainLock = 0x4A69786961_6F;

    // started by the first save that needs it (PostgreSQL): a process on SQLite never has the thread
    private static readonly Lazy<System.Collections.Concurrent.BlockingCollection<(Action Work, TaskCompletionSource Done)>> ChainWork = new(StartChainThread);

    private static System.Collections.Concurrent.BlockingCollection<(Action, TaskCompletionSource)> StartChainThread()
    {
        var work = new System.Collections.Concurrent.BlockingCollection<(Action, TaskCompletionSource)>();
        new Thread(() =>
        {
            foreach (var (action, done) in work.GetConsumingEnumerable())
            {
                try
                {
                    action();
                    done.SetResult();
                }
                catch (Exception e)
                {
                    done.SetException(e);
                }
            }
        }) { IsBackground = true, Name = "Jixiao audit chain" }.Start();
        return work;
    }

    /// <summary>
    /// Runs a save's chained part (lock, entries, commit; synchronous) on the process's one chain thread, after the saves
    /// queued before it: so this process holds the chain's lock one save at a time, each without waiting for a thread.
    /// </summary>
    internal static Task OnChainThreadAsync(Action work)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        ChainWork.Value.Add((work, done));
        return done.Task;
    }

    private static void LockChain(JixiaoDb db)
    {
        if (db.IsPostgres) db.Database.ExecuteSql($"SELECT pg_advisory_xact_lock({ChainLock})");
    }

    private static async Task LockChainAsync(JixiaoDb db, CancellationToken cancellationToken)
    {
        if (db.IsPostgres) await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ChainLock})", cancellationToken);
    }

    internal sealed record Change(string Entity, string Key, Guid? RecordId, string Action, string? Before, string? After);

    private static List<Change> Changes(JixiaoDb db)
    {
        db.ChangeTracker.DetectChanges();
        var changes = new List<Change>();
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.Entity is AuditEntry)
            {
                // The log is appended by this class alone: an entry changed or removed through the context is refused.
                if (entry.State is EntityState.Modified or EntityState.Deleted)
                    throw new InvalidOperationException("审计日志只能追加，不能修改或删除");
                continue;
            }
            string? action = entry.State switch
            {
                EntityState.Added => "新增",
                EntityState.Modified => "修改",
                EntityState.Deleted => "删除",
                _ => null,
            };
            if (action is null) continue;
            var properties = entry.Properties.Where(p => entry.State != EntityState.Modified || p.IsModified || p.Metadata.IsPrimaryKey()).ToList();
            string? before = entry.State == EntityState.Added ? null : Values(properties, original: true);
            string? after = entry.State == EntityState.Deleted ? null : Values(properties, original: false);
            changes.Add(new Change(entry.Metadata.ClrType.Name, Key(entry), RecordOf(entry.Entity), action, before, after));
        }
        return changes;
    }

    private static void Append(JixiaoDb db, List<Change> changes, long sequence, string previous)
    {
        var now = Truncate(DateTime.UtcNow);
        foreach (var c in changes)
        {
            var entry = new AuditEntry
            {
                Sequence = ++sequence, TimeUtc = now, ActorId = db.Actor.Id, ActorName = db.Actor.Name, Entity = c.Entity,
                EntityKey = c.Key, RecordId = c.RecordId, Action = c.Action, Before = c.Before, After = c.After,
                PreviousHash = previous, Hash = "",
            };
            entry.Hash = HashOf(entry);
            previous = entry.Hash;
            db.AuditEntries.Add(entry);
        }
    }

    private static Guid? RecordOf(object entity) => entity switch
    {
        Record r => r.Id,
        Revision r => r.RecordId,
        Transition t => t.RecordId,
        RecordFigures f => f.RecordId,
        StoredFile f => f.RecordId,
        ExpertAssignment a => a.RecordId,
        RectificationTask t => t.RecordId,
        EvidenceFile f => f.RecordId,
        _ => null,
    };

    private static string Key(EntityEntry entry) =>
        string.Join("/", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Text(entry.Property(p.Name).CurrentValue)));

    private static string Values(List<PropertyEntry> properties, bool original)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            foreach (var p in properties)
            {
                string name = p.Metadata.Name;
                var value = original ? p.OriginalValue : p.CurrentValue;
                if (Secret.Contains(name)) w.WriteString(name, value is null ? null : Hidden);
                else if (p.EntityEntry.Entity is Revision && name == nameof(Revision.Package)) w.WriteString(name, $"（数据包，SHA-256 见 {nameof(Revision.Sha256)}）");
                else Write(w, name, value);
            }
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void Write(Utf8JsonWriter w, string name, object? value)
    {
        switch (value)
        {
            case null: w.WriteNull(name); break;
            case string s: w.WriteString(name, s); break;
            case bool b: w.WriteBoolean(name, b); break;
            case int i: w.WriteNumber(name, i); break;
            case long l: w.WriteNumber(name, l); break;
            case decimal d: w.WriteNumber(name, d); break;
            default: w.WriteString(name, Text(value)); break;
        }
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime t => t.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static DateTime Truncate(DateTime t) => new(t.Ticks - t.Ticks % TicksPerMicrosecond, DateTimeKind.Utc);

    /// <summary>The SHA-256 of an entry's content and the hash before it (hex, lower case).</summary>
    public static string HashOf(AuditEntry e)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            w.WriteNumberValue(e.Sequence);
            w.WriteStringValue(Text(e.TimeUtc));
            w.WriteStringValue(e.ActorId);
            w.WriteStringValue(e.ActorName);
            w.WriteStringValue(e.Entity);
            w.WriteStringValue(e.EntityKey);
            w.WriteStringValue(e.RecordId?.ToString() ?? "");
            w.WriteStringValue(e.Action);
            w.WriteStringValue(e.Before);
            w.WriteStringValue(e.After);
            w.WriteStringValue(e.PreviousHash);
            w.WriteEndArray();
        }
        return Convert.ToHexStringLower(SHA256.HashData(buffer.WrittenSpan));
    }

    /// <summary>
    /// Walks the whole log in order: each entry's hash must be the hash of its content and the one before, and the
    /// sequence must have no gap. Returns null when the chain is whole, or the first entry that breaks it and why.
    /// </summary>
    public static async Task<AuditBreak?> VerifyAsync(JixiaoDb db, CancellationToken cancellationToken = default)
    {
        string previous = Genesis;
        long expected = 1;
        await foreach (var e in db.AuditEntries.AsNoTracking().OrderBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (e.Sequence != expected) return new AuditBreak(expected, $"第 {expected} 条审计记录缺失（下一条是第 {e.Sequence} 条）");
            if (e.PreviousHash != previous) return new AuditBreak(e.Sequence, $"第 {e.Sequence} 条审计记录所记的上一条哈希与上一条不符");
            if (HashOf(e) != e.Hash) return new AuditBreak(e.Sequence, $"第 {e.Sequence} 条审计记录的内容与其哈希不符（已被改动）");
            previous = e.Hash;
            expected++;
        }
        return null;
    }
}

/// <summary>Where the audit chain breaks.</summary>
public sealed record AuditBreak(long Sequence, string Reason);
