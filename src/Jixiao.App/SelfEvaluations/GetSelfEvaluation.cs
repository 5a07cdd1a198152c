using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Targets;
using Jixiao.App.Workflow;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Targets;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.SelfEvaluations;

/// <summary>A project's self-evaluation with every score recomputed by the core; live scoring of unsaved values.</summary>
public sealed class GetSelfEvaluation(JixiaoDbContext db)
{
    public async Task<SelfEvaluationView?> Run(UserScope scope, Guid projectId, CancellationToken ct = default)
    {
        var project = await GetTargets.VisibleProject(db, scope, projectId, ct);
        var evaluation = await Load(projectId, ct);
        if (evaluation is null)
        {
            return null;
        }
        var department = await db.Organisations.AsNoTracking().Where(o => o.Id == project.DepartmentId).Select(o => o.Name).FirstAsync(ct);
        var sheet = evaluation.TargetSheet!;
        var indicators = sheet.Indicators.OrderBy(i => i.Order).ToList();
        var inputs = evaluation.Entries.Select(ToInput).ToList();
        var score = SelfEvaluationScoring.Score(indicators, inputs, evaluation.FullYearBudget, evaluation.Spent, await Settings(project.JurisdictionId, ct));
        var entries = indicators.Select(i =>
        {
            var e = evaluation.Entries.FirstOrDefault(x => x.IndicatorId == i.Id);
            var qualitative = TargetParser.Parse(i.TargetText) is { IsSuccess: true } t && (t.Value.IsQualitative || i.Direction == IndicatorDirection.Qualitative);
            return new EntryView(i.Id, i.Level1, i.Level2, i.Name, i.Unit, i.Points, i.TargetText, e?.ActualText ?? "", e?.ChosenScore, e?.Explanation ?? "", e?.Evidence ?? "", qualitative);
        }).ToList();
        var s = evaluation;
        var editable = s.Status.IsEditable() && Scopes.CanChange(scope, project);
        return new SelfEvaluationView(
            s.Id, project.Id, project.Code, project.Name, project.Year, project.BudgetUnit!.Label, department,
            s.Status, StatusText(s.Status), sheet.Number, sheet.OverallGoal, s.FullYearBudget, s.Spent,
            new Narrative(s.GoalAchieved, s.Basics, s.WorkDone, s.Conclusion, s.IndicatorAnalysis, s.Experience, s.Suggestions, s.OtherMatters),
            entries, ScoreView.Of(score), s.ReviewComment, s.ReopenReason, s.DueAt, s.Version,
            new EvaluationPermissions(editable, editable, Scopes.CanReview(scope, project, s.Status), s.Status == ReviewStatus.Approved && Scopes.CanReopen(scope, project)));
    }

    /// <summary>Every change of the evaluation: actual values, scores, status, with who, when and why.</summary>
    public async Task<IReadOnlyList<Projects.AuditView>> History(UserScope scope, Guid projectId, CancellationToken ct = default)
    {
        await GetTargets.VisibleProject(db, scope, projectId, ct);
        var ids = await db.SelfEvaluations.AsNoTracking().Where(e => e.ProjectId == projectId).Select(e => e.Id).ToListAsync(ct);
        return await Auditing.AuditHistory.Of(db, ids, ct);
    }

    /// <summary>Scores values as typed, without saving (the form's live score).</summary>
    public async Task<ScoreView> Preview(UserScope scope, Guid projectId, IReadOnlyList<EntryInput> inputs, CancellationToken ct = default)
    {
        var project = await GetTargets.VisibleProject(db, scope, projectId, ct);
        var evaluation = await Load(projectId, ct) ?? throw new NotFoundException("该项目尚未开始自评。");
        var indicators = evaluation.TargetSheet!.Indicators.OrderBy(i => i.Order).ToList();
        return ScoreView.Of(SelfEvaluationScoring.Score(indicators, inputs, evaluation.FullYearBudget, evaluation.Spent, await Settings(project.JurisdictionId, ct)));
    }

    public static string StatusText(ReviewStatus status) => status == ReviewStatus.Approved ? "已定稿" : status.ToChinese();

    internal Task<SelfEvaluation?> Load(Guid projectId, CancellationToken ct) =>
        db.SelfEvaluations.AsNoTracking().Include(e => e.Entries).Include(e => e.TargetSheet).ThenInclude(t => t!.Indicators)
            .FirstOrDefaultAsync(e => e.ProjectId == projectId, ct);

    internal async Task<Scoring.Settings.JurisdictionSettings> Settings(Guid jurisdictionId, CancellationToken ct) =>
        EvaluationSettings.Read(await db.Jurisdictions.AsNoTracking().Where(j => j.Id == jurisdictionId).Select(j => j.SettingsJson).FirstOrDefaultAsync(ct));

    internal static EntryInput ToInput(SelfEvaluationEntry e) => new(e.IndicatorId, e.ActualText, e.ChosenScore, e.Explanation, e.Evidence);
}
