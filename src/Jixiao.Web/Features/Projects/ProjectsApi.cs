using Jixiao.App.Projects;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Projects;

/// <summary>/api/v1/projects: list, read, create, edit, delete, history. Scope rules are in Jixiao.App.Access.</summary>
public static class ProjectsApi
{
    public static RouteGroupBuilder MapProjectsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/projects").WithTags("项目 Projects").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden);
        group.MapGet("/", ListProjects).WithName("ListProjects").WithSummary("项目列表（筛选、排序、分页）");
        group.MapGet("/{id:guid}", GetProject).WithName("GetProject").ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{id:guid}/history", GetHistory).WithName("GetProjectHistory").WithSummary("项目变更记录");
        group.MapPost("/", CreateProject).WithName("CreateProject").ProducesValidationProblem();
        group.MapPut("/{id:guid}", UpdateProject).WithName("UpdateProject").ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}", DeleteProject).WithName("DeleteProject")
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Ok<Page<ProjectRow>>> ListProjects(
        HttpContext http, ListProjects list, string? search, int? year, Guid? departmentId, Guid? budgetUnitId,
        FundingSource? source, decimal? minAmount, decimal? maxAmount, ProjectSort? sort, bool? desc, int? page, int? pageSize, ProjectCategory? category, CancellationToken ct)
    {
        var filter = new ProjectFilter(search, year, departmentId, budgetUnitId, source, minAmount, maxAmount,
            sort ?? ProjectSort.Code, desc ?? false, page ?? 1, pageSize ?? 20, category);
        return TypedResults.Ok(await list.Run(http.Scope(), filter, ct));
    }

    public static async Task<Ok<ProjectView>> GetProject(HttpContext http, GetProject get, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await get.Run(http.Scope(), id, ct));

    public static async Task<Ok<IReadOnlyList<AuditView>>> GetHistory(HttpContext http, GetProject get, Guid id, CancellationToken ct) =>
        TypedResults.Ok(await get.History(http.Scope(), id, ct));

    public static async Task<Created<ProjectView>> CreateProject(HttpContext http, SaveProject save, GetProject get, ProjectInput input, CancellationToken ct)
    {
        var id = await save.Create(http.Scope(), input, ct);
        return TypedResults.Created($"/api/v1/projects/{id}", await get.Run(http.Scope(), id, ct));
    }

    public static async Task<Ok<ProjectView>> UpdateProject(HttpContext http, SaveProject save, GetProject get, Guid id, ProjectInput input, CancellationToken ct)
    {
        await save.Update(http.Scope(), id, input, ct);
        return TypedResults.Ok(await get.Run(http.Scope(), id, ct));
    }

    public static async Task<NoContent> DeleteProject(HttpContext http, SaveProject save, Guid id, long? version, string? reason, CancellationToken ct)
    {
        await save.Delete(http.Scope(), id, version, reason, ct);
        return TypedResults.NoContent();
    }
}
