using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Organisations;
using Jixiao.Scoring.Frameworks;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Evaluations;

/// <summary>What the performance section fills to start a 部门整体支出绩效评价: which department-year, which §4.3 framework, which agency, by when.</summary>
public sealed record NewDepartmentEvaluation(Guid DepartmentBudgetId, string? FrameworkId, Guid? AgencyId, DateTime? DueAt);

/// <summary>A department budget the section may evaluate, for the start form.</summary>
public sealed record DepartmentBudgetChoice(Guid Id, string Department, int Year, decimal Total, bool AlreadyEvaluated);

/// <summary>
/// Starts a whole-department evaluation (部门整体支出绩效评价, DOMAIN §4.3): an <see cref="Evaluation"/> of kind Department
/// on the department's budget record, scored on one of the two department frameworks and carried out by a commissioned
/// agency exactly like a key project evaluation (declaration, team, deductions, findings, review).
/// </summary>
public sealed class StartDepartmentEvaluation(JixiaoDbContext db)
{
    public static IReadOnlyList<Framework> Frameworks { get; } = [BuiltInFrameworks.DepartmentDuties, BuiltInFrameworks.DepartmentCommon];

    public async Task<IReadOnlyList<DepartmentBudgetChoice>> Choices(UserScope scope, CancellationToken ct = default)
    {
        Batches.ManageBatches.RequireManager(scope);
        var budgets = await db.DepartmentBudgets.AsNoTracking().VisibleTo(db.Organisations, scope).Include(b => b.FunctionalClasses)
            .Join(db.Organisations, b => b.OrganisationId, o => o.Id, (b, o) => new { Budget = b, o.Name }).ToListAsync(ct);
        var evaluated = await db.Evaluations.AsNoTracking().Where(e => e.JurisdictionId == scope.JurisdictionId && e.DepartmentBudgetId != null)
            .Select(e => e.DepartmentBudgetId!.Value).ToListAsync(ct);
        return budgets.OrderByDescending(b => b.Budget.Year).ThenBy(b => b.Name, StringComparer.Ordinal)
            .Select(b => new DepartmentBudgetChoice(b.Budget.Id, b.Name, b.Budget.Year, b.Budget.Total, evaluated.Contains(b.Budget.Id))).ToList();
    }

    public async Task<Guid> Run(UserScope scope, NewDepartmentEvaluation input, CancellationToken ct = default)
    {
        Batches.ManageBatches.RequireManager(scope);
        var v = new Validation();
        var budget = await db.DepartmentBudgets.AsNoTracking().VisibleTo(db.Organisations, scope)
            .FirstOrDefaultAsync(b => b.Id == input.DepartmentBudgetId, ct);
        v.Require(budget is not null, nameof(input.DepartmentBudgetId), "请选择要评价的部门预算（部门和年度）。");
        var framework = Frameworks.FirstOrDefault(f => f.Id == (string.IsNullOrWhiteSpace(input.FrameworkId) ? BuiltInFrameworks.DepartmentDutiesId : input.FrameworkId.Trim()));
        v.Require(framework is not null, nameof(input.FrameworkId), "请选择部门整体支出评价指标体系（履职效果体系或共性指标体系）。");
        var agency = input.AgencyId is { } agencyId
            ? await db.Organisations.AsNoTracking().FirstOrDefaultAsync(o => o.Id == agencyId && o.JurisdictionId == scope.JurisdictionId && o.Kind == OrganisationKind.ThirdPartyAgency, ct)
            : null;
        v.Require(agency is not null, nameof(input.AgencyId), "请选择本地区登记的第三方机构。");
        v.Require(input.DueAt is not null, nameof(input.DueAt), "请填写报告截止日期。");
        if (budget is not null)
        {
            v.Require(!await db.Evaluations.AnyAsync(e => e.DepartmentBudgetId == budget.Id, ct), nameof(input.DepartmentBudgetId),
                $"该部门 {budget.Year} 年的部门整体支出已在评价中，不能重复发起。");
        }
        v.ThrowIfInvalid();

        var evaluation = new Evaluation
        {
            JurisdictionId = scope.JurisdictionId, Kind = EvaluationKind.Department, Year = budget!.Year, DepartmentBudgetId = budget.Id,
            SubjectOrganisationId = budget.OrganisationId, AgencyId = agency!.Id, FrameworkId = framework!.Id,
            DueAt = DateTime.SpecifyKind(input.DueAt!.Value.Date, DateTimeKind.Utc),
        };
        evaluation.Indicators.AddRange(EvaluationTemplates.Rows(evaluation.Id, framework));
        db.Evaluations.Add(evaluation);
        db.AuditReason = $"发起部门整体支出绩效评价，委托{agency.Name}";
        await db.SaveChangesAsync(ct);
        return evaluation.Id;
    }
}
