using Jixiao.App.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

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
        if (configuration.GetValue<bool>("Demo:Seed"))
        {
            return await scope.ServiceProvider.GetRequiredService<DemoSeeder>().Seed(ct);
        }
        return [];
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
