using System.Globalization;
using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Projects;
using Jixiao.App.Workflow;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Targets;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Targets;

/// <summary>Declares a project's targets: start from a template, save drafts, start a new version of an approved table.</summary>
public sealed class SaveTargets(JixiaoDbContext db)
{
    public async Task<Guid> Start(UserScope scope, Guid projectId, string? frameworkId, CancellationToken ct = default)
    {
        var project = await ChangeableProject(scope, projectId, ct);
        if (await db.TargetSheets.AnyAsync(s => s.ProjectId == projectId, ct))
        {
            throw new ConflictException("该项目已有绩效目标表。");
        }
        var sheet = new TargetSheet { JurisdictionId = project.JurisdictionId, ProjectId = projectId, FrameworkId = TargetTemplates.FrameworkOf(frameworkId).Id };
        db.TargetSheets.Add(sheet);
        await db.SaveChangesAsync(ct);
        return sheet.Id;
    }

    public async Task Save(UserScope scope, Guid projectId, TargetSheetInput input, CancellationToken ct = default)
    {
        await ChangeableProject(scope, projectId, ct);
        var sheet = await Current(projectId, ct);
        ReviewFlow.RequireEditable(sheet.Status, "绩效目标表");
        if (input.Version is { } version)
        {
            db.Entry(sheet).Property(s => s.Version).OriginalValue = version;
        }
        var rows = Validate(input, TargetTemplates.FrameworkOf(sheet.FrameworkId));
        sheet.OverallGoal = input.OverallGoal?.Trim() ?? "";
        Replace(sheet, rows);
        db.Entry(sheet).State = EntityState.Modified;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>An approved table stays as it was; the change is a new draft version that says why.</summary>
    public async Task<int> NewVersion(UserScope scope, Guid projectId, string? reason, CancellationToken ct = default)
    {
        await ChangeableProject(scope, projectId, ct);
        var sheet = await Current(projectId, ct);
        if (sheet.Status != ReviewStatus.Approved)
        {
            throw new ConflictException($"只有已审定的绩效目标表才能调整为新版本（当前状态：{sheet.Status.ToChinese()}）。");
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw ValidationFailedException.For("Reason", "调整绩效目标须填写调整原因。");
        }
        var next = new TargetSheet
        {
            JurisdictionId = sheet.JurisdictionId, ProjectId = projectId, Number = sheet.Number + 1, FrameworkId = sheet.FrameworkId,
            OverallGoal = sheet.OverallGoal, ChangeReason = reason.Trim(),
        };
        next.Indicators.AddRange(sheet.Indicators.OrderBy(i => i.Order).Select(i => new TargetIndicator
        {
            SheetId = next.Id, Order = i.Order, Level1 = i.Level1, Level2 = i.Level2, Name = i.Name, Unit = i.Unit, Points = i.Points, TargetText = i.TargetText, Direction = i.Direction,
        }));
        db.TargetSheets.Add(next);
        db.AuditReason = reason.Trim();
        await db.SaveChangesAsync(ct);
        return next.Number;
    }

    internal async Task<Project> ChangeableProject(UserScope scope, Guid projectId, CancellationToken ct)
    {
        var project = await db.Projects.AsNoTracking().VisibleTo(scope).FirstOrDefaultAsync(p => p.Id == projectId, ct)
            ?? throw new NotFoundException("项目不存在或无权查看。");
        if (!Scopes.CanChange(scope, project))
        {
            throw new ForbiddenException("无权填报该项目的绩效目标。");
        }
        return project;
    }

    internal async Task<TargetSheet> Current(Guid projectId, CancellationToken ct) =>
        await db.TargetSheets.Include(s => s.Indicators).Where(s => s.ProjectId == projectId).OrderByDescending(s => s.Number).FirstOrDefaultAsync(ct)
        ?? throw new NotFoundException("该项目尚未填报绩效目标。");

    /// <summary>Every row is checked before anything changes; messages name the row and the field.</summary>
    private static List<TargetIndicatorInput> Validate(TargetSheetInput input, Framework framework)
    {
        var v = new Validation();
        var rows = new List<TargetIndicatorInput>();
        for (var i = 0; i < input.Indicators.Count; i++)
        {
            var row = input.Indicators[i];
            if (row.IsBlank)
            {
                continue;
            }
            var label = string.Create(CultureInfo.InvariantCulture, $"第{i + 1}行") + (string.IsNullOrWhiteSpace(row.Name) ? "" : $"“{row.Name.Trim()}”");
            string Field(string name) => string.Create(CultureInfo.InvariantCulture, $"Indicators[{i}].{name}");
            var level = framework.Levels.FirstOrDefault(l => !l.IsBudgetExecution && LevelNames.SameLevel(l.Name, row.Level1));
            v.Require(level is not null, Field("Level1"), $"{label}：一级指标应为{string.Join("、", framework.Levels.Where(l => !l.IsBudgetExecution).Select(l => l.Name))}之一。");
            v.Require(!string.IsNullOrWhiteSpace(row.Level2), Field("Level2"), $"{label}：请填写二级指标。");
            v.Require(!string.IsNullOrWhiteSpace(row.Name), Field("Name"), $"{label}：请填写三级指标名称。");
            v.Require(row.Points is > 0 and <= 100, Field("Points"), $"{label}：分值应大于0且不超过100。");
            var unit = row.Unit?.Trim() ?? "";
            if (string.IsNullOrWhiteSpace(row.TargetText))
            {
                v.Add(Field("TargetText"), $"{label}：请填写年度指标值。");
            }
            else if (TargetParser.Parse(row.TargetText.Trim()) is { IsSuccess: false } failed)
            {
                v.Add(Field("TargetText"), $"{label}：年度指标值“{row.TargetText.Trim()}”无法识别：{failed.Error!.Message}");
            }
            else if (unit.Length == 0)
            {
                unit = TargetParser.Parse(row.TargetText.Trim()).Value.Unit;
            }
            rows.Add(row with { Level1 = level?.Name ?? row.Level1?.Trim(), Level2 = row.Level2?.Trim(), Name = row.Name?.Trim(), Unit = unit, TargetText = row.TargetText?.Trim() });
        }
        v.ThrowIfInvalid();
        return rows;
    }

    /// <summary>Rows are updated in place by position so the audit log shows what changed, not a delete and re-insert.</summary>
    private void Replace(TargetSheet sheet, List<TargetIndicatorInput> rows)
    {
        var existing = sheet.Indicators.OrderBy(i => i.Order).ToList();
        for (var i = 0; i < rows.Count; i++)
        {
            var indicator = i < existing.Count ? existing[i] : new TargetIndicator { SheetId = sheet.Id };
            if (i >= existing.Count)
            {
                sheet.Indicators.Add(indicator);
            }
            var row = rows[i];
            (indicator.Order, indicator.Level1, indicator.Level2, indicator.Name, indicator.Unit, indicator.Points, indicator.TargetText, indicator.Direction) =
                (i + 1, row.Level1!, row.Level2!, row.Name!, row.Unit!, row.Points!.Value, row.TargetText!, row.Direction);
        }
        foreach (var stale in existing.Skip(rows.Count))
        {
            sheet.Indicators.Remove(stale);
            db.TargetIndicators.Remove(stale);
        }
    }
}
