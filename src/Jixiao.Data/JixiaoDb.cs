using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Data;

/// <summary>
/// The database of the web application (docs/web.md): Identity's accounts, the organisation (regions, departments,
/// units), records with their revisions and transitions, figures, files, and the audit log every save writes into.
/// </summary>
public class JixiaoDb(DbContextOptions<JixiaoDb> options) : IdentityDbContext<Account>(options)
{
    public DbSet<Region> Regions => Set<Region>();
    public DbSet<Department> Departments => Set<Department>();
    public DbSet<Unit> Units => Set<Unit>();
    public DbSet<FinanceLimit> FinanceLimits => Set<FinanceLimit>();
    public DbSet<ExpertAssignment> ExpertAssignments => Set<ExpertAssignment>();
    public DbSet<Record> Records => Set<Record>();
    public DbSet<Revision> Revisions => Set<Revision>();
    public DbSet<Transition> Transitions => Set<Transition>();
    public DbSet<RecordFigures> Figures => Set<RecordFigures>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<StoredFile> Files => Set<StoredFile>();
    public DbSet<DocumentReview> Reviews => Set<DocumentReview>();
    public DbSet<ReviewItem> ReviewItems => Set<ReviewItem>();
    public DbSet<RectificationTask> Rectifications => Set<RectificationTask>();
    public DbSet<EvidenceFile> Evidence => Set<EvidenceFile>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    /// <summary>Who the saves of this context are made by, for the audit log (the web sets the signed-in account).</summary>
    public AuditActor Actor { get; set; } = AuditActor.System;

    // A pooled context goes back to the pool on disposal: the next lease must not write in this one's name.
    public override void Dispose()
    {
        Actor = AuditActor.System;
        base.Dispose();
    }

    public override ValueTask DisposeAsync()
    {
        Actor = AuditActor.System;
        return base.DisposeAsync();
    }

    /// <summary>True on PostgreSQL (Npgsql), false on SQLite.</summary>
    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    protected override void OnModelCreating(ModelBuilder b)
    {
        base.OnModelCreating(b);
        b.Entity<Region>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(15);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.ParentCode).HasMaxLength(15);
        });
        b.Entity<Department>(e =>
        {
            e.HasIndex(x => new { x.RegionCode, x.Code }).IsUnique();
            e.Property(x => x.Code).HasMaxLength(30);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.RegionCode).HasMaxLength(15);
        });
        b.Entity<Unit>(e =>
        {
            e.HasIndex(x => new { x.RegionCode, x.Code }).IsUnique();
            e.HasIndex(x => x.DepartmentId);
            e.Property(x => x.Code).HasMaxLength(30);
            e.Property(x => x.Name).HasMaxLength(200);
            e.Property(x => x.RegionCode).HasMaxLength(15);
            e.Property(x => x.Nature).HasMaxLength(20);
        });
        b.Entity<Account>(e =>
        {
            e.Property(x => x.DisplayName).HasMaxLength(100);
            e.Property(x => x.Role).HasMaxLength(20);
            e.Property(x => x.RegionCode).HasMaxLength(15);
        });
        b.Entity<FinanceLimit>().HasKey(x => new { x.AccountId, x.DepartmentId });
        b.Entity<ExpertAssignment>(e =>
        {
            e.HasKey(x => new { x.AccountId, x.RecordId, x.ProjectCode });
            e.Property(x => x.ProjectCode).HasMaxLength(60);
        });
        b.Entity<Record>(e =>
        {
            e.HasIndex(x => new { x.UnitId, x.Year, x.Kind }).IsUnique();
            e.HasIndex(x => new { x.Year, x.State });
            e.Property(x => x.Kind).HasMaxLength(20);
            e.Property(x => x.State).HasMaxLength(10);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<Revision>(e =>
        {
            e.HasIndex(x => new { x.RecordId, x.Number }).IsUnique();
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.State).HasMaxLength(10);
            e.Property(x => x.AuthorId).HasMaxLength(450);
        });
        b.Entity<Transition>(e =>
        {
            e.HasIndex(x => new { x.RecordId, x.TimeUtc });
            e.Property(x => x.FromState).HasMaxLength(10);
            e.Property(x => x.ToState).HasMaxLength(10);
            e.Property(x => x.Action).HasMaxLength(20);
            e.Property(x => x.StepId).HasMaxLength(60);
            e.Property(x => x.ActorId).HasMaxLength(450);
        });
        b.Entity<RecordFigures>(e =>
        {
            e.HasKey(x => x.RevisionId);
            e.HasIndex(x => x.RecordId);
            foreach (var p in new[] { nameof(RecordFigures.Income), nameof(RecordFigures.Expenditure), nameof(RecordFigures.Basic),
                         nameof(RecordFigures.ProjectSpending), nameof(RecordFigures.Fiscal) })
                e.Property(p).HasPrecision(18, 2);
            e.Property(x => x.Grade).HasMaxLength(10);
        });
        b.Entity<AuditEntry>(e =>
        {
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedNever();
            e.HasIndex(x => x.RecordId);
            e.Property(x => x.Entity).HasMaxLength(60);
            e.Property(x => x.EntityKey).HasMaxLength(200);
            e.Property(x => x.Action).HasMaxLength(10);
            e.Property(x => x.ActorId).HasMaxLength(450);
            e.Property(x => x.ActorName).HasMaxLength(100);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
        });
        b.Entity<StoredFile>(e =>
        {
            e.HasIndex(x => x.Sha256);
            e.HasIndex(x => x.RecordId);
            e.Property(x => x.Sha256).HasMaxLength(64);
            e.Property(x => x.Name).HasMaxLength(260);
            e.Property(x => x.MediaType).HasMaxLength(100);
            e.Property(x => x.Purpose).HasMaxLength(20);
            e.Property(x => x.UploaderId).HasMaxLength(450);
        });
        b.Entity<DocumentReview>(e =>
        {
            e.HasIndex(x => new { x.RegionCode, x.CreatedUtc });
            e.HasIndex(x => x.State);
            e.Property(x => x.RegionCode).HasMaxLength(15);
            e.Property(x => x.UploaderId).HasMaxLength(450);
            e.Property(x => x.FileName).HasMaxLength(260);
            e.Property(x => x.State).HasMaxLength(10);
            e.Property(x => x.DocumentKind).HasMaxLength(40);
            e.Property(x => x.UnitName).HasMaxLength(200);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<ApiToken>(e =>
        {
            e.HasIndex(x => x.Hash).IsUnique();
            e.HasIndex(x => x.AccountId);
            e.Property(x => x.AccountId).HasMaxLength(450);
            e.Property(x => x.Name).HasMaxLength(100);
            e.Property(x => x.Prefix).HasMaxLength(12);
            e.Property(x => x.Hash).HasMaxLength(64);
        });
        b.Entity<EvidenceFile>(e =>
        {
            e.HasIndex(x => new { x.RecordId, x.ProjectCode });
            e.Property(x => x.ProjectCode).HasMaxLength(60);
            e.Property(x => x.ItemKey).HasMaxLength(300);
            e.Property(x => x.UploaderId).HasMaxLength(450);
            e.Property(x => x.ReviewerId).HasMaxLength(450);
            e.Property(x => x.State).HasMaxLength(10);
            e.Property(x => x.ReviewNote).HasMaxLength(1000);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<RectificationTask>(e =>
        {
            e.HasIndex(x => x.RecordId);
            e.HasIndex(x => new { x.OwnerId, x.State });
            e.Property(x => x.ProjectCode).HasMaxLength(60);
            e.Property(x => x.Issue).HasMaxLength(2000);
            e.Property(x => x.OwnerId).HasMaxLength(450);
            e.Property(x => x.CreatorId).HasMaxLength(450);
            e.Property(x => x.State).HasMaxLength(10);
            e.Property(x => x.Response).HasMaxLength(2000);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
        b.Entity<ReviewItem>(e =>
        {
            e.HasIndex(x => new { x.ReviewId, x.FileVersion, x.Index }).IsUnique();
            e.HasIndex(x => new { x.RuleId, x.Decision });
            e.Property(x => x.Kind).HasMaxLength(20);
            e.Property(x => x.RuleId).HasMaxLength(40);
            e.Property(x => x.RuleTitle).HasMaxLength(300);
            e.Property(x => x.Severity).HasMaxLength(10);
            e.Property(x => x.Subject).HasMaxLength(300);
            e.Property(x => x.Location).HasMaxLength(500);
            e.Property(x => x.Decision).HasMaxLength(10);
            e.Property(x => x.Reason).HasMaxLength(1000);
            e.Property(x => x.DeciderId).HasMaxLength(450);
            e.Property(x => x.Version).IsConcurrencyToken();
        });
    }

    // Every save is one transaction (the caller's, or one of its own): the rows first, then their audit entries, which
    // take the chain's lock (PostgreSQL; SQLite's write transaction excludes other writers anyway) only for the entries
    // and the commit. A save refused by a constraint or a stale version fails before it touches the chain.
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        using var own = Database.CurrentTransaction is null ? Database.BeginTransaction() : null;
        var changes = AuditLog.Capture(this);
        int n = base.SaveChanges(acceptAllChangesOnSuccess);
        if (changes.Count > 0)
        {
            AuditLog.Append(this, changes);
            base.SaveChanges(acceptAllChangesOnSuccess);
        }
        own?.Commit();
        return n;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        await using var own = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        var changes = AuditLog.Capture(this);
        int n = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (changes.Count > 0 && own is not null && IsPostgres)
        {
            // The lock is waited for, held and let go on the chain's own thread, one save after another: awaited on the
            // thread pool, a granted lock waited behind every other request's work before its holder could go on, and
            // saves queued for seconds behind it under load (docs/performance.md). Not cancelled once queued: the
            // context is in use until the work is done.
            await AuditLog.OnChainThreadAsync(() =>
            {
                AuditLog.Append(this, changes);
                base.SaveChanges(acceptAllChangesOnSuccess);
                own.Commit();
            });
            return n;
        }
        if (changes.Count > 0)
        {
            await AuditLog.AppendAsync(this, changes, cancellationToken);
            await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        if (own is not null) await own.CommitAsync(cancellationToken);
        return n;
    }
}

/// <summary>Who makes a change.</summary>
public sealed record AuditActor(string Id, string Name)
{
    public static AuditActor System { get; } = new("system", "系统");
}
