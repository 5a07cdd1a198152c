using Jixiao.App.Targets;
using Jixiao.App.Workflow;
using Jixiao.Scoring.Linting;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Targets;

/// <summary>A review step as the API receives it: the comment (required to return or reopen) and the version the caller saw.</summary>
public sealed record ReviewRequest(string? Comment = null, long? Version = null);

public sealed record StartTargetsRequest(string? FrameworkId);

public sealed record NewVersionRequest(string? Reason);

/// <summary>/api/v1/projects/{projectId}/targets: the project's 绩效目标表, its linter, workflow and Excel export.</summary>
public static class TargetsApi
{
    public static RouteGroupBuilder MapTargetsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/projects/{projectId:guid}/targets").WithTags("绩效目标 Targets").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", GetTargetSheet).WithName("GetTargets").WithSummary("当前版本的绩效目标表、版本列表和审查意见");
        group.MapPost("/", StartTargetSheet).WithName("StartTargets").WithSummary("按框架模板开始填报").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/", SaveTargetSheet).WithName("SaveTargets").WithSummary("保存草稿（提交后锁定）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/lint", LintTargetSheet).WithName("LintTargets").WithSummary("用评分核心的目标检查器检查（不保存）");
        group.MapPost("/submit", SubmitTargets)
            .WithName("SubmitTargets").WithSummary("提交审核").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/approve", ApproveTargets)
            .WithName("ApproveTargets").WithSummary("主管部门或财政审核通过").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/return", ReturnTargets)
            .WithName("ReturnTargets").WithSummary("退回（须填写意见）").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/versions", NewVersion).WithName("NewTargetVersion").WithSummary("调整已审定的目标：新建版本（须填写原因）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/export", Export).WithName("ExportTargets").WithSummary("导出 Excel");
        return group;
    }

    public static async Task<Ok<TargetSheetView>> GetTargetSheet(HttpContext http, GetTargets get, Guid projectId, CancellationToken ct) =>
        TypedResults.Ok(await get.Run(http.Scope(), projectId, ct) ?? throw new App.Common.NotFoundException("该项目尚未填报绩效目标。"));

    public static async Task<Created<TargetSheetView>> StartTargetSheet(HttpContext http, SaveTargets save, GetTargets get, Guid projectId, StartTargetsRequest? request, CancellationToken ct)
    {
        await save.Start(http.Scope(), projectId, request?.FrameworkId, ct);
        return TypedResults.Created($"/api/v1/projects/{projectId}/targets", (await get.Run(http.Scope(), projectId, ct))!);
    }

    public static async Task<Ok<TargetSheetView>> SaveTargetSheet(HttpContext http, SaveTargets save, GetTargets get, Guid projectId, TargetSheetInput input, CancellationToken ct)
    {
        await save.Save(http.Scope(), projectId, input, ct);
        return TypedResults.Ok((await get.Run(http.Scope(), projectId, ct))!);
    }

    public static async Task<Ok<IReadOnlyList<Finding>>> LintTargetSheet(HttpContext http, GetTargets get, Guid projectId, TargetSheetInput input, CancellationToken ct)
    {
        var view = await get.Run(http.Scope(), projectId, ct);
        var budget = await get.Budget(http.Scope(), projectId, ct);
        return TypedResults.Ok(TargetLint.Run(input.Indicators, budget, view?.FrameworkId));
    }

    public static async Task<Ok<TargetSheetView>> NewVersion(HttpContext http, SaveTargets save, GetTargets get, Guid projectId, NewVersionRequest request, CancellationToken ct)
    {
        await save.NewVersion(http.Scope(), projectId, request.Reason, ct);
        return TypedResults.Ok((await get.Run(http.Scope(), projectId, ct))!);
    }

    public static async Task<FileContentHttpResult> Export(HttpContext http, GetTargets get, Guid projectId, CancellationToken ct)
    {
        var view = await get.Run(http.Scope(), projectId, ct) ?? throw new App.Common.NotFoundException("该项目尚未填报绩效目标。");
        return TypedResults.File(TargetWorkbook.Export(view.Indicators), App.Projects.ProjectSheet.ContentType, $"绩效目标表-{view.ProjectCode}-v{view.Number}.xlsx");
    }

    public static Task<Ok<ReviewStatus>> SubmitTargets(HttpContext http, ReviewTargets review, Guid projectId, ReviewRequest? request, CancellationToken ct) =>
        Review(http, review, projectId, ReviewAction.Submit, request, ct);

    public static Task<Ok<ReviewStatus>> ApproveTargets(HttpContext http, ReviewTargets review, Guid projectId, ReviewRequest? request, CancellationToken ct) =>
        Review(http, review, projectId, ReviewAction.Approve, request, ct);

    public static Task<Ok<ReviewStatus>> ReturnTargets(HttpContext http, ReviewTargets review, Guid projectId, ReviewRequest? request, CancellationToken ct) =>
        Review(http, review, projectId, ReviewAction.Return, request, ct);

    private static async Task<Ok<ReviewStatus>> Review(HttpContext http, ReviewTargets review, Guid projectId, ReviewAction action, ReviewRequest? request, CancellationToken ct) =>
        TypedResults.Ok(await review.Run(http.Scope(), projectId, action, request?.Comment, request?.Version, ct));
}
