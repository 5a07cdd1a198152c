using Jixiao.Documents.Pdf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Jixiao.App.Reports;

public static class ReportsServiceCollectionExtensions
{
    /// <summary>The report services; the PDF converter is replaceable (tests point it at a missing soffice).</summary>
    public static IServiceCollection AddJixiaoReports(this IServiceCollection services)
    {
        services.TryAddSingleton(new LibreOfficePdfConverter(TimeSpan.FromSeconds(90)));
        services.AddScoped<ReportRenderer>();
        services.AddScoped<EffectiveTemplates>();
        services.AddScoped<ManageReportTemplates>();
        services.AddScoped<SelfEvaluationTables>();
        services.AddScoped<ProjectEvaluationReports>();
        services.AddScoped<DepartmentReports>();
        services.AddScoped<ProjectListSheets>();
        services.AddScoped<ListSheets>();
        services.AddScoped<TargetTables>();
        services.AddScoped<KeyEvaluationReports>();
        services.AddScoped<FeedbackSheets>();
        services.AddScoped<BatchSummaryReports>();
        return services;
    }
}
