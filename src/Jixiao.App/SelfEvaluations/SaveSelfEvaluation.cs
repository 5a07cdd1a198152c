using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Projects;
using Jixiao.App.Workflow;
using Jixiao.Scoring.Settings;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.SelfEvaluations;

/// <summary>Opens a self-evaluation from the approved targets and the funding, and saves what the unit types.</summary>
public sealed class SaveSelfEvaluation(JixiaoDbContext db, GetSelfEvaluation get)
{
    public async Task<Guid> Open(UserScope scope, Guid projectId, CancellationToken ct = default)
    {
        var project = await ChangeableProject(scope, projectId, ct);
        if (await db.SelfEvaluations.AnyAsync(e => e.ProjectId == projectId, ct))
        {
            throw new ConflictException("该项目已开始自评。");
        }
        var sheet = await db.TargetSheets.Include(s => s.Indicators).Where(s => s.ProjectId == projectId && s.Status == ReviewStatus.Approved)
            .OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct)
            ?? throw new ConflictException("该项目的绩效目标尚未审定，不能开始自评。");
        var funding = ProjectFunding.Of(project.FundingLines);
        var evaluation = new SelfEvaluation
        {
            JurisdictionId = project.JurisdictionId, ProjectId = projectId, TargetSheetId = sheet.Id,
            FullYearBudget = funding.FullYearBudget, Spent = funding.Spent, DueAt = SelfEvaluation.DefaultDue(project.Year),
        };
        evaluation.Entries.AddRange(sheet.Indicators.OrderBy(i => i.Order).Select(i => new SelfEvaluationEntry { EvaluationId = evaluation.Id, IndicatorId = i.Id, Order = i.Order }));
        db.SelfEvaluations.Add(evaluation);
        await db.SaveChangesAsync(ct);
        return evaluation.Id;
    }

    /// <summary>Saves a draft. Values the core cannot read and scores it refuses block the save; gaps do not (they block submit).</summary>
    public async Task Save(UserScope scope, Guid projectId, SelfEvaluationInput input, CancellationToken ct = default)
    {
        var project = await ChangeableProject(scope, projectId, ct);
        var evaluation = await Tracked(projectId, ct);
        ReviewFlow.RequireEditable(evaluation.Status, "自评");
        if (input.Version is { } version)
        {
            db.Entry(evaluation).Property(e => e.Version).OriginalValue = version;
        }
        var score = SelfEvaluationScoring.Score(evaluation.TargetSheet!.Indicators, input.Entries, evaluation.FullYearBudget, evaluation.Spent, await get.Settings(project.JurisdictionId, ct));
        ThrowIfAny(score.Blocking);
        Apply(evaluation, input, score);
        db.Entry(evaluation).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
    }

    internal static void ThrowIfAny(IEnumerable<EntryProblem> problems)
    {
        var v = new Validation();
        foreach (var p in problems)
        {
            v.Add($"{p.IndicatorId}.{p.Field.Replace("Missing", "", StringComparison.Ordinal)}", p.Message);
        }
        v.ThrowIfInvalid();
    }

    internal static void Apply(SelfEvaluation evaluation, SelfEvaluationInput input, SelfEvaluationScore score)
    {
        foreach (var scored in score.Entries)
        {
            var entry = evaluation.Entries.First(e => e.IndicatorId == scored.Indicator.Id);
            entry.ActualText = scored.Input.Actual?.Trim() ?? "";
            entry.ChosenScore = scored.Input.Score;
            entry.Explanation = scored.Input.Explanation?.Trim() ?? "";
            entry.Evidence = scored.Input.Evidence?.Trim() ?? "";
            entry.Score = scored.Result.IsScored ? scored.Result.Score : null;
        }
        if (input.Narrative is { } n)
        {
            (evaluation.GoalAchieved, evaluation.Basics, evaluation.WorkDone, evaluation.Conclusion) = (n.GoalAchieved.Trim(), n.Basics.Trim(), n.WorkDone.Trim(), n.Conclusion.Trim());
            (evaluation.IndicatorAnalysis, evaluation.Experience, evaluation.Suggestions, evaluation.OtherMatters) = (n.IndicatorAnalysis.Trim(), n.Experience.Trim(), n.Suggestions.Trim(), n.OtherMatters.Trim());
        }
        evaluation.ExecutionScore = score.Card.ExecutionScore;
        evaluation.Total = score.Card.Total;
        evaluation.Grade = score.Card.Grade.ToChinese();
    }

    internal async Task<Project> ChangeableProject(UserScope scope, Guid projectId, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().VisibleTo(scope).Include(p => p.FundingLines).FirstOrDefaultAsync(p => p.Id == projectId, ct)
            ?? throw new NotFoundException("项目不存在或无权查看。");
        if (!Scopes.CanChange(scope, project))
        {
            throw new ForbiddenException("无权填报该项目的自评。");
        }
        return project;
    }

    internal async Task<SelfEvaluation> Tracked(Guid projectId, CancellationToken ct) =>
        await db.SelfEvaluations.Include(e => e.Entries).Include(e => e.TargetSheet).ThenInclude(t => t!.Indicators)
            .FirstOrDefaultAsync(e => e.ProjectId == projectId, ct)
        ?? throw new NotFoundException("该项目尚未开始自评。");
}
