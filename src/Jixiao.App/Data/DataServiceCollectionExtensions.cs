using Jixiao.App.Auditing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Jixiao.App.Data;

public static class DataServiceCollectionExtensions
{
    public const string ConnectionStringName = "Jixiao";

    /// <summary>Registers the DbContext on the provider the configuration names (SQLite by default).</summary>
    public static IServiceCollection AddJixiaoData(this IServiceCollection services)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<IAuditActor>(_ => new SystemActor());
        // Read at resolution time so hosts and tests that add configuration late are honoured.
        services.AddDbContext<JixiaoDbContext>((sp, options) =>
        {
            var (provider, connectionString) = Target(sp.GetRequiredService<IConfiguration>());
            options.UseJixiaoProvider(provider, connectionString);
        });
        return services;
    }

    public static (DatabaseProvider Provider, string ConnectionString) Target(IConfiguration configuration) =>
        (configuration.GetValue(DatabaseOptions.Section + ":Provider", DatabaseProvider.Sqlite),
         configuration.GetConnectionString(ConnectionStringName) ?? DatabaseOptions.DefaultSqlite);

    public static DbContextOptionsBuilder UseJixiaoProvider(this DbContextOptionsBuilder options, DatabaseProvider provider, string connectionString) =>
        provider switch
        {
            DatabaseProvider.Sqlite => options.UseSqlite(connectionString, o => o.MigrationsAssembly("Jixiao.Migrations.Sqlite")),
            DatabaseProvider.Postgres => options.UseNpgsql(connectionString, o => o.MigrationsAssembly("Jixiao.Migrations.Postgres")),
        };

    /// <summary>The embedded default needs its folder before SQLite can create the file.</summary>
    public static void EnsureSqliteDirectory(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (!string.IsNullOrEmpty(directory) && builder.DataSource != ":memory:")
        {
            Directory.CreateDirectory(directory);
        }
    }
}
