using Jixiao.App.Access;
using Jixiao.App.Data;
using Jixiao.App.Reports;
using Jixiao.Documents.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Jixiao.Cli.Documents;

/// <summary>
/// The report kinds of <c>jixiao report</c>: which ones the database can feed now, and for the others the Chinese
/// reason naming the data they wait for.
/// </summary>
internal static class ReportKinds
{
    public static readonly string[] All = ["project", "feedback", "department", "batch", "selfeval", "monitoring", "targets"];

    /// <summary>Null when the kind can be generated; otherwise what is missing.</summary>
    public static string? Missing(string kind) => kind switch
    {
        "feedback" => "结果反馈单需要重点评价批次中各项目的评价结果（评分、等级和发现的问题，重点评价功能 issue 4 的评价部分），数据库中还没有这些数据，暂不能生成。",
        "batch" => "批次汇总报告需要重点评价批次中各项目的评价结果（评分和等级，重点评价功能 issue 4 的评价部分），数据库中还没有这些数据，暂不能生成。",
        "monitoring" => "绩效运行监控表需要绩效运行监控数据（绩效监控功能尚未实现），数据库中还没有这些数据，暂不能生成。",
        _ => null,
    };

    public static async Task<DocumentResult<ReportFile>> Generate(IServiceProvider services, UserScope scope, string kind, string id, ReportFormat format, CancellationToken ct)
    {
        if (kind == "department")
        {
            return Guid.TryParse(id, out var budgetId)
                ? await services.GetRequiredService<DepartmentReports>().Run(scope, budgetId, format, ct)
                : DocumentResult<ReportFile>.Fail($"“{id}”不是部门预算的 ID（GUID）。");
        }
        var projectId = await ProjectId(services.GetRequiredService<JixiaoDbContext>(), scope, id, ct);
        if (projectId is not { } p)
        {
            return DocumentResult<ReportFile>.Fail($"找不到项目或自评“{id}”，或无权查看。");
        }
        return kind switch
        {
            "project" => await services.GetRequiredService<ProjectEvaluationReports>().Run(scope, p, format, ct),
            "selfeval" => await services.GetRequiredService<SelfEvaluationTables>().Run(scope, p, format, ct),
            _ => await services.GetRequiredService<TargetTables>().Run(scope, p, format, ct),
        };
    }

    /// <summary>A project ID, a self-evaluation ID or a project code (项目编码) of a project the user sees.</summary>
    private static async Task<Guid?> ProjectId(JixiaoDbContext db, UserScope scope, string id, CancellationToken ct)
    {
        var visible = db.Projects.AsNoTracking().VisibleTo(scope);
        if (Guid.TryParse(id, out var guid))
        {
            if (await visible.AnyAsync(x => x.Id == guid, ct))
            {
                return guid;
            }
            var evaluationProject = await db.SelfEvaluations.AsNoTracking().Where(e => e.Id == guid).Select(e => (Guid?)e.ProjectId).FirstOrDefaultAsync(ct);
            return evaluationProject is { } e && await visible.AnyAsync(x => x.Id == e, ct) ? e : null;
        }
        return await visible.Where(x => x.Code == id.Trim()).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(ct);
    }
}
