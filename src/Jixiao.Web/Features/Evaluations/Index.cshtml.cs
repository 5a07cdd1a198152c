using Jixiao.App.Evaluations;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Evaluations;

/// <summary>Key and department evaluations the user may see: the bureau all, an agency its commissions, a unit its own.</summary>
public sealed class IndexModel(GetEvaluation get) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public EvaluationStatus? Status { get; set; }

    public IReadOnlyList<EvaluationRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Rows = await get.List(HttpContext.Scope(), Year, Status, ct);
}
