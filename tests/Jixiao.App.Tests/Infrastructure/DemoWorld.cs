using Jixiao.App.Access;
using Jixiao.App.Data;
using Jixiao.App.Demo;
using Jixiao.App.Organisations;
using Jixiao.App.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Jixiao.Tests.Infrastructure;

/// <summary>A migrated database of one provider holding the demo county.</summary>
public sealed class DemoWorld : IAsyncDisposable
{
    private DemoWorld(TestDatabase database, ServiceProvider services, FakeTimeProvider time)
    {
        Database = database;
        Services = services;
        Time = time;
    }

    public TestDatabase Database { get; }

    public ServiceProvider Services { get; }

    public FakeTimeProvider Time { get; }

    public static async Task<DemoWorld> Create(DatabaseProvider provider, bool seed = true)
    {
        var database = await TestDatabase.Create(provider);
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 1, 8, 0, 0, TimeSpan.Zero));
        var services = database.Services(time);
        await database.Migrate(services);
        var world = new DemoWorld(database, services, time);
        if (seed)
        {
            await using var scope = world.Scope("system");
            await scope.ServiceProvider.GetRequiredService<DemoSeeder>().Seed();
        }
        return world;
    }

    /// <summary>A DI scope acting as the named user (the audit log records this name).</summary>
    public AsyncServiceScope Scope(string actor = "tester")
    {
        var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestActor>().Name = actor;
        return scope;
    }

    public T Get<T>(AsyncServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>The scope a demo user gets when signed in.</summary>
    public async Task<UserScope> UserScopeOf(string userName)
    {
        await using var scope = Scope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException(userName);
        var roles = await users.GetRolesAsync(user);
        return new UserScope(userName, user.JurisdictionId, user.OrganisationId, roles.Single());
    }

    public async Task<Organisation> Organisation(string codeOrName)
    {
        await using var scope = Scope();
        return await Get<JixiaoDbContext>(scope).Organisations.AsNoTracking().SingleAsync(o => o.Code == codeOrName || o.Name == codeOrName);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Database.DisposeAsync();
    }
}
