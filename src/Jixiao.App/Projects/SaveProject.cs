using System.Globalization;
using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Organisations;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Projects;

/// <summary>One funding line as a form or the API sends it; amounts in 元.</summary>
public sealed record FundingLineInput(FundingSource Source, decimal InitialBudget, decimal FullYearBudget, decimal Received, decimal Spent);

/// <summary>Create or edit a project. Version is required when editing (optimistic concurrency).</summary>
public sealed record ProjectInput(
    string? Code, string Name, int Year, Guid BudgetUnitId, Guid? FinanceSectionId,
    ProjectCategory Category, string? Description, IReadOnlyList<FundingLineInput> FundingLines, long? Version = null, string? Reason = null);

/// <summary>Creates and edits projects within the user's scope; the department follows the budget unit.</summary>
public sealed class SaveProject(JixiaoDbContext db)
{
    public async Task<Guid> Create(UserScope scope, ProjectInput input, CancellationToken ct = default)
    {
        if (!Scopes.CanCreateProjects(scope))
        {
            throw new ForbiddenException("当前角色不能新建项目。");
        }
        var project = new Project { JurisdictionId = scope.JurisdictionId, Code = "", Name = "" };
        await Apply(scope, project, input, ct);
        db.Projects.Add(project);
        db.AuditReason = input.Reason;
        await db.SaveChangesAsync(ct);
        return project.Id;
    }

    public async Task Update(UserScope scope, Guid id, ProjectInput input, CancellationToken ct = default)
    {
        var project = await db.Projects.VisibleTo(scope).Include(p => p.FundingLines).FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("项目不存在或无权查看。");
        if (!Scopes.CanChange(scope, project))
        {
            throw new ForbiddenException("无权修改该项目。");
        }
        if (input.Version is { } version)
        {
            // The version the user saw; a different one in the database means someone saved in between.
            db.Entry(project).Property(p => p.Version).OriginalValue = version;
        }
        await Apply(scope, project, input, ct);
        db.Entry(project).State = EntityState.Modified;
        db.AuditReason = input.Reason;
        await db.SaveChangesAsync(ct);
    }

    public async Task Delete(UserScope scope, Guid id, long? version, string? reason, CancellationToken ct = default)
    {
        var project = await db.Projects.VisibleTo(scope).Include(p => p.FundingLines).FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("项目不存在或无权查看。");
        if (!Scopes.CanChange(scope, project))
        {
            throw new ForbiddenException("无权删除该项目。");
        }
        if (version is { } v)
        {
            db.Entry(project).Property(p => p.Version).OriginalValue = v;
        }
        db.Projects.Remove(project);
        db.AuditReason = reason;
        await db.SaveChangesAsync(ct);
    }

    private async Task Apply(UserScope scope, Project project, ProjectInput input, CancellationToken ct)
    {
        var v = new Validation();
        v.Require(!string.IsNullOrWhiteSpace(input.Name), "Name", "请填写项目名称。");
        v.Require(input.Year is >= 2000 and <= 2100, "Year", "年度应在 2000 至 2100 之间。");
        var unit = await db.Organisations.AsNoTracking()
            .FirstOrDefaultAsync(o => o.Id == input.BudgetUnitId && o.JurisdictionId == scope.JurisdictionId && o.Kind == OrganisationKind.BudgetUnit, ct);
        v.Require(unit is not null, "BudgetUnitId", "请选择本地区的预算单位。");
        Organisation? section = null;
        if (input.FinanceSectionId is { } sectionId)
        {
            section = await db.Organisations.AsNoTracking()
                .FirstOrDefaultAsync(o => o.Id == sectionId && o.JurisdictionId == scope.JurisdictionId && o.Kind == OrganisationKind.FinanceSection, ct);
            v.Require(section is not null, "FinanceSectionId", "归口科室不存在。");
        }
        // JSON clients may leave the list out: that is a validation error, not a crash.
        var lines = input.FundingLines ?? [];
        var sources = lines.GroupBy(l => l.Source).Where(g => g.Count() > 1).Select(g => g.Key.ToChinese()).ToList();
        v.Require(sources.Count == 0, "FundingLines", $"资金来源重复：{string.Join("、", sources)}。");
        foreach (var line in lines)
        {
            var negative = line.InitialBudget < 0 || line.FullYearBudget < 0 || line.Received < 0 || line.Spent < 0;
            v.Require(!negative, "FundingLines", $"{line.Source.ToChinese()}：金额不能为负数。");
            var tooPrecise = new[] { line.InitialBudget, line.FullYearBudget, line.Received, line.Spent }.Any(a => a != decimal.Round(a, 2));
            v.Require(!tooPrecise, "FundingLines", $"{line.Source.ToChinese()}：金额最多保留两位小数（分）。");
        }
        var code = string.IsNullOrWhiteSpace(input.Code) ? project.Code : input.Code.Trim();
        if (unit is not null && string.IsNullOrWhiteSpace(code))
        {
            code = await NextCode(scope.JurisdictionId, input.Year, unit, ct);
        }
        var codeTaken = await db.Projects.AnyAsync(p => p.JurisdictionId == scope.JurisdictionId && p.Year == input.Year && p.Code == code && p.Id != project.Id, ct);
        v.Require(!codeTaken, "Code", $"{input.Year} 年已有编码为 {code} 的项目。");
        var name = input.Name?.Trim() ?? "";
        var nameTaken = await db.Projects.AnyAsync(p => p.JurisdictionId == scope.JurisdictionId && p.Year == input.Year
            && p.BudgetUnitId == input.BudgetUnitId && p.Name == name && p.Id != project.Id, ct);
        v.Require(!nameTaken, "Name", $"该单位 {input.Year} 年已有同名项目。");
        v.ThrowIfInvalid();

        project.Code = code;
        project.Name = name;
        project.Year = input.Year;
        project.BudgetUnitId = unit!.Id;
        project.DepartmentId = unit.ParentId ?? unit.Id;
        project.FinanceSectionId = section?.Id ?? await SectionOf(project.DepartmentId, ct);
        project.Category = input.Category;
        project.Description = input.Description?.Trim() ?? "";
        ReplaceLines(project, lines);
        if (!Scopes.CanChange(scope, project))
        {
            // The user may only create or move projects into their own scope.
            throw new ForbiddenException("只能在本单位（本部门、本科室）范围内新建或修改项目。");
        }
    }

    private void ReplaceLines(Project project, IReadOnlyList<FundingLineInput> inputs)
    {
        foreach (var stale in project.FundingLines.Where(l => inputs.All(i => i.Source != l.Source)).ToList())
        {
            project.FundingLines.Remove(stale);
            db.FundingLines.Remove(stale);
        }
        foreach (var input in inputs)
        {
            var line = project.FundingLines.FirstOrDefault(l => l.Source == input.Source);
            if (line is null)
            {
                line = new FundingLine { ProjectId = project.Id, Source = input.Source };
                project.FundingLines.Add(line);
            }
            line.InitialBudget = input.InitialBudget;
            line.FullYearBudget = input.FullYearBudget;
            line.Received = input.Received;
            line.Spent = input.Spent;
        }
        project.RecomputeTotals();
    }

    private async Task<Guid?> SectionOf(Guid departmentId, CancellationToken ct) =>
        await db.Organisations.AsNoTracking().Where(o => o.Id == departmentId)
            .Select(o => o.Parent != null && o.Parent.Kind == OrganisationKind.FinanceSection ? o.ParentId : null)
            .FirstOrDefaultAsync(ct);

    /// <summary>Generated codes read year-unit-sequence, e.g. 2025-213001-003.</summary>
    internal async Task<string> NextCode(Guid jurisdictionId, int year, Organisation unit, CancellationToken ct)
    {
        var prefix = string.Create(CultureInfo.InvariantCulture, $"{year}-{unit.Code ?? "X"}-");
        var existing = await db.Projects.Where(p => p.JurisdictionId == jurisdictionId && p.Year == year && p.Code.StartsWith(prefix))
            .Select(p => p.Code).ToListAsync(ct);
        var pending = db.ChangeTracker.Entries<Project>().Select(e => e.Entity.Code).Where(c => c.StartsWith(prefix, StringComparison.Ordinal));
        var max = existing.Concat(pending)
            .Select(c => int.TryParse(c.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0)
            .DefaultIfEmpty(0).Max();
        return prefix + (max + 1).ToString("000", CultureInfo.InvariantCulture);
    }
}
