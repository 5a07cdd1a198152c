using Jixiao.App.Budgets;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Budgets;

/// <summary>/api/v1/department-budgets: read-only for now (records come with the demo or later imports).</summary>
public static class BudgetsApi
{
    public static RouteGroupBuilder MapBudgetsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/department-budgets").WithTags("部门预算 Department budgets").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/", ListDepartmentBudgets).WithName("ListDepartmentBudgets").WithSummary("部门预算（基本支出、项目支出、功能分类）");
        return group;
    }

    public static async Task<Ok<IReadOnlyList<DepartmentBudgetView>>> ListDepartmentBudgets(HttpContext http, ListDepartmentBudgets list, int? year, CancellationToken ct) =>
        TypedResults.Ok(await list.Run(http.Scope(), year, ct));
}
