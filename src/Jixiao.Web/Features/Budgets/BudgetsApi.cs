using Jixiao.App.Budgets;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Jixiao.Web.Features.Budgets;

/// <summary>/api/v1/department-budgets: read by everyone in scope, edited by the bureau or the department itself.</summary>
public static class BudgetsApi
{
    public static RouteGroupBuilder MapBudgetsApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/v1/department-budgets").WithTags("部门预算 Department budgets").RequireAuthorization()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        group.MapGet("/", ListDepartmentBudgets).WithName("ListDepartmentBudgets").WithSummary("部门预算（基本支出、项目支出、功能分类）");
        group.MapPut("/{id:guid}", UpdateDepartmentBudget).WithName("UpdateDepartmentBudget").WithSummary("修改部门预算（金额单位元，基本支出自动计算）")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<DepartmentBudgetView>>> ListDepartmentBudgets(HttpContext http, ListDepartmentBudgets list, int? year, CancellationToken ct) =>
        TypedResults.Ok(await list.Run(http.Scope(), year, ct));

    public static async Task<Ok<DepartmentBudgetView>> UpdateDepartmentBudget(
        HttpContext http, EditDepartmentBudget edit, ListDepartmentBudgets list, Guid id, DepartmentBudgetInput input, CancellationToken ct)
    {
        await edit.Run(http.Scope(), id, input, ct);
        return TypedResults.Ok((await list.Run(http.Scope(), null, ct)).First(b => b.Id == id));
    }
}
