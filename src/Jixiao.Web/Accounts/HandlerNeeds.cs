using Jixiao.Application.Workflow;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Jixiao.Web.Accounts;

/// <summary>
/// The capability a page handler needs (any of those given). Razor Pages apply an <c>[Authorize]</c> to a whole page only,
/// so a page's view is guarded by <see cref="NeedsAttribute"/> on its class and each of its post handlers by this,
/// enforced by <see cref="HandlerCapabilityFilter"/>; the authorization tests require one on every handler. Given no
/// capability, the handler is open to whoever may open its page (logging in, logging out).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class HandlerNeedsAttribute(params Capability[] capabilities) : Attribute
{
    public IReadOnlyList<Capability> Capabilities { get; } = capabilities;
}

public sealed class HandlerCapabilityFilter(IAuthorizationService authorization) : IAsyncPageFilter
{
    // Read once per handler method: attributes read by reflection on every request showed in the load profile.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<System.Reflection.MethodInfo, HandlerNeedsAttribute?> Needs = new();

    private static HandlerNeedsAttribute? Read(System.Reflection.MethodInfo method) =>
        method.GetCustomAttributes(typeof(HandlerNeedsAttribute), false).Cast<HandlerNeedsAttribute>().FirstOrDefault();

    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var needs = context.HandlerMethod is { } handler ? Needs.GetOrAdd(handler.MethodInfo, Read) : null;
        if (needs is null && context.HandlerMethod?.HttpMethod is "Post" or "Put" or "Delete")
        {
            // A handler that changes something without saying what it needs is refused rather than left open.
            context.Result = new ForbidResult();
            return;
        }
        if (needs is { Capabilities.Count: > 0 }
            && !(await authorization.AuthorizeAsync(context.HttpContext.User, Accounts.Capabilities.Policy(needs.Capabilities))).Succeeded)
        {
            context.Result = context.HttpContext.User.Identity?.IsAuthenticated == true ? new ForbidResult() : new ChallengeResult();
            return;
        }
        await next();
    }
}
