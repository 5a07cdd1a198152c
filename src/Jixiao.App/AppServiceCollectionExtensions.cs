using Jixiao.App.Budgets;
using Jixiao.App.Batches;
using Jixiao.App.Data;
using Jixiao.App.Demo;
using Jixiao.App.Home;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.App.Reports;
using Jixiao.App.SelfEvaluations;
using Jixiao.App.Targets;
using Jixiao.App.Users;
using Microsoft.AspNetCore.Identity;
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
        services.AddScoped<ImportProjects>();
        services.AddScoped<ManageOrganisations>();
        services.AddScoped<Jurisdictions.ManageJurisdictionSettings>();
        services.AddScoped<Budgets.ListDepartmentBudgets>();
        services.AddScoped<OrganisationSheet>();
        services.AddScoped<ImportOrganisations>();
        services.AddScoped<GetTargets>();
        services.AddScoped<SaveTargets>();
        services.AddScoped<ReviewTargets>();
        services.AddScoped<GetSelfEvaluation>();
        services.AddScoped<SaveSelfEvaluation>();
        services.AddScoped<ReviewSelfEvaluation>();
        services.AddScoped<ListSelfEvaluations>();
        services.AddScoped<ImportSelfEvaluation>();
        services.AddScoped<Reviews.ReportReviews>();
        services.AddScoped<MyTasks>();
        services.AddScoped<ManageBatches>();
        services.AddScoped<GetBatch>();
        services.AddScoped<ImportBatchProjects>();
        services.AddScoped<Findings.SaveFindings>();
        services.AddScoped<Findings.ListFindings>();
        services.AddScoped<Findings.RectifyFinding>();
        services.AddScoped<AddUser>();
        services.AddScoped<ManageUsers>();
        services.AddScoped<EditDepartmentBudget>();
        services.AddScoped<DemoSeeder>();
        services.AddOptions<Evaluations.EvidenceOptions>().BindConfiguration(Evaluations.EvidenceOptions.Section);
        services.AddSingleton<Evaluations.EvidenceStore>();
        services.AddScoped<Evaluations.GetEvaluation>();
        services.AddScoped<Evaluations.DeclareConflict>();
        services.AddScoped<Evaluations.ManageTeam>();
        services.AddScoped<Evaluations.StartDepartmentEvaluation>();
        services.AddScoped<Evaluations.SaveIndicator>();
        services.AddScoped<Evaluations.SaveEvaluationText>();
        services.AddScoped<Evaluations.ReviewEvaluation>();
        services.AddScoped<Evaluations.UploadEvidence>();
        services.AddJixiaoReports();
        return services;
    }

    /// <summary>Users and roles without cookies, for the CLI and tests (the web host adds the full Identity).</summary>
    public static IServiceCollection AddJixiaoIdentityCore(this IServiceCollection services)
    {
        services.AddIdentityCore<AppUser>(IdentitySetup.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<JixiaoDbContext>();
        return services;
    }
}
