using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Organisations;

public sealed class ImportModel(ImportOrganisations import) : PageModel
{
    [BindProperty] public IFormFile? Upload { get; set; }

    public ImportResult? Result { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (Upload is null || Upload.Length == 0)
        {
            Result = new ImportResult(0, 0, [new ImportRowError(0, "", "请选择要导入的 Excel 文件。")]);
            return Page();
        }
        using var buffer = new MemoryStream();
        await Upload.CopyToAsync(buffer, ct);
        Result = await import.Run(HttpContext.Scope(), buffer.ToArray(), Upload.FileName, ct);
        if (Result.Succeeded)
        {
            TempData["Message"] = $"导入成功：{Result.Projects} 个单位。";
            return Redirect("/Organisations");
        }
        return Page();
    }
}
