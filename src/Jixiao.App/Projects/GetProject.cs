using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Projects;

/// <summary>A funding line with derived rates; Source is the Chinese name, SourceValue the API value (null on the 合计 row).</summary>
public sealed record FundingLineView(
    string Source, FundingSource? SourceValue, decimal InitialBudget, decimal FullYearBudget, decimal Received, decimal Spent,
    decimal? ReceivedRate, decimal? ExecutionRate);

public sealed record ProjectView(
    Guid Id, string Code, string Name, int Year, string Category, ProjectCategory CategoryValue, string Description,
    Guid BudgetUnitId, string BudgetUnit, Guid DepartmentId, string Department, Guid? FinanceSectionId, string? FinanceSection,
    IReadOnlyList<FundingLineView> FundingLines, FundingLineView Total, long Version, bool CanChange);

public sealed record AuditView(DateTime At, string User, string Action, string Entity, string? Subject, string Field, string? OldValue, string? NewValue, string? Reason);

/// <summary>One project with its funding, derived rates and history; 404 outside the user's scope.</summary>
public sealed class GetProject(JixiaoDbContext db)
{
    public async Task<ProjectView> Run(UserScope scope, Guid id, CancellationToken ct = default)
    {
        var project = await db.Projects.AsNoTracking().VisibleTo(scope)
            .Include(p => p.BudgetUnit).Include(p => p.Department).Include(p => p.FinanceSection).Include(p => p.FundingLines)
            .FirstOrDefaultAsync(p => p.Id == id, ct)
            ?? throw new NotFoundException("项目不存在或无权查看。");
        var lines = project.FundingLines.OrderBy(l => l.Source).Select(ToView).ToList();
        var total = ProjectFunding.Of(project.FundingLines);
        return new ProjectView(
            project.Id, project.Code, project.Name, project.Year, project.Category.ToChinese(), project.Category, project.Description,
            project.BudgetUnitId, project.BudgetUnit!.Label, project.DepartmentId, project.Department!.Name,
            project.FinanceSectionId, project.FinanceSection?.Name, lines,
            new FundingLineView("合计", null, total.InitialBudget, total.FullYearBudget, total.Received, total.Spent, total.ReceivedRate, total.ExecutionRate),
            project.Version, Scopes.CanChange(scope, project));
    }

    public async Task<IReadOnlyList<AuditView>> History(UserScope scope, Guid id, CancellationToken ct = default)
    {
        if (!await db.Projects.VisibleTo(scope).AnyAsync(p => p.Id == id, ct))
        {
            throw new NotFoundException("项目不存在或无权查看。");
        }
        var key = id.ToString();
        // Id order is insertion order on both providers (SQLite cannot sort DateTime reliably as text).
        return await db.AuditEntries.AsNoTracking().Where(a => a.RootKey == key).OrderByDescending(a => a.Id)
            .Select(a => new AuditView(a.At, a.User, a.Action, a.Entity, a.Subject, a.Field, a.OldValue, a.NewValue, a.Reason))
            .ToListAsync(ct);
    }

    private static FundingLineView ToView(FundingLine l)
    {
        var f = ProjectFunding.Of([l]);
        return new FundingLineView(l.Source.ToChinese(), l.Source, l.InitialBudget, l.FullYearBudget, l.Received, l.Spent, f.ReceivedRate, f.ExecutionRate);
    }
}
