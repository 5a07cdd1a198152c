using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Organisations;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Organisations;

public sealed class IndexModel(ManageOrganisations manage, OrganisationSheet sheet) : PageModel
{
    [BindProperty(SupportsGet = true)] public OrganisationKind? Kind { get; set; }
    [BindProperty(SupportsGet = true)] public string? Q { get; set; }

    public IReadOnlyList<OrganisationView> Items { get; private set; } = [];
    public bool CanChange { get; private set; }
    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Items = await manage.List(HttpContext.Scope(), Kind, Q, ct);
        CanChange = Scopes.CanChangeOrganisations(HttpContext.Scope());
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken ct) =>
        File(await sheet.Export(HttpContext.Scope(), ct), OrganisationSheet.ContentType, "单位清单.xlsx");

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken ct)
    {
        try
        {
            await manage.Delete(HttpContext.Scope(), id, ct);
            TempData["Message"] = "单位已删除。";
            return Redirect("/Organisations");
        }
        catch (ValidationFailedException e)
        {
            Error = string.Join(" ", e.Errors.SelectMany(x => x.Value));
        }
        await OnGetAsync(ct);
        return Page();
    }
}
