using Microsoft.AspNetCore.Identity;

namespace Jixiao.App.Users;

/// <summary>Password and lockout rules shared by the web app and the CLI.</summary>
public static class IdentitySetup
{
    public static void Configure(IdentityOptions options)
    {
        options.Password.RequiredLength = 8;
        options.Password.RequireNonAlphanumeric = false;
        options.Lockout.AllowedForNewUsers = true;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
        options.User.RequireUniqueEmail = false;
    }
}
