using Jixiao.Application.Targets;
using Jixiao.Data;
using Jixiao.Targets;
using Jixiao.Targets.Library;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Records;

/// <summary>
/// The indicator library the target-form editor suggests from: the shipped seeds and the target forms of every
/// published budget (public already), rebuilt when something more is published and at most every ten minutes.
/// </summary>
public sealed class IndicatorSuggestions(IServiceScopeFactory scopes)
{
    private readonly SemaphoreSlim _one = new(1, 1);
    private (IndicatorLibrary Library, int Published, DateTime Built)? _current;

    public async Task<IndicatorLibrary> LibraryAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
        int published = await db.Records.CountAsync(r => r.State == RecordAccess.PublishedState, cancellationToken);
        if (_current is { } c && c.Published == published && DateTime.UtcNow - c.Built < TimeSpan.FromMinutes(10)) return c.Library;
        await _one.WaitAsync(cancellationToken);
        try
        {
            if (_current is { } again && again.Published == published && DateTime.UtcNow - again.Built < TimeSpan.FromMinutes(10)) return again.Library;
            var builder = new IndicatorLibraryBuilder();
            foreach (var (resource, _) in SeedLibrary.Seeds)
                foreach (var form in SeedLibrary.Forms(resource)) builder.Add(form, resource);
            var records = scope.ServiceProvider.GetRequiredService<RecordService>();
            foreach (var record in await db.Records.AsNoTracking().Where(r => r.State == RecordAccess.PublishedState).ToListAsync(cancellationToken))
            {
                var budget = (await records.LoadAsync(record, cancellationToken)).Budget;
                foreach (var form in TargetForms.AsDeclared(budget, Jixiao.Documents.Forms.TargetFormShapes.Of)) builder.Add(form, record.Id.ToString());
            }
            var library = builder.Build();
            _current = (library, published, DateTime.UtcNow);
            return library;
        }
        finally { _one.Release(); }
    }
}
