using Jixiao.App.Access;
using Jixiao.App.Auditing;
using Jixiao.App.Common;
using Jixiao.App.Organisations;
using Jixiao.App.Users;
using Jixiao.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Jixiao.Web.Features.Users;

/// <summary>Create a user, or change one's role/organisation and reset the password; errors stand at their field.</summary>
public sealed class EditModel(ManageUsers manage, ManageOrganisations organisations) : PageModel
{
    [BindProperty] public string UserName { get; set; } = "";
    [BindProperty] public string? DisplayName { get; set; }
    [BindProperty] public Guid OrganisationId { get; set; }
    [BindProperty] public string Role { get; set; } = Roles.Unit;
    [BindProperty] public string? Password { get; set; }
    [BindProperty] public string? Reason { get; set; }

    public string? Id { get; private set; }
    public IReadOnlyList<OrganisationView> Organisations { get; private set; } = [];
    public IReadOnlyList<AuditEntry> History { get; private set; } = [];
    public bool CanGrantAdmin { get; private set; }

    public async Task OnGetAsync(string? id, CancellationToken ct)
    {
        Id = id;
        if (id is not null)
        {
            var u = await manage.Get(HttpContext.Scope(), id, ct);
            (UserName, DisplayName, OrganisationId, Role) = (u.UserName, u.DisplayName, u.OrganisationId, u.Role);
        }
        await Load(ct);
    }

    public Task<IActionResult> OnPostAsync(string? id, CancellationToken ct) => Save(id, async () =>
    {
        var scope = HttpContext.Scope();
        if (id is null)
        {
            await manage.Create(scope, new UserCreate(UserName, DisplayName, OrganisationId, Role, Password ?? ""), ct);
            return "用户已创建。";
        }
        await manage.Change(scope, id, new UserChange(Role, OrganisationId, DisplayName, Reason), ct);
        return "用户已保存。";
    }, ct);

    public Task<IActionResult> OnPostPasswordAsync(string id, CancellationToken ct) => Save(id, async () =>
    {
        await manage.ResetPassword(HttpContext.Scope(), id, new PasswordReset(Password ?? "", Reason), ct);
        return "密码已重置。";
    }, ct);

    private async Task<IActionResult> Save(string? id, Func<Task<string>> action, CancellationToken ct)
    {
        Id = id;
        try
        {
            TempData["Message"] = await action();
            return Redirect("/Users");
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
        await Load(ct);
        return Page();
    }

    private async Task Load(CancellationToken ct)
    {
        var scope = HttpContext.Scope();
        CanGrantAdmin = scope.Role == Roles.SystemAdmin;
        Organisations = await organisations.List(scope, ct: ct);
        if (Id is not null)
        {
            History = await manage.History(scope, Id, ct);
        }
    }
}
