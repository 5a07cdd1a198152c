using Jixiao.App.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Jixiao.App.Data;

/// <summary>What a host does to its database when it starts: migrate the embedded default, load the demo.</summary>
public static class DatabaseStartup
{
    /// <summary>
    /// SQLite (the embedded default) is migrated automatically; PostgreSQL only when Database:AutoMigrate is true,
    /// otherwise an operator runs `jixiao db migrate`.
    /// </summary>
    public static async Task<IReadOnlyList<DemoSignIn>> Prepare(IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var configuration = scope.ServiceProvider.GetRequiredService<IConfiguration>();
        var (provider, _) = DataServiceCollectionExtensions.Target(configuration);
        var migrate = configuration.GetValue<bool?>(DatabaseOptions.Section + ":AutoMigrate") ?? provider == DatabaseProvider.Sqlite;
        if (migrate)
        {
            await Migrate(scope.ServiceProvider, ct);
        }
        else
        {
            await WarnIfBehind(scope.ServiceProvider, ct);
        }
        if (configuration.GetValue<bool>("Demo:Seed"))
        {
            return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().Seed(ct);
        }
        return [];
    }

    /// <summary>A production database is migrated by an operator; say so loudly instead of failing on the first page.</summary>
    private static async Task WarnIfBehind(IServiceProvider services, CancellationToken ct)
    {
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Jixiao.Database");
        try
        {
            var pending = (await services.GetRequiredService<JixiaoDbContext>().Database.GetPendingMigrationsAsync(ct)).ToList();
            if (pending.Count > 0)
            {
                logger.LogWarning("数据库结构不是最新（{Count} 个迁移未执行），请先运行 `jixiao db migrate`。", pending.Count);
            }
        }
        catch (System.Data.Common.DbException ex)
        {
            // Start anyway: /healthz reports the database as unreachable, and the operator sees why here.
            logger.LogWarning(ex, "无法连接数据库：{Message}", ex.Message);
        }
    }

    public static async Task Migrate(IServiceProvider services, CancellationToken ct = default)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var (provider, connectionString) = DataServiceCollectionExtensions.Target(configuration);
        if (provider == DatabaseProvider.Sqlite)
        {
            DataServiceCollectionExtensions.EnsureSqliteDirectory(connectionString);
        }
        await services.GetRequiredService<JixiaoDbContext>().Database.MigrateAsync(ct);
    }
}
