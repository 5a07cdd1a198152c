using Jixiao.App;
using Jixiao.App.Access;
using Jixiao.App.Auditing;
using Jixiao.App.Data;
using Jixiao.App.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Jixiao.Cli.Database;

/// <summary>
/// The application services for database commands, configured with the web app's keys
/// (appsettings.json, then Database__Provider / ConnectionStrings__Jixiao environment variables).
/// </summary>
internal static class CliHost
{
    /// <summary>Tests point the commands at their own database.</summary>
    internal static IConfiguration? ConfigurationOverride { get; set; }

    public static ServiceProvider Build()
    {
        var configuration = ConfigurationOverride ?? new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"), optional: true)
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton(configuration);
        services.AddLogging();
        services.AddScoped<IAuditActor>(_ => new SystemActor($"cli:{Environment.UserName}"));
        services.AddJixiaoApp();
        services.AddJixiaoIdentityCore();
        return services.BuildServiceProvider();
    }

    /// <summary>
    /// Runs a database command; an unreachable server, a wrong connection string or provider name is an
    /// operator's error and gets one Chinese line and exit code 2 instead of a stack trace.
    /// </summary>
    public static async Task<int> Guard(TextWriter stderr, Func<Task<int>> action, Action<string>? onError = null)
    {
        try
        {
            return await action();
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or ArgumentException or TimeoutException)
        {
            var message = $"数据库错误：{ex.GetBaseException().Message}";
            onError?.Invoke(message);
            stderr.WriteLine(message);
            stderr.WriteLine("请检查 Database__Provider（Sqlite 或 Postgres）与 ConnectionStrings__Jixiao，并确认已运行 `jixiao db migrate`。");
            return 2;
        }
    }

    /// <summary>Progress bars and tables go to stderr so that stdout stays for --json.</summary>
    public static IAnsiConsole ErrorConsole(TextWriter stderr) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(stderr) });

    /// <summary>
    /// Whose rights a command uses: the named user's (--as), or the system admin's of the one jurisdiction
    /// (or the one named by --jurisdiction). Null with a message when that cannot be decided.
    /// </summary>
    public static async Task<(UserScope? Scope, string? Error)> Scope(IServiceProvider services, string? asUser, string? jurisdiction, CancellationToken ct)
    {
        if (asUser is not null)
        {
            var users = services.GetRequiredService<UserManager<AppUser>>();
            var user = await users.FindByNameAsync(asUser);
            if (user is null)
            {
                return (null, $"找不到用户“{asUser}”。");
            }
            var role = (await users.GetRolesAsync(user)).FirstOrDefault() ?? Roles.Expert;
            return (new UserScope(asUser, user.JurisdictionId, user.OrganisationId, role), null);
        }
        var db = services.GetRequiredService<JixiaoDbContext>();
        var candidates = await db.Jurisdictions.AsNoTracking().Where(j => jurisdiction == null || j.Code == jurisdiction).ToListAsync(ct);
        return candidates.Count switch
        {
            1 => (new UserScope($"cli:{Environment.UserName}", candidates[0].Id, Guid.Empty, Roles.SystemAdmin), null),
            0 => (null, jurisdiction is null ? "数据库中还没有地区，请先导入单位或加载演示数据。" : $"找不到地区“{jurisdiction}”。"),
            _ => (null, "数据库中有多个地区，请用 --jurisdiction 指定地区编码。"),
        };
    }
}
