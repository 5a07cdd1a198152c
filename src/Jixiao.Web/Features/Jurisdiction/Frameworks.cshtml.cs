using Jixiao.Scoring.Frameworks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Jurisdiction;

/// <summary>The built-in indicator frameworks, read-only, each downloadable as the JSON a jurisdiction copies and adjusts.</summary>
public sealed class FrameworksModel : PageModel
{
    public IReadOnlyList<Framework> Frameworks => BuiltInFrameworks.All;

    public void OnGet()
    {
    }

    public IActionResult OnGetDownload(string id) =>
        BuiltInFrameworks.ById(id) is { } framework
            ? File(System.Text.Encoding.UTF8.GetBytes(framework.ToJson()), "application/json", $"jixiao-framework-{framework.Id}.json")
            : NotFound();
}
