using Jixiao.App.Access;
using Jixiao.App.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Users;

public sealed record NewUser(string UserName, string Password, string Role, string Organisation, string? DisplayName = null);

/// <summary>Creates a user in one organisation with one role; failures come back as Chinese messages.</summary>
public sealed class AddUser(UserManager<AppUser> users, RoleManager<IdentityRole> roles, JixiaoDbContext db)
{
    public async Task<IReadOnlyList<string>> Run(NewUser input, CancellationToken ct = default)
    {
        if (!Roles.All.Contains(input.Role))
        {
            return [$"未知角色“{input.Role}”，可选：{string.Join("、", Roles.All.Select(r => $"{r}（{Roles.ToChinese(r)}）"))}。"];
        }
        var key = input.Organisation.Trim();
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.Code == key || o.Name == key).ToListAsync(ct);
        if (organisations.Count != 1)
        {
            return [organisations.Count == 0 ? $"找不到单位“{key}”（请填写单位编码或全称）。" : $"单位“{key}”不唯一，请改用单位编码。"];
        }
        await EnsureRoles();
        var organisation = organisations[0];
        var user = new AppUser
        {
            UserName = input.UserName.Trim(),
            DisplayName = input.DisplayName ?? input.UserName.Trim(),
            JurisdictionId = organisation.JurisdictionId,
            OrganisationId = organisation.Id,
        };
        var created = await users.CreateAsync(user, input.Password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(Describe).ToList();
        }
        var added = await users.AddToRoleAsync(user, input.Role);
        return added.Succeeded ? [] : added.Errors.Select(Describe).ToList();
    }

    public async Task EnsureRoles()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }

    public static string Describe(IdentityError error) => error.Code switch
    {
        "DuplicateUserName" => "用户名已存在。",
        "PasswordTooShort" => "密码至少 8 位。",
        "PasswordRequiresDigit" => "密码须包含数字。",
        "PasswordRequiresUpper" => "密码须包含大写字母。",
        "PasswordRequiresLower" => "密码须包含小写字母。",
        "InvalidUserName" => "用户名只能包含字母、数字和 -._@+。",
        _ => error.Description,
    };
}
