using Jixiao.App.Findings;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Findings;

/// <summary>整改: what my unit must rectify (or, for the bureau, everything to follow up), overdue ones first.</summary>
public sealed class IndexModel(ListFindings list) : PageModel
{
    [BindProperty(SupportsGet = true)] public FindingStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public bool Overdue { get; set; }

    public IReadOnlyList<FindingView> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Rows = App.Reports.ListSheets.OverdueFirst(await list.Mine(HttpContext.Scope(), new FindingFilter(Status, Overdue), ct));
}
