using Jixiao.App.Access;
using Jixiao.App.Auditing;

namespace Jixiao.Web.Infrastructure;

/// <summary>The signed-in user as the audit log and the access rules see them.</summary>
public sealed class HttpAuditActor(IHttpContextAccessor accessor) : IAuditActor
{
    public string Name => accessor.HttpContext?.User.Identity?.Name ?? "system";
}

public static class HttpContextScopeExtensions
{
    /// <summary>The caller's scope; endpoints behind authorization always have one.</summary>
    public static UserScope Scope(this HttpContext context) =>
        UserScope.FromPrincipal(context.User) ?? throw new App.Common.ForbiddenException("当前用户未关联单位。");
}
