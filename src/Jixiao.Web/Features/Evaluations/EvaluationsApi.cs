using Jixiao.App.Evaluations;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Evaluations;

public sealed record TeamRequest(string? UserName);

public sealed record EvaluationReviewRequest(string? Comment);

/// <summary>
/// /api/v1/evaluations: the evaluator's workspace for key and department evaluations. Details only after the conflict
/// declaration; an accepted (final) evaluation answers 409 to any change.
/// </summary>
public static class EvaluationsApi
{
    public static RouteGroupBuilder MapEvaluationsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/evaluations").WithTags("财政评价 Evaluations").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", List).WithName("ListEvaluations").WithSummary("可见的重点评价/部门整体评价（按年度、状态筛选）");
        group.MapPost("/department", StartDepartment).WithName("StartDepartmentEvaluation")
            .WithSummary("绩效科发起部门整体支出绩效评价（部门预算、指标体系 department-duties 或 department、第三方机构、截止日期）")
            .ProducesValidationProblem();
        group.MapGet("/{id:guid}", Get).WithName("GetEvaluation").WithSummary("评价工作台：指标、得分、评价组；未声明利益冲突时只有名称、单位和评价组");
        group.MapPost("/{id:guid}/declaration", Declare).WithName("DeclareConflict").WithSummary("利益冲突声明（无利害关系 / 存在利害关系并回避）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}/team", AddMember).WithName("AddTeamMember").WithSummary("组长添加评审专家或本机构评价人员")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}/indicators/{indicatorId:guid}", SaveIndicator).WithName("SaveEvaluationIndicator").WithSummary("保存一项指标（带版本号；定稿后不能修改）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id:guid}/indicators", AddIndicator).WithName("AddEvaluationIndicator").WithSummary("添加项目个性指标")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}/indicators/{indicatorId:guid}", DeleteIndicator).WithName("DeleteEvaluationIndicator").WithSummary("删除项目个性指标")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}/text", SaveText).WithName("SaveEvaluationText").WithSummary("保存基本情况、综合评价结论、主要经验")
            .ProducesProblem(StatusCodes.Status409Conflict);
        foreach (var (path, action, summary) in new[]
        {
            ("submit", EvaluationAction.Submit, "组长提交（全部指标已评分）"), ("accept", EvaluationAction.Accept, "绩效科审定（定稿）"),
            ("return", EvaluationAction.Return, "绩效科退回（须填写意见）"), ("reopen", EvaluationAction.Reopen, "绩效科重新打开已审定的评价（须填写原因）"),
        })
        {
            group.MapPost($"/{{id:guid}}/{path}", (HttpContext http, ReviewEvaluation review, Guid id, EvaluationReviewRequest? request, CancellationToken ct) => Review(http, review, id, action, request, ct))
                .WithName($"{action}Evaluation").WithSummary(summary).ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        }
        group.MapPost("/{id:guid}/evidence", Upload).WithName("UploadEvidence").WithSummary("上传佐证材料（multipart：indicatorId + file）")
            .DisableAntiforgery().ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}/evidence/{fileId:guid}", Download).WithName("DownloadEvidence").WithSummary("下载佐证材料（校验SHA-256）");
        return group;
    }

    public static async Task<Ok<IReadOnlyList<EvaluationRow>>> List(HttpContext http, GetEvaluation get, int? year, EvaluationStatus? status, CancellationToken ct) =>
        TypedResults.Ok(await get.List(http.Scope(), year, status, ct));

    public static async Task<Created<EvaluationView>> StartDepartment(HttpContext http, StartDepartmentEvaluation start, GetEvaluation get, NewDepartmentEvaluation input, CancellationToken ct)
    {
        var id = await start.Run(http.Scope(), input, ct);
        return TypedResults.Created($"/api/v1/evaluations/{id}", await get.Run(http.Scope(), id, ct));
    }

    public static async Task<Ok<EvaluationView>> Get(HttpContext http, GetEvaluation get, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await get.Run(http.Scope(), id, ct));

    public static async Task<Ok<EvaluationView>> Declare(HttpContext http, DeclareConflict declare, GetEvaluation get, Guid id, ConflictDeclaration input, CancellationToken ct)
    {
        await declare.Run(http.Scope(), id, input, ct);
        return TypedResults.Ok(await get.Run(http.Scope(), id, ct));
    }

    public static async Task<Ok<EvaluationView>> AddMember(HttpContext http, ManageTeam team, GetEvaluation get, Guid id, TeamRequest input, CancellationToken ct)
    {
        await team.Add(http.Scope(), id, input.UserName, ct);
        return TypedResults.Ok(await get.Run(http.Scope(), id, ct));
    }

    public static async Task<Ok<EvaluationView>> SaveIndicator(HttpContext http, SaveIndicator save, GetEvaluation get, Guid id, Guid indicatorId, IndicatorEdit input, CancellationToken ct)
    {
        await save.Save(http.Scope(), id, indicatorId, input, ct);
        return TypedResults.Ok(await get.Run(http.Scope(), id, ct));
    }

    public static async Task<Created<EvaluationView>> AddIndicator(HttpContext http, SaveIndicator save, GetEvaluation get, Guid id, NewIndicator input, CancellationToken ct)
    {
        await save.Add(http.Scope(), id, input, ct);
        return TypedResults.Created($"/api/v1/evaluations/{id}", await get.Run(http.Scope(), id, ct));
    }

    public static async Task<NoContent> DeleteIndicator(HttpContext http, SaveIndicator save, Guid id, Guid indicatorId, CancellationToken ct)
    {
        await save.Delete(http.Scope(), id, indicatorId, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<EvaluationView>> SaveText(HttpContext http, SaveEvaluationText save, GetEvaluation get, Guid id, EvaluationTextInput input, CancellationToken ct)
    {
        await save.Run(http.Scope(), id, input, ct);
        return TypedResults.Ok(await get.Run(http.Scope(), id, ct));
    }

    public static async Task<Created<EvidenceView>> Upload(HttpContext http, UploadEvidence upload, GetEvaluation get, Guid id, IFormFile? file, [Microsoft.AspNetCore.Mvc.FromForm] Guid? indicatorId, CancellationToken ct)
    {
        if (file is null || indicatorId is not { } indicator)
        {
            throw App.Common.ValidationFailedException.For(file is null ? "File" : "IndicatorId", file is null ? "请选择要上传的文件。" : "请选择佐证材料所属的指标。");
        }
        await using var stream = file.OpenReadStream();
        var fileId = await upload.Upload(http.Scope(), id, indicator, file.FileName, stream, ct);
        var view = (await get.Run(http.Scope(), id, ct)).Indicators.SelectMany(i => i.Evidence).Single(f => f.Id == fileId);
        return TypedResults.Created($"/api/v1/evaluations/{id}/evidence/{fileId}", view);
    }

    public static async Task<FileStreamHttpResult> Download(HttpContext http, UploadEvidence upload, Guid id, Guid fileId, CancellationToken ct)
    {
        var file = await upload.Download(http.Scope(), id, fileId, ct);
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private static async Task<Ok<EvaluationStatus>> Review(HttpContext http, ReviewEvaluation review, Guid id, EvaluationAction action, EvaluationReviewRequest? request, CancellationToken ct) =>
        TypedResults.Ok(await review.Run(http.Scope(), id, action, request?.Comment, ct));
}
