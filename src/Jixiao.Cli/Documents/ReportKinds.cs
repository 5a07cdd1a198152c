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
        "monitoring" => "绩效运行监控表需要绩效运行监控数据（绩效监控功能尚未实现），数据库中还没有这些数据，暂不能生成。",
        _ => null,
    };

    public static async Task<DocumentResult<ReportFile>> Generate(IServiceProvider services, UserScope scope, string kind, string id, ReportFormat format, CancellationToken ct)
    {
        var db = services.GetRequiredService<JixiaoDbContext>();
        var guid = Guid.TryParse(id, out var g) ? g : (Guid?)null;
        switch (kind)
        {
            case "feedback" when guid is { } batchId && await db.EvaluationBatches.AnyAsync(b => b.Id == batchId, ct):
                return await services.GetRequiredService<FeedbackSheets>().RunBatch(scope, batchId, format, ct);
            case "feedback" when guid is { } evaluationId:
                return await services.GetRequiredService<FeedbackSheets>().Run(scope, evaluationId, format, ct);
            case "feedback" or "batch" when guid is null:
                return DocumentResult<ReportFile>.Fail($"“{id}”不是评价或批次的 ID（GUID）。");
            case "batch" when format == ReportFormat.Zip:
                return await services.GetRequiredService<BatchSummaryReports>().Archive(scope, guid!.Value, ct);
            case "batch":
                return await services.GetRequiredService<BatchSummaryReports>().Run(scope, guid!.Value, format, ct);
            // A key (or department) evaluation's ID gives its evaluation report.
            case "project" or "department" when guid is { } evaluationId && await db.Evaluations.AnyAsync(e => e.Id == evaluationId, ct):
                return await services.GetRequiredService<KeyEvaluationReports>().Run(scope, evaluationId, format, ct);
        }
        if (kind == "department")
        {
            return Guid.TryParse(id, out var budgetId)
                ? await services.GetRequiredService<DepartmentReports>().Run(scope, budgetId, format, ct)
                : DocumentResult<ReportFile>.Fail($"“{id}”不是部门预算的 ID（GUID）。");
        }
        var projectId = await ProjectId(db, scope, id, ct);
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
