using Jixiao.App.Auditing;
using Jixiao.App.Users;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Users;

/// <summary>/api/v1/users: the system admin and the performance section manage accounts; everyone else gets 403.</summary>
public static class UsersApi
{
    public static RouteGroupBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/users").WithTags("用户 Users").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", ListUsers).WithName("ListUsers").WithSummary("用户列表");
        group.MapGet("/{id}", GetUser).WithName("GetUser").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id}/history", UserHistory).WithName("UserHistory").WithSummary("用户变更记录").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateUser).WithName("CreateUser").WithSummary("新增用户").ProducesValidationProblem();
        group.MapPut("/{id}", ChangeUser).WithName("ChangeUser").WithSummary("修改角色、单位或姓名").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/password", ResetPassword).WithName("ResetUserPassword").WithSummary("重置密码").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/unlock", UnlockUser).WithName("UnlockUser").WithSummary("解除锁定")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/disable", DisableUser).WithName("DisableUser").WithSummary("停用用户（须填原因）").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<UserView>>> ListUsers(HttpContext http, ManageUsers manage, CancellationToken ct) =>
        TypedResults.Ok(await manage.List(http.Scope(), ct));

    public static async Task<Ok<UserView>> GetUser(HttpContext http, ManageUsers manage, string id, CancellationToken ct) =>
        TypedResults.Ok(await manage.Get(http.Scope(), id, ct));

    public static async Task<Ok<IReadOnlyList<AuditEntry>>> UserHistory(HttpContext http, ManageUsers manage, string id, CancellationToken ct) =>
        TypedResults.Ok(await manage.History(http.Scope(), id, ct));

    public static async Task<Created<UserView>> CreateUser(HttpContext http, ManageUsers manage, UserCreate input, CancellationToken ct)
    {
        var id = await manage.Create(http.Scope(), input, ct);
        return TypedResults.Created($"/api/v1/users/{id}", await manage.Get(http.Scope(), id, ct));
    }

    public static async Task<Ok<UserView>> ChangeUser(HttpContext http, ManageUsers manage, string id, UserChange input, CancellationToken ct)
    {
        await manage.Change(http.Scope(), id, input, ct);
        return TypedResults.Ok(await manage.Get(http.Scope(), id, ct));
    }

    public static async Task<NoContent> ResetPassword(HttpContext http, ManageUsers manage, string id, PasswordReset input, CancellationToken ct)
    {
        await manage.ResetPassword(http.Scope(), id, input, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<UserView>> UnlockUser(HttpContext http, ManageUsers manage, string id, UserReason? input, CancellationToken ct)
    {
        await manage.Unlock(http.Scope(), id, input?.Reason, ct);
        return TypedResults.Ok(await manage.Get(http.Scope(), id, ct));
    }

    public static async Task<Ok<UserView>> DisableUser(HttpContext http, ManageUsers manage, string id, UserReason input, CancellationToken ct)
    {
        await manage.Disable(http.Scope(), id, input.Reason, ct);
        return TypedResults.Ok(await manage.Get(http.Scope(), id, ct));
    }
}
