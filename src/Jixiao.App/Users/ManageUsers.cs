using Jixiao.App.Access;
using Jixiao.App.Auditing;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Users;

public sealed record UserView(
    string Id, string UserName, string DisplayName, Guid OrganisationId, string Organisation,
    string Role, string RoleName, bool LockedOut, bool Disabled, int FailedSignIns);

public sealed record UserCreate(string UserName, string? DisplayName, Guid OrganisationId, string Role, string Password);

public sealed record UserChange(string Role, Guid OrganisationId, string? DisplayName, string? Reason);

public sealed record PasswordReset(string Password, string? Reason);

public sealed record UserReason(string? Reason);

/// <summary>
/// User administration. The system admin manages everyone; the performance section (绩效科) the users of its
/// own jurisdiction, but never system admins. Identity rows are not audited automatically, so every change
/// writes its own audit entries here.
/// </summary>
public sealed class ManageUsers(UserManager<AppUser> users, AddUser roles, JixiaoDbContext db, TimeProvider time)
{
    /// <summary>Disabled accounts are locked out "for ever", which Identity's sign-in already refuses.</summary>
    private static readonly DateTimeOffset Forever = DateTimeOffset.MaxValue;

    public async Task<IReadOnlyList<UserView>> List(UserScope scope, CancellationToken ct = default)
    {
        Scopes.DemandManageUsers(scope);
        var now = time.GetUtcNow();
        var query = db.Users.AsNoTracking();
        if (scope.Role != Roles.SystemAdmin)
        {
            query = query.Where(u => u.JurisdictionId == scope.JurisdictionId);
        }
        var rows = await query.ToListAsync(ct);
        var roleNames = await db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Id, r => r.Name ?? "", ct);
        var links = await db.UserRoles.AsNoTracking().ToListAsync(ct);
        var organisations = await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => o.Name, ct);
        return rows.OrderBy(u => u.UserName, StringComparer.Ordinal).Select(u =>
        {
            var role = links.Where(l => l.UserId == u.Id).Select(l => roleNames.GetValueOrDefault(l.RoleId, ""))
                .OrderBy(r => Roles.All.ToList().IndexOf(r)).FirstOrDefault() ?? "";
            var disabled = u.LockoutEnd == Forever;
            return new UserView(u.Id, u.UserName ?? "", u.DisplayName, u.OrganisationId, organisations.GetValueOrDefault(u.OrganisationId, ""),
                role, Roles.ToChinese(role), !disabled && u.LockoutEnd > now, disabled, u.AccessFailedCount);
        }).Where(u => scope.Role == Roles.SystemAdmin || u.Role != Roles.SystemAdmin).ToList();
    }

    public async Task<UserView> Get(UserScope scope, string id, CancellationToken ct = default) =>
        (await List(scope, ct)).FirstOrDefault(u => u.Id == id) ?? throw new NotFoundException("用户不存在。");

    public async Task<string> Create(UserScope scope, UserCreate input, CancellationToken ct = default)
    {
        Scopes.DemandManageUsers(scope);
        var organisation = await CheckAssignment(scope, input.Role, input.OrganisationId, ct);
        if (string.IsNullOrWhiteSpace(input.UserName))
        {
            throw ValidationFailedException.For(nameof(UserCreate.UserName), "请填写用户名。");
        }
        await roles.EnsureRoles();
        var userName = input.UserName.Trim();
        var user = new AppUser
        {
            UserName = userName,
            DisplayName = string.IsNullOrWhiteSpace(input.DisplayName) ? userName : input.DisplayName.Trim(),
            JurisdictionId = organisation.JurisdictionId,
            OrganisationId = organisation.Id,
        };
        var created = await users.CreateAsync(user, input.Password ?? "");
        if (!created.Succeeded)
        {
            throw Invalid(created, e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(UserCreate.Password) : nameof(UserCreate.UserName));
        }
        await users.AddToRoleAsync(user, input.Role);
        Audit(scope, user, AuditActions.Insert, null, [("UserName", null, userName), ("DisplayName", null, user.DisplayName),
            ("Organisation", null, organisation.Name), ("Role", null, Roles.ToChinese(input.Role))]);
        await db.SaveChangesAsync(ct);
        return user.Id;
    }

    public async Task Change(UserScope scope, string id, UserChange input, CancellationToken ct = default)
    {
        var (user, before) = await Find(scope, id, ct);
        var organisation = await CheckAssignment(scope, input.Role, input.OrganisationId, ct);
        var displayName = string.IsNullOrWhiteSpace(input.DisplayName) ? user.DisplayName : input.DisplayName.Trim();
        var changes = new List<(string, string?, string?)>();
        if (before.Role != input.Role)
        {
            await roles.EnsureRoles();
            if (before.Role != "")
            {
                await users.RemoveFromRoleAsync(user, before.Role);
            }
            await users.AddToRoleAsync(user, input.Role);
            changes.Add(("Role", before.RoleName, Roles.ToChinese(input.Role)));
        }
        if (before.OrganisationId != organisation.Id)
        {
            changes.Add(("Organisation", before.Organisation, organisation.Name));
        }
        if (before.DisplayName != displayName)
        {
            changes.Add(("DisplayName", before.DisplayName, displayName));
        }
        if (changes.Count == 0)
        {
            return;
        }
        user.OrganisationId = organisation.Id;
        user.JurisdictionId = organisation.JurisdictionId;
        user.DisplayName = displayName;
        // A new security stamp signs the user out everywhere, so the old role's cookie stops working.
        await users.UpdateSecurityStampAsync(user);
        Audit(scope, user, AuditActions.Update, input.Reason, changes);
        await db.SaveChangesAsync(ct);
    }

    public async Task ResetPassword(UserScope scope, string id, PasswordReset input, CancellationToken ct = default)
    {
        var (user, _) = await Find(scope, id, ct);
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var reset = await users.ResetPasswordAsync(user, token, input.Password ?? "");
        if (!reset.Succeeded)
        {
            throw Invalid(reset, _ => nameof(PasswordReset.Password));
        }
        Audit(scope, user, AuditActions.Update, input.Reason, [("Password", null, "（已重置）")]);
        await db.SaveChangesAsync(ct);
    }

    public async Task Unlock(UserScope scope, string id, string? reason, CancellationToken ct = default)
    {
        var (user, before) = await Find(scope, id, ct);
        if (!before.LockedOut && before.FailedSignIns == 0)
        {
            throw new ConflictException("该用户未被锁定。");
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        Audit(scope, user, AuditActions.Update, reason, [("LockedOut", before.LockedOut ? "已锁定" : "未锁定", "未锁定")]);
        await db.SaveChangesAsync(ct);
    }

    public async Task Disable(UserScope scope, string id, string? reason, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw ValidationFailedException.For(nameof(UserReason.Reason), "停用用户须填写原因。");
        }
        var (user, before) = await Find(scope, id, ct);
        if (user.UserName == scope.UserName)
        {
            throw new ConflictException("不能停用自己的账户。");
        }
        await users.SetLockoutEnabledAsync(user, true);
        await users.SetLockoutEndDateAsync(user, Forever);
        await users.UpdateSecurityStampAsync(user);
        Audit(scope, user, AuditActions.Update, reason.Trim(), [("Disabled", before.Disabled ? "已停用" : "启用", "已停用")]);
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<AuditEntry>> History(UserScope scope, string id, CancellationToken ct = default)
    {
        await Find(scope, id, ct);
        return await db.AuditEntries.AsNoTracking().Where(a => a.Entity == nameof(AppUser) && a.EntityKey == id)
            .OrderByDescending(a => a.Id).ToListAsync(ct);
    }

    private async Task<(AppUser User, UserView View)> Find(UserScope scope, string id, CancellationToken ct)
    {
        var view = await Get(scope, id, ct);
        var user = await users.FindByIdAsync(id) ?? throw new NotFoundException("用户不存在。");
        return (user, view);
    }

    private async Task<Organisations.Organisation> CheckAssignment(UserScope scope, string role, Guid organisationId, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (!Roles.All.Contains(role))
        {
            errors["Role"] = ["请选择角色。"];
        }
        else if (role == Roles.SystemAdmin && scope.Role != Roles.SystemAdmin)
        {
            errors["Role"] = ["只有系统管理员可以授予系统管理员角色。"];
        }
        var organisation = await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == organisationId, ct);
        if (organisation is null || (scope.Role != Roles.SystemAdmin && organisation.JurisdictionId != scope.JurisdictionId))
        {
            errors["OrganisationId"] = ["请选择本辖区的单位。"];
        }
        return errors.Count > 0 ? throw new ValidationFailedException(errors) : organisation!;
    }

    private static ValidationFailedException Invalid(IdentityResult result, Func<IdentityError, string> field) =>
        new(result.Errors.GroupBy(field).ToDictionary(g => g.Key, g => g.Select(AddUser.Describe).ToArray()));

    private void Audit(UserScope scope, AppUser user, string action, string? reason, IEnumerable<(string Field, string? Old, string? New)> changes)
    {
        var at = time.GetUtcNow().UtcDateTime;
        db.AuditEntries.AddRange(changes.Select(c => new AuditEntry
        {
            At = at, User = scope.UserName, Action = action, Entity = nameof(AppUser), EntityKey = user.Id, RootKey = user.Id,
            Subject = user.UserName, Field = c.Field, OldValue = c.Old, NewValue = c.New,
            Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        }));
    }
}
