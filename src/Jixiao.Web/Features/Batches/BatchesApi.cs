using Jixiao.App.Batches;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Batches;

public sealed record PicksRequest(IReadOnlyList<BatchPick> Picks);

public sealed record CommissionRequest(Guid AgencyId, IReadOnlyList<Guid>? ProjectIds);

/// <summary>/api/v1/batches: key-evaluation batches of the performance section (create, pick projects with reasons, commission).</summary>
public static class BatchesApi
{
    public static RouteGroupBuilder MapBatchesApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/batches").WithTags("重点评价批次 Batches").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", ListBatches).WithName("ListBatches").WithSummary("重点评价批次列表");
        group.MapPost("/", CreateBatch).WithName("CreateBatch").WithSummary("新建批次").ProducesValidationProblem();
        group.MapGet("/{id:guid}", GetBatchById).WithName("GetBatch").WithSummary("批次：项目、选取理由、委托机构、进度、按资金来源汇总")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/projects", AddProjects).WithName("AddBatchProjects").WithSummary("选取项目（每个项目须填写理由）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/projects/import", ImportProjects).WithName("ImportBatchProjects").DisableAntiforgery()
            .WithSummary("从 Excel 项目清单选取项目（multipart：file；列 项目编码、选取理由，可选 项目名称；任何一行有误则全部不选）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/commission", Commission).WithName("CommissionBatch").WithSummary("委托第三方机构（指定项目或全部）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<BatchRow>>> ListBatches(HttpContext http, GetBatch get, CancellationToken ct) =>
        TypedResults.Ok(await get.List(http.Scope(), ct));

    public static async Task<Created<BatchView>> CreateBatch(HttpContext http, ManageBatches manage, GetBatch get, NewBatch input, CancellationToken ct)
    {
        var id = await manage.Create(http.Scope(), input, ct);
        return TypedResults.Created($"/api/v1/batches/{id}", await get.Run(http.Scope(), id, ct));
    }

    public static async Task<Ok<BatchView>> GetBatchById(HttpContext http, GetBatch get, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await get.Run(http.Scope(), id, ct));

    public static async Task<Ok<BatchView>> AddProjects(HttpContext http, ManageBatches manage, GetBatch get, Guid id, PicksRequest request, CancellationToken ct)
    {
        await manage.AddProjects(http.Scope(), id, request.Picks, ct);
        return TypedResults.Ok(await get.Run(http.Scope(), id, ct));
    }

    public static async Task<Results<Ok<BatchView>, ValidationProblem>> ImportProjects(HttpContext http, ImportBatchProjects import, GetBatch get, Guid id, IFormFile? file, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = ["请选择要导入的项目清单 Excel 文件。"] }, title: "导入失败");
        }
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, ct);
        var result = await import.Run(http.Scope(), id, buffer.ToArray(), file.FileName, ct);
        return result.Succeeded
            ? TypedResults.Ok(await get.Run(http.Scope(), id, ct))
            : TypedResults.ValidationProblem(ImportProblems.ByCell(result.Errors), $"导入失败，未选取任何项目：共 {result.Errors.Count} 处问题。", title: "导入失败");
    }

    public static async Task<Ok<BatchView>> Commission(HttpContext http, ManageBatches manage, GetBatch get, Guid id, CommissionRequest request, CancellationToken ct)
    {
        await manage.Commission(http.Scope(), id, request.AgencyId, request.ProjectIds, ct);
        return TypedResults.Ok(await get.Run(http.Scope(), id, ct));
    }
}
