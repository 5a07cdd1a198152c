using Jixiao.App.Budgets;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Budgets;

public sealed class IndexModel(ListDepartmentBudgets list) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }

    public IReadOnlyList<DepartmentBudgetView> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Items = await list.Run(HttpContext.Scope(), Year, ct);
}
