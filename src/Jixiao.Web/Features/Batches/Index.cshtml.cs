using Jixiao.App.Batches;
using Jixiao.App.Common;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Batches;

/// <summary>The performance section's key-evaluation batches: list and create.</summary>
public sealed class IndexModel(GetBatch get, ManageBatches manage) : PageModel
{
    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int Year { get; set; } = 2024;
    [BindProperty] public DateTime DueAt { get; set; } = new(2025, 9, 30);

    public IReadOnlyList<BatchRow> Batches { get; private set; } = [];
    public List<string> Errors { get; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Batches = await get.List(HttpContext.Scope(), ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        try
        {
            var id = await manage.Create(HttpContext.Scope(), new NewBatch(Name, Year, DueAt), ct);
            TempData["Message"] = "批次已创建，请选取项目。";
            return Redirect($"/Batches/{id}");
        }
        catch (ValidationFailedException e)
        {
            Errors.AddRange(e.Errors.SelectMany(x => x.Value));
        }
        Batches = await get.List(HttpContext.Scope(), ct);
        return Page();
    }
}
