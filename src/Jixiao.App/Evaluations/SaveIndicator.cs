using System.Globalization;
using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Evaluations;

public sealed record DeductionInput(decimal Points, string? Reason);

public sealed record IndicatorEdit(
    long Version, string? TargetText, string? ActualText, string? Facts, decimal? EvaluatorScore, string? ScoreReason,
    IReadOnlyList<DeductionInput>? Deductions, string? WorkPaper, decimal? Points = null);

public sealed record NewIndicator(string? Level1, string? Level2, string? Name, decimal Points, string? Standard);

/// <summary>
/// Saves one indicator with the version the client read; a refused value saves nothing. The whole evaluation is re-scored
/// by <see cref="EvaluationScoring.Apply"/> so the total and grade always match the rows. Also adds/deletes 项目个性指标.
/// </summary>
public sealed class SaveIndicator(JixiaoDbContext db, GetEvaluation get, TimeProvider time)
{
    public async Task Save(UserScope scope, Guid id, Guid indicatorId, IndicatorEdit input, CancellationToken ct = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await SaveOnce(scope, id, indicatorId, input, ct);
                return;
            }
            catch (DbUpdateConcurrencyException race) when (attempt < 3 && race.Entries.All(x => x.Entity is Evaluation))
            {
                // Two members saved different indicators at the same moment: only the evaluation's total raced, not the
                // row. Start over from fresh data; the row's own version still guards against a real overwrite.
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task SaveOnce(UserScope scope, Guid id, Guid indicatorId, IndicatorEdit input, CancellationToken ct)
    {
        var e = await get.Load(scope, id, tracked: true, ct);
        GetEvaluation.RequireWork(scope, e);
        var indicator = e.Indicators.FirstOrDefault(i => i.Id == indicatorId) ?? throw new NotFoundException("该指标不存在。");
        if (indicator.Version != input.Version)
        {
            var when = indicator.UpdatedAt?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "";
            throw new ConflictException($"指标“{indicator.Name}”已被{indicator.UpdatedBy ?? "他人"}于{when}（UTC）修改，请刷新后再保存。");
        }
        if (input.Points is { } points && points != indicator.Points)
        {
            // Third-level weights may be rebalanced within their first level (e.g. for 项目个性指标); submit checks the sums.
            if (points <= 0m || points > 100m)
            {
                throw ValidationFailedException.For(nameof(IndicatorEdit.Points), $"“{indicator.Name}”的分值应大于0且不超过100，实际为{points:0.##}。");
            }
            indicator.Points = points;
        }
        (indicator.TargetText, indicator.ActualText, indicator.Facts) = (Trim(input.TargetText), Trim(input.ActualText), Trim(input.Facts));
        (indicator.EvaluatorScore, indicator.ScoreReason, indicator.WorkPaper) = (input.EvaluatorScore, Trim(input.ScoreReason), Trim(input.WorkPaper));
        db.IndicatorDeductions.RemoveRange(indicator.Deductions);
        indicator.Deductions = (input.Deductions ?? []).Select((d, n) => new IndicatorDeduction
        {
            IndicatorId = indicator.Id, EvaluationId = e.Id, Order = n + 1, Points = d.Points, Reason = Trim(d.Reason),
        }).ToList();
        db.IndicatorDeductions.AddRange(indicator.Deductions);
        var problems = new List<IndicatorProblem>();
        EvaluationScoring.ScoreOne(indicator, await get.Settings(e.JurisdictionId, ct), problems);
        if (problems.Count > 0)
        {
            // Nothing is saved: the tracked changes die with this request's context.
            var v = new Validation();
            problems.ForEach(p => v.Add(p.Field, p.Message));
            v.ThrowIfInvalid();
        }
        EvaluationScoring.Apply(e, await get.Settings(e.JurisdictionId, ct), only: indicator);
        indicator.UpdatedBy = scope.UserName;
        indicator.UpdatedAt = time.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> Add(UserScope scope, Guid id, NewIndicator input, CancellationToken ct = default)
    {
        var e = await get.Load(scope, id, tracked: true, ct);
        GetEvaluation.RequireWork(scope, e);
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(input.Level1), nameof(NewIndicator.Level1), "请填写一级指标。");
        v.Require(!string.IsNullOrWhiteSpace(input.Level2), nameof(NewIndicator.Level2), "请填写二级指标。");
        v.Require(!string.IsNullOrWhiteSpace(input.Name), nameof(NewIndicator.Name), "请填写三级指标名称。");
        v.Require(input.Points > 0, nameof(NewIndicator.Points), "分值须大于0。");
        v.ThrowIfInvalid();
        var indicator = new EvaluationIndicator
        {
            EvaluationId = e.Id, Order = e.Indicators.Select(i => i.Order).DefaultIfEmpty().Max() + 1, Level1 = Trim(input.Level1), Level2 = Trim(input.Level2),
            Name = Trim(input.Name), Points = input.Points, Standard = Trim(input.Standard), ProjectSpecific = true,
            UpdatedBy = scope.UserName, UpdatedAt = time.GetUtcNow().UtcDateTime,
        };
        e.Indicators.Add(indicator);
        db.EvaluationIndicators.Add(indicator);
        EvaluationScoring.Apply(e, await get.Settings(e.JurisdictionId, ct));
        await db.SaveChangesAsync(ct);
        return indicator.Id;
    }

    public async Task Delete(UserScope scope, Guid id, Guid indicatorId, CancellationToken ct = default)
    {
        var e = await get.Load(scope, id, tracked: true, ct);
        GetEvaluation.RequireWork(scope, e);
        var indicator = e.Indicators.FirstOrDefault(i => i.Id == indicatorId) ?? throw new NotFoundException("该指标不存在。");
        if (!indicator.ProjectSpecific)
        {
            throw new ConflictException($"“{indicator.Name}”是评价框架的共性指标，不能删除。");
        }
        db.IndicatorDeductions.RemoveRange(indicator.Deductions);
        db.EvaluationIndicators.Remove(indicator);
        e.Indicators.Remove(indicator);
        EvaluationScoring.Apply(e, await get.Settings(e.JurisdictionId, ct));
        await db.SaveChangesAsync(ct);
    }

    private static string Trim(string? text) => text?.Trim() ?? "";
}
