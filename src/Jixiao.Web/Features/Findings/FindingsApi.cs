using Jixiao.App.Findings;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Findings;

public sealed record AnswerRequest(string? Measures);

public sealed record VerifyRequest(string? Comment);

/// <summary>Findings of key evaluations and their rectification (整改): the team writes them, the unit answers, the bureau verifies.</summary>
public static class FindingsApi
{
    public static RouteGroupBuilder MapFindingsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1").WithTags("问题整改 Findings").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/evaluations/{id:guid}/findings", OfEvaluation).WithName("ListEvaluationFindings").WithSummary("评价发现的问题");
        group.MapPost("/evaluations/{id:guid}/findings", Add).WithName("AddFinding").WithSummary("添加问题（评价组成员）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/findings", Mine).WithName("ListFindings").WithSummary("我的整改问题（可按状态、逾期筛选）");
        group.MapGet("/findings/{id:guid}", GetOne).WithName("GetFinding").WithSummary("问题详情");
        group.MapPut("/findings/{id:guid}", Edit).WithName("EditFinding").WithSummary("修改问题").ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/findings/{id:guid}", Delete).WithName("DeleteFinding").WithSummary("删除问题").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/findings/{id:guid}/answer", Answer).WithName("AnswerFinding").WithSummary("反馈整改情况（责任单位）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/findings/{id:guid}/verify", Verify).WithName("VerifyFinding").WithSummary("核实整改到位（绩效科）").ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/findings/{id:guid}/return", Return).WithName("ReturnFinding").WithSummary("退回重新整改（须填写核实意见）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/findings/{id:guid}/evidence", Upload).WithName("UploadFindingEvidence").WithSummary("上传整改佐证材料").DisableAntiforgery()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/findings/{id:guid}/evidence/{fileId:guid}", Download).WithName("DownloadFindingEvidence").WithSummary("下载整改佐证材料");
        return group;
    }

    public static async Task<Ok<IReadOnlyList<FindingView>>> OfEvaluation(HttpContext http, ListFindings list, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await list.OfEvaluation(http.Scope(), id, ct));

    public static async Task<Created<FindingView>> Add(HttpContext http, SaveFindings save, ListFindings list, Guid id, FindingInput input, CancellationToken ct)
    {
        var findingId = await save.Add(http.Scope(), id, input, ct);
        return TypedResults.Created($"/api/v1/findings/{findingId}", await list.Get(http.Scope(), findingId, ct));
    }

    public static async Task<Ok<IReadOnlyList<FindingView>>> Mine(HttpContext http, ListFindings list, FindingStatus? status, bool? overdue, CancellationToken ct) =>
        TypedResults.Ok(await list.Mine(http.Scope(), new FindingFilter(status, overdue == true), ct));

    public static async Task<Ok<FindingView>> GetOne(HttpContext http, ListFindings list, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await list.Get(http.Scope(), id, ct));

    public static async Task<Ok<FindingView>> Edit(HttpContext http, SaveFindings save, ListFindings list, Guid id, FindingInput input, CancellationToken ct)
    {
        await save.Edit(http.Scope(), id, input, ct);
        return TypedResults.Ok(await list.Get(http.Scope(), id, ct));
    }

    public static async Task<NoContent> Delete(HttpContext http, SaveFindings save, Guid id, CancellationToken ct)
    {
        await save.Delete(http.Scope(), id, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<FindingView>> Answer(HttpContext http, RectifyFinding rectify, ListFindings list, Guid id, AnswerRequest request, CancellationToken ct)
    {
        await rectify.Answer(http.Scope(), id, request.Measures, ct);
        return TypedResults.Ok(await list.Get(http.Scope(), id, ct));
    }

    public static async Task<Ok<FindingView>> Verify(HttpContext http, RectifyFinding rectify, ListFindings list, Guid id, VerifyRequest? request, CancellationToken ct)
    {
        await rectify.Verify(http.Scope(), id, request?.Comment, ct);
        return TypedResults.Ok(await list.Get(http.Scope(), id, ct));
    }

    public static async Task<Ok<FindingView>> Return(HttpContext http, RectifyFinding rectify, ListFindings list, Guid id, VerifyRequest request, CancellationToken ct)
    {
        await rectify.Return(http.Scope(), id, request.Comment, ct);
        return TypedResults.Ok(await list.Get(http.Scope(), id, ct));
    }

    public static async Task<Created<FindingView>> Upload(HttpContext http, RectifyFinding rectify, ListFindings list, Guid id, IFormFile file, CancellationToken ct)
    {
        await using var content = file.OpenReadStream();
        var fileId = await rectify.AddEvidence(http.Scope(), id, file.FileName, content, ct);
        return TypedResults.Created($"/api/v1/findings/{id}/evidence/{fileId}", await list.Get(http.Scope(), id, ct));
    }

    public static async Task<FileStreamHttpResult> Download(HttpContext http, RectifyFinding rectify, Guid id, Guid fileId, CancellationToken ct)
    {
        var (file, content) = await rectify.OpenEvidence(http.Scope(), id, fileId, ct);
        return TypedResults.File(content, file.ContentType, file.FileName);
    }
}
