using Jixiao.App.SelfEvaluations;
using Jixiao.App.Workflow;
using Jixiao.Web.Features.Targets;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Jixiao.Web.Features.SelfEvaluations;

/// <summary>
/// /api/v1/projects/{projectId}/self-evaluation: read, open, save, live score, submit → department → finance accept,
/// reopen. A final (accepted) evaluation answers 409 with a Chinese detail to any change.
/// </summary>
public static class SelfEvaluationsApi
{
    public static RouteGroupBuilder MapSelfEvaluationsApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/self-evaluations", ListEvaluations).WithTags("单位自评 Self-evaluations").RequireAuthorization()
            .WithName("ListSelfEvaluations").WithSummary("可见的自评列表（按年度、状态筛选）").ProducesProblem(StatusCodes.Status401Unauthorized);
        var group = app.MapGroup("/api/v1/projects/{projectId:guid}/self-evaluation").WithTags("单位自评 Self-evaluations").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", GetEvaluation).WithName("GetSelfEvaluation").WithSummary("自评表：指标、实际完成值、得分及计算过程、总分和等级");
        group.MapPost("/", OpenEvaluation).WithName("OpenSelfEvaluation").WithSummary("以已审定的绩效目标和项目资金开始自评")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/", SaveEvaluation).WithName("SaveSelfEvaluation").WithSummary("保存草稿（定稿后不能修改）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/import", ImportEvaluation).WithName("ImportSelfEvaluation").DisableAntiforgery()
            .WithSummary("上传填好的自评表 Excel（multipart：file，可选 version）；任何一行有误则不保存，逐行列出行号、列和原因")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/score", ScoreEvaluation).WithName("ScoreSelfEvaluation").WithSummary("按评分核心计算得分（不保存）").ProducesValidationProblem();
        group.MapPost("/submit", SubmitEvaluation).WithName("SubmitSelfEvaluation").WithSummary("提交审核")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/approve", ApproveEvaluation).WithName("ApproveSelfEvaluation").WithSummary("主管部门审核通过；财政审核通过即定稿")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/return", ReturnEvaluation).WithName("ReturnSelfEvaluation").WithSummary("退回（须填写意见）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/reopen", ReopenEvaluation).WithName("ReopenSelfEvaluation").WithSummary("重新打开已定稿的自评（绩效科，须填写原因）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<SelfEvaluationRow>>> ListEvaluations(HttpContext http, ListSelfEvaluations list, int? year, ReviewStatus? status, CancellationToken ct) =>
        TypedResults.Ok(await list.Run(http.Scope(), year, status, ct));

    public static async Task<Ok<SelfEvaluationView>> GetEvaluation(HttpContext http, GetSelfEvaluation get, Guid projectId, CancellationToken ct) =>
        TypedResults.Ok(await get.Run(http.Scope(), projectId, ct) ?? throw new App.Common.NotFoundException("该项目尚未开始自评。"));

    public static async Task<Created<SelfEvaluationView>> OpenEvaluation(HttpContext http, SaveSelfEvaluation save, GetSelfEvaluation get, Guid projectId, CancellationToken ct)
    {
        await save.Open(http.Scope(), projectId, ct);
        return TypedResults.Created($"/api/v1/projects/{projectId}/self-evaluation", (await get.Run(http.Scope(), projectId, ct))!);
    }

    public static async Task<Ok<SelfEvaluationView>> SaveEvaluation(HttpContext http, SaveSelfEvaluation save, GetSelfEvaluation get, Guid projectId, SelfEvaluationInput input, CancellationToken ct)
    {
        await save.Save(http.Scope(), projectId, input, ct);
        return TypedResults.Ok((await get.Run(http.Scope(), projectId, ct))!);
    }

    public static async Task<Results<Ok<SelfEvaluationView>, ValidationProblem>> ImportEvaluation(
        HttpContext http, ImportSelfEvaluation import, GetSelfEvaluation get, Guid projectId, IFormFile? file, [FromForm] long? version, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请选择要导入的自评表 Excel 文件。"] }, "请选择要导入的自评表 Excel 文件。", title: "导入失败");
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var result = await import.Run(http.Scope(), projectId, buffer.ToArray(), file.FileName, version, ct);
        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(ImportProblems.ByCell(result.Errors), $"导入失败，未保存任何内容：共 {result.Errors.Count} 处问题。", title: "导入失败");
        }
        return TypedResults.Ok((await get.Run(http.Scope(), projectId, ct))!);
    }

    public static async Task<Ok<ScoreView>> ScoreEvaluation(HttpContext http, GetSelfEvaluation get, Guid projectId, SelfEvaluationInput input, CancellationToken ct) =>
        TypedResults.Ok(await get.Preview(http.Scope(), projectId, input.Entries, ct));

    public static Task<Ok<ReviewStatus>> SubmitEvaluation(HttpContext http, ReviewSelfEvaluation review, Guid projectId, ReviewRequest? request, CancellationToken ct) =>
        Review(http, review, projectId, ReviewAction.Submit, request, ct);

    public static Task<Ok<ReviewStatus>> ApproveEvaluation(HttpContext http, ReviewSelfEvaluation review, Guid projectId, ReviewRequest? request, CancellationToken ct) =>
        Review(http, review, projectId, ReviewAction.Approve, request, ct);

    public static Task<Ok<ReviewStatus>> ReturnEvaluation(HttpContext http, ReviewSelfEvaluation review, Guid projectId, ReviewRequest? request, CancellationToken ct) =>
        Review(http, review, projectId, ReviewAction.Return, request, ct);

    public static Task<Ok<ReviewStatus>> ReopenEvaluation(HttpContext http, ReviewSelfEvaluation review, Guid projectId, ReviewRequest? request, CancellationToken ct) =>
        Review(http, review, projectId, ReviewAction.Reopen, request, ct);

    private static async Task<Ok<ReviewStatus>> Review(HttpContext http, ReviewSelfEvaluation review, Guid projectId, ReviewAction action, ReviewRequest? request, CancellationToken ct) =>
        TypedResults.Ok(await review.Run(http.Scope(), projectId, action, request?.Comment, request?.Version, ct));
}
