using Jixiao.App.Common;
using Jixiao.App.Organisations;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.Web.Features.Organisations;

public sealed class EditModel(ManageOrganisations manage) : PageModel
{
    [BindProperty] public OrganisationKind Kind { get; set; } = OrganisationKind.BudgetUnit;
    [BindProperty] public string? Code { get; set; }
    [BindProperty] public string Name { get; set; } = "";
    [BindProperty] public Guid? ParentId { get; set; }
    [BindProperty] public long? Version { get; set; }

    public Guid? Id { get; private set; }
    public IReadOnlyList<OrganisationView> Parents { get; private set; } = [];

    public async Task OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            var o = await manage.Get(HttpContext.Scope(), existing, ct);
            (Kind, Code, Name, ParentId, Version) = (o.KindValue, o.Code, o.Name, o.ParentId, o.Version);
        }
        Parents = await manage.List(HttpContext.Scope(), ct: ct);
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        var input = new OrganisationInput(Kind, Code, Name, ParentId, Version);
        try
        {
            if (id is { } existing)
            {
                await manage.Update(HttpContext.Scope(), existing, input, ct);
            }
            else
            {
                await manage.Create(HttpContext.Scope(), input, ct);
            }
            TempData["Message"] = "单位已保存。";
            return Redirect("/Organisations");
        }
        catch (ValidationFailedException e)
        {
            foreach (var m in e.Errors.SelectMany(x => x.Value))
            {
                ModelState.AddModelError("", m);
            }
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", "保存前该单位已被其他用户修改，请刷新页面后重新编辑。");
        }
        Parents = await manage.List(HttpContext.Scope(), ct: ct);
        return Page();
    }
}
