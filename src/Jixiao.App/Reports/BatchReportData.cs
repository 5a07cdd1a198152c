using Jixiao.App.Access;
using Jixiao.App.Batches;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Jixiao.App.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Reports;

/// <summary>
/// A key-evaluation batch for its documents: every picked project (with funding, unit, department, 归口科室) and its
/// evaluation. <see cref="Final"/> are the accepted, completely scored ones — the only results the bureau publishes.
/// </summary>
internal sealed record BatchReportData(
    EvaluationBatch Batch, IReadOnlyList<BatchProject> Picks, IReadOnlyDictionary<Guid, KeyEvaluationData> ByProject, string Bureau, DateTime NowUtc)
{
    /// <summary>Today in China Standard Time (UTC+8), the report date.</summary>
    public DateOnly Today => DateOnly.FromDateTime(NowUtc.AddHours(8));

    /// <summary>Accepted evaluations with a complete scoring, in project-code order.</summary>
    public IReadOnlyList<KeyEvaluationData> Final =>
        [.. Picks.Select(p => ByProject.GetValueOrDefault(p.ProjectId)).OfType<KeyEvaluationData>().Where(IsFinal)];

    public static bool IsFinal(KeyEvaluationData data) => data.IsFinal && data.HasResult;

    /// <summary>The picked projects without a final result, each with where it stands.</summary>
    public IReadOnlyList<string> Pending =>
        [.. Picks.Where(p => ByProject.GetValueOrDefault(p.ProjectId) is not { } d || !IsFinal(d))
            .Select(p => $"{p.Project!.Name}（{(ByProject.GetValueOrDefault(p.ProjectId) is { } d ? d.Evaluation.Status.ToChinese() : "尚未委托")}）")];

    /// <summary>One line naming what is left out, or empty when every project has its final result.</summary>
    public string PendingNote => Pending.Count == 0
        ? ""
        : $"说明：本批次共{Picks.Count}个项目，已审定{Final.Count}个；以下{Pending.Count}个项目的评价尚未经财政局审定，未列入本文件：{string.Join("、", Pending)}。";

    /// <summary>The batch for the bureau only (403 otherwise, as on the batch page; 404 for another jurisdiction's).</summary>
    public static async Task<BatchReportData> Load(JixiaoDbContext db, UserScope scope, Guid batchId, TimeProvider time, CancellationToken ct)
    {
        ManageBatches.RequireManager(scope);
        var batch = await db.EvaluationBatches.AsNoTracking()
            .Include(b => b.Projects).ThenInclude(p => p.Project!).ThenInclude(p => p.FundingLines)
            .Include(b => b.Projects).ThenInclude(p => p.Project!).ThenInclude(p => p.BudgetUnit)
            .Include(b => b.Projects).ThenInclude(p => p.Project!).ThenInclude(p => p.Department)
            .Include(b => b.Projects).ThenInclude(p => p.Project!).ThenInclude(p => p.FinanceSection)
            .Include(b => b.Projects).ThenInclude(p => p.Agency)
            .AsSplitQuery().FirstOrDefaultAsync(b => b.Id == batchId && b.JurisdictionId == scope.JurisdictionId, ct)
            ?? throw new NotFoundException("批次不存在。");
        var evaluations = await KeyEvaluationData.OfBatch(db, batch.Id, time, ct);
        var byProject = evaluations.Where(e => e.Evaluation.ProjectId != null).ToDictionary(e => e.Evaluation.ProjectId!.Value);
        var picks = batch.Projects.OrderBy(p => p.Project!.Code, StringComparer.Ordinal).ToList();
        var bureau = await db.Organisations.AsNoTracking().Where(o => o.JurisdictionId == batch.JurisdictionId && o.Kind == OrganisationKind.FinanceBureau)
            .OrderBy(o => o.Code).Select(o => o.Name).FirstOrDefaultAsync(ct)
            ?? await db.Jurisdictions.AsNoTracking().Where(j => j.Id == batch.JurisdictionId).Select(j => j.Name + "财政局").FirstAsync(ct);
        return new BatchReportData(batch, picks, byProject, bureau, time.GetUtcNow().UtcDateTime);
    }
}
