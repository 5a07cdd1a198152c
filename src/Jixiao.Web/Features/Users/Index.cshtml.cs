using Jixiao.App.Common;
using Jixiao.App.Users;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Users;

/// <summary>The account list with the quick actions (unlock, disable); forbidden roles get 403 from ManageUsers.</summary>
public sealed class IndexModel(ManageUsers manage) : PageModel
{
    public IReadOnlyList<UserView> Items { get; private set; } = [];

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Items = await manage.List(HttpContext.Scope(), ct);

    public Task<IActionResult> OnPostUnlockAsync(string id, CancellationToken ct) =>
        Act(() => manage.Unlock(HttpContext.Scope(), id, null, ct), "已解除锁定。", ct);

    public Task<IActionResult> OnPostDisableAsync(string id, string? reason, CancellationToken ct) =>
        Act(() => manage.Disable(HttpContext.Scope(), id, reason, ct), "用户已停用。", ct);

    private async Task<IActionResult> Act(Func<Task> action, string done, CancellationToken ct)
    {
        try
        {
            await action();
            TempData["Message"] = done;
            return Redirect("/Users");
        }
        catch (Exception e) when (e is ValidationFailedException or ConflictException)
        {
            Error = e is ValidationFailedException v ? string.Join(" ", v.Errors.SelectMany(x => x.Value)) : e.Message;
        }
        Items = await manage.List(HttpContext.Scope(), ct);
        return Page();
    }
}
