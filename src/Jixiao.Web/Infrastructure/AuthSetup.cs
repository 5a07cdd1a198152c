using System.Security.Claims;
using Jixiao.App.Access;
using Jixiao.App.Data;
using Jixiao.App.Users;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Jixiao.Web.Infrastructure;

public static class AuthSetup
{
    /// <summary>Identity with cookies; under /api/ the answer is 401/403 ProblemDetails, never a redirect.</summary>
    public static IServiceCollection AddJixiaoAuth(this IServiceCollection services)
    {
        services.AddMemoryCache(o => o.SizeLimit = 100_000);
        services.AddSingleton<Features.Account.UnknownNameLockout>();
        services.AddIdentity<AppUser, IdentityRole>(IdentitySetup.Configure)
            .AddEntityFrameworkStores<JixiaoDbContext>()
            .AddClaimsPrincipalFactory<ScopeClaimsFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/SignIn";
            options.LogoutPath = "/Account/SignOut";
            options.AccessDeniedPath = "/Account/Denied";
            options.Cookie.Name = "jixiao.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            // Secure behind HTTPS, still usable on the default http://127.0.0.1 run.
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.SlidingExpiration = true;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized, "未登录", "请先登录后再访问。");
            options.Events.OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden, "无权访问", "当前用户无权访问该资源。");
        });
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddDataProtection().PersistKeysToDbContext<JixiaoDbContext>().SetApplicationName("Jixiao");
        return services;
    }

    private static async Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status, string title, string detail)
    {
        if (!context.Request.Path.StartsWithSegments("/api"))
        {
            context.Response.Redirect(context.RedirectUri);
            return;
        }
        context.Response.StatusCode = status;
        await ApiProblem.Write(context.HttpContext, status, title, detail);
    }
}

/// <summary>Puts the user's jurisdiction and organisation into the cookie so every request knows its scope.</summary>
public sealed class ScopeClaimsFactory(UserManager<AppUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(UserScope.JurisdictionClaim, user.JurisdictionId.ToString()));
        identity.AddClaim(new Claim(UserScope.OrganisationClaim, user.OrganisationId.ToString()));
        identity.AddClaim(new Claim("jixiao:display", user.DisplayName));
        return identity;
    }
}
