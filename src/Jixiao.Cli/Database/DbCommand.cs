using System.CommandLine;
using Jixiao.App.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Database;

/// <summary><c>jixiao db migrate [--demo]</c>: brings the configured database to the latest migration.</summary>
public static class DbCommand
{
    public static Command Create()
    {
        var demo = new Option<bool>("--demo") { Description = "迁移后加载演示数据（青禾县）" };
        var migrate = new Command("migrate", "把配置的数据库（Database__Provider、ConnectionStrings__Jixiao）迁移到最新结构") { demo };
        migrate.SetAction(async (parseResult, ct) =>
        {
            var stderr = parseResult.InvocationConfiguration.Error;
            await using var services = CliHost.Build();
            await using var scope = services.CreateAsyncScope();
            var (provider, _) = DataServiceCollectionExtensions.Target(scope.ServiceProvider.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>());
            try
            {
                await DatabaseStartup.Migrate(scope.ServiceProvider, ct);
            }
            catch (Exception ex) when (ex is System.Data.Common.DbException or InvalidOperationException or ArgumentException)
            {
                // A wrong connection string or an unreachable server is an operator error, not a crash.
                stderr.WriteLine($"迁移失败（{provider}）：{ex.Message}");
                return 1;
            }
            stderr.WriteLine($"数据库已迁移到最新结构（{provider}）。");
            if (parseResult.GetValue(demo))
            {
                var signIns = await scope.ServiceProvider.GetRequiredService<App.Demo.DemoSeeder>().Seed(ct);
                stderr.WriteLine($"演示数据已加载，{signIns.Count} 个演示账号，密码均为 {App.Demo.DemoSeeder.Password}。");
            }
            return 0;
        });
        return new Command("db", "数据库维护") { migrate };
    }
}
