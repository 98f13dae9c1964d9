using Jixiao.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Web.Tests;

/// <summary>
/// Contexts are pooled (a request's first query no longer builds a context's services); one that goes back to the pool
/// must not carry the audit log's actor of the request that used it into the next.
/// </summary>
public sealed class PooledContextTests : IAsyncLifetime
{
    private readonly TestServer _server = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    [Fact]
    public async Task A_context_back_from_the_pool_writes_in_no_one_s_name()
    {
        JixiaoDb first;
        await using (var scope = _server.Services.CreateAsyncScope())
        {
            first = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            first.Actor = new AuditActor("someone", "某人");
        }
        await using (var scope = _server.Services.CreateAsyncScope())
        {
            var second = scope.ServiceProvider.GetRequiredService<JixiaoDb>();
            second.ShouldBeSameAs(first);
            second.Actor.ShouldBe(AuditActor.System);
        }
    }
}
