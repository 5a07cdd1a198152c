using Jixiao.App.Home;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Home;

/// <summary>The home page answers "what must I do next" for the signed-in role.</summary>
public sealed class IndexModel(MyTasks tasks) : PageModel
{
    public HomeTasks Tasks { get; private set; } = new([], [], [], []);

    public async Task OnGetAsync(CancellationToken ct) => Tasks = await tasks.Run(HttpContext.Scope(), ct);
}
