using Jixiao.App.Common;
using Jixiao.App.Evaluations;
using Jixiao.App.Organisations;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Evaluations;

/// <summary>
/// Key and department evaluations the user may see: the bureau all, an agency its commissions, a unit its own. The
/// performance section starts whole-department evaluations here (key project evaluations start from a batch).
/// </summary>
public sealed class IndexModel(GetEvaluation get, StartDepartmentEvaluation start, ManageOrganisations organisations) : PageModel
{
    [BindProperty(SupportsGet = true)] public int? Year { get; set; }
    [BindProperty(SupportsGet = true)] public EvaluationStatus? Status { get; set; }

    [BindProperty] public Guid? DepartmentBudgetId { get; set; }
    [BindProperty] public string? FrameworkId { get; set; }
    [BindProperty] public Guid? AgencyId { get; set; }
    [BindProperty] public DateTime? DueAt { get; set; }

    public IReadOnlyList<EvaluationRow> Rows { get; private set; } = [];
    public IReadOnlyList<DepartmentBudgetChoice> Budgets { get; private set; } = [];
    public IReadOnlyList<OrganisationView> Agencies { get; private set; } = [];
    public bool CanStart { get; private set; }
    public List<string> Errors { get; } = [];

    public Task OnGetAsync(CancellationToken ct) => Load(ct);

    public async Task<IActionResult> OnPostStartDepartmentAsync(CancellationToken ct)
    {
        try
        {
            var id = await start.Run(HttpContext.Scope(), new NewDepartmentEvaluation(DepartmentBudgetId ?? Guid.Empty, FrameworkId, AgencyId, DueAt), ct);
            TempData["Message"] = "已发起部门整体支出绩效评价，等待评价机构声明利害关系后开展评价。";
            return Redirect($"/Evaluations/{id}");
        }
        catch (ValidationFailedException e)
        {
            Errors.AddRange(e.Errors.Values.SelectMany(m => m));
            await Load(ct);
            return Page();
        }
    }

    private async Task Load(CancellationToken ct)
    {
        var scope = HttpContext.Scope();
        Rows = await get.List(scope, Year, Status, ct);
        CanStart = App.Access.Scopes.CanManageBatches(scope);
        if (CanStart)
        {
            Budgets = await start.Choices(scope, ct);
            Agencies = (await organisations.List(scope, ct: ct)).Where(o => o.KindValue == OrganisationKind.ThirdPartyAgency).ToList();
        }
    }
}
