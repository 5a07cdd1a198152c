using Jixiao.App.Data;
using Jixiao.App.Demo;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.App.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.App;

public static class AppServiceCollectionExtensions
{
    /// <summary>The database and every use case; hosts add Identity (web: cookies, CLI: core only) themselves.</summary>
    public static IServiceCollection AddJixiaoApp(this IServiceCollection services)
    {
        services.AddJixiaoData();
        services.AddScoped<ListProjects>();
        services.AddScoped<GetProject>();
        services.AddScoped<SaveProject>();
        services.AddScoped<ProjectSheet>();
        services.AddScoped<ManageOrganisations>();
        services.AddScoped<OrganisationSheet>();
        services.AddScoped<AddUser>();
        services.AddScoped<DemoSeeder>();
        return services;
    }
}
