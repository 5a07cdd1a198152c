using Jixiao.App;
using Jixiao.App.Auditing;
using Jixiao.App.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace Jixiao.Tests.Infrastructure;

/// <summary>
/// A throwaway database of one provider: a temporary SQLite file, or a uniquely named PostgreSQL
/// database on the server that scripts/test started (JIXIAO_TEST_POSTGRES), dropped on dispose.
/// Migrated with the real migrations, so tests also prove the migrations of both providers.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "JIXIAO_TEST_POSTGRES";

    private readonly string? sqliteFile;
    private readonly string? postgresName;

    private TestDatabase(DatabaseProvider provider, string connectionString, string? sqliteFile, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        this.sqliteFile = sqliteFile;
        this.postgresName = postgresName;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } s ? s : null;

    /// <summary>Configuration keys exactly as the web app and the CLI read them.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Database:Provider"] = Provider.ToString(),
        ["ConnectionStrings:Jixiao"] = ConnectionString,
    };

    public static async Task<TestDatabase> Create(DatabaseProvider provider)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(Path.GetTempPath(), $"jixiao-test-{Guid.NewGuid():N}.db");
            return new TestDatabase(provider, $"Data Source={file};Pooling=False", file, null);
        }
        var server = PostgresServer ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var name = $"jixiao_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(provider, builder.ConnectionString, null, name);
    }

    /// <summary>A service provider with the app's registrations on this database; time is fake and settable.</summary>
    public ServiceProvider Services(FakeTimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<TimeProvider>(time ?? new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero)));
        services.AddScoped<TestActor>();
        services.AddScoped<IAuditActor>(sp => sp.GetRequiredService<TestActor>());
        services.AddJixiaoApp();
        services.AddJixiaoIdentityCore();
        return services.BuildServiceProvider();
    }

    public async Task Migrate(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        await DatabaseStartup.Migrate(scope.ServiceProvider);
    }

    public async ValueTask DisposeAsync()
    {
        if (sqliteFile is not null)
        {
            foreach (var suffix in new[] { "", "-wal", "-shm" })
            {
                File.Delete(sqliteFile + suffix);
            }
        }
        if (postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{postgresName}\" WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>The user a test acts as; the audit log records this name.</summary>
public sealed class TestActor : IAuditActor
{
    public string Name { get; set; } = "tester";
}

/// <summary>Yields one row per database provider: SQLite always, PostgreSQL when the test script started one.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class DatabaseDataAttribute : Xunit.Sdk.DataAttribute
{
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod)
    {
        yield return [DatabaseProvider.Sqlite];
        if (TestDatabase.PostgresServer is not null)
        {
            yield return [DatabaseProvider.Postgres];
        }
    }
}

public static class DbContextTestExtensions
{
    public static Task<int> CountAudit(this JixiaoDbContext db, string entityKey) =>
        db.AuditEntries.CountAsync(a => a.EntityKey == entityKey);
}
