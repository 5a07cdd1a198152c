using Jixiao.App.Common;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Projects;

/// <summary>Create (no id) or edit a project; one row per funding source, empty rows are left out.</summary>
public sealed class EditModel(GetProject get, SaveProject save, ManageOrganisations organisations) : PageModel
{
    public sealed class LineForm
    {
        public FundingSource Source { get; set; }
        public decimal? InitialBudget { get; set; }
        public decimal? FullYearBudget { get; set; }
        public decimal? Received { get; set; }
        public decimal? Spent { get; set; }

        public bool IsEmpty => InitialBudget is null && FullYearBudget is null && Received is null && Spent is null;
    }

    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public int Year { get; set; } = 2025;
    [BindProperty] public Guid? BudgetUnitId { get; set; }
    [BindProperty] public Guid? FinanceSectionId { get; set; }
    [BindProperty] public ProjectCategory Category { get; set; } = ProjectCategory.SpecificPurpose;
    [BindProperty] public string? Description { get; set; }
    [BindProperty] public List<LineForm> Lines { get; set; } = [];
    [BindProperty] public long? Version { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public Guid? Id { get; private set; }
    public IReadOnlyList<OrganisationView> Units { get; private set; } = [];
    public IReadOnlyList<OrganisationView> Sections { get; private set; } = [];

    public async Task OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            var p = await get.Run(HttpContext.Scope(), existing, ct);
            (Code, Name, Year, BudgetUnitId, FinanceSectionId, Description, Version) =
                (p.Code, p.Name, p.Year, p.BudgetUnitId, p.FinanceSectionId, p.Description, p.Version);
            Category = p.CategoryValue;
            Lines = Enum.GetValues<FundingSource>().Select(s => p.FundingLines.FirstOrDefault(l => l.SourceValue == s) is { } l
                ? new LineForm { Source = s, InitialBudget = l.InitialBudget, FullYearBudget = l.FullYearBudget, Received = l.Received, Spent = l.Spent }
                : new LineForm { Source = s }).ToList();
        }
        else
        {
            Lines = Enum.GetValues<FundingSource>().Select(s => new LineForm { Source = s }).ToList();
        }
        await LoadChoices(ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        var input = new ProjectInput(Code, Name, Year, BudgetUnitId ?? Guid.Empty, FinanceSectionId, Category, Description,
            Lines.Where(l => !l.IsEmpty).Select(l => new FundingLineInput(l.Source, l.InitialBudget ?? 0, l.FullYearBudget ?? 0, l.Received ?? 0, l.Spent ?? 0)).ToList(),
            Version, Reason);
        if (!ModelState.IsValid)
        {
            await LoadChoices(ct);
            return Page();
        }
        try
        {
            var saved = id is { } existing ? existing : Guid.Empty;
            if (id is null)
            {
                saved = await save.Create(HttpContext.Scope(), input, ct);
            }
            else
            {
                await save.Update(HttpContext.Scope(), saved, input, ct);
            }
            TempData["Message"] = id is null ? "项目已创建。" : "项目已保存。";
            return Redirect($"/Projects/Detail/{saved}");
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, messages) in e.Errors)
            {
                foreach (var m in messages)
                {
                    ModelState.AddModelError(field, m);
                }
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "保存前该项目已被其他用户修改，请刷新页面后重新编辑。");
        }
        catch (ForbiddenException e)
        {
            ModelState.AddModelError("", e.Message);
        }
        await LoadChoices(ct);
        return Page();
    }

    private async Task LoadChoices(CancellationToken ct)
    {
        var all = await organisations.List(HttpContext.Scope(), ct: ct);
        Units = all.Where(o => o.KindValue == OrganisationKind.BudgetUnit).ToList();
        Sections = all.Where(o => o.KindValue == OrganisationKind.FinanceSection).ToList();
    }
}
