using Jixiao.App.Jurisdictions;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Settings;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Jurisdiction;

/// <summary>The body of PUT /api/v1/jurisdiction/settings: the whole document, the version it was read at, and why.</summary>
public sealed record SettingsUpdate(JurisdictionSettings Settings, long Version, string? Reason);

/// <summary>/api/v1/jurisdiction/settings and the built-in frameworks: everyone in the jurisdiction reads; the bureau changes.</summary>
public static class JurisdictionSettingsApi
{
    public static RouteGroupBuilder MapJurisdictionSettingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/jurisdiction").WithTags("地区设置 Jurisdiction settings").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/settings", GetSettings).WithName("GetJurisdictionSettings").WithSummary("本地区评分设置");
        group.MapPut("/settings", UpdateSettings).WithName("UpdateJurisdictionSettings").WithSummary("修改本地区评分设置（需填写原因）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/frameworks", ListFrameworks).WithName("ListFrameworks").WithSummary("内置评价指标框架");
        return group;
    }

    public static async Task<Ok<JurisdictionSettingsView>> GetSettings(HttpContext http, ManageJurisdictionSettings manage, CancellationToken ct) =>
        TypedResults.Ok(await manage.Get(http.Scope(), ct));

    public static async Task<Ok<JurisdictionSettingsView>> UpdateSettings(HttpContext http, ManageJurisdictionSettings manage, SettingsUpdate update, CancellationToken ct) =>
        TypedResults.Ok(await manage.Save(http.Scope(), new SettingsChange(update.Settings, update.Version, update.Reason), ct));

    public static Ok<IReadOnlyList<Framework>> ListFrameworks() => TypedResults.Ok(BuiltInFrameworks.All);
}
