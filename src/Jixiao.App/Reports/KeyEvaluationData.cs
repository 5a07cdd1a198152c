using Jixiao.App.Access;
using Jixiao.App.Budgets;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Jixiao.App.Findings;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.App.SelfEvaluations;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Reports;

/// <summary>
/// A key (or department) evaluation with everything its documents print: the subject (project with funding, or the
/// department budget), the scoring core's card (scored again on load, as the workspace shows it), the findings the user
/// may see, who organised and who evaluated. Reports only format this; <see cref="KeyEvaluationText"/> words it.
/// </summary>
internal sealed record KeyEvaluationData(
    Evaluation Evaluation, Project? Project, DepartmentBudget? Budget, string Subject, string Department, string Place, string Bureau,
    EvaluationScore Score, IReadOnlyList<Finding> Findings, DateOnly Today)
{
    public const string Undeclared = "您尚未声明与该评价无利害关系（或已声明回避），不能查看或下载该评价的报告。";

    /// <summary>Final: accepted by the performance section; anything else prints as 未定稿.</summary>
    public bool IsFinal => Evaluation.Status == EvaluationStatus.Accepted;

    /// <summary>Every indicator scored without errors: the total and grade are a result, not a draft.</summary>
    public bool HasResult => Score.IsComplete;

    public bool IsProject => Evaluation.Kind == EvaluationKind.Project;

    public string Agency => Evaluation.Agency?.Name ?? "";

    /// <summary>组长 who declared no conflict; empty when the bureau evaluated itself.</summary>
    public string Lead => Evaluation.Team.Where(m => m.Role == TeamRole.Lead && m.Conflict == ConflictAnswer.NoConflict)
        .Select(m => m.DisplayName.Length > 0 ? m.DisplayName : m.UserName).FirstOrDefault() ?? "";

    public string KindName => IsProject ? KeyEvaluationReports.KindName : KeyEvaluationReports.DepartmentKindName;

    /// <summary>Stem of every file name of this evaluation: project code and name, or department and year.</summary>
    public string Stem => Project is { } p ? $"{p.Code}-{p.Name}" : $"{Subject}-{Evaluation.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";

    /// <summary>Dates print in China Standard Time (UTC+8), where every jurisdiction of this system lies.</summary>
    public DateOnly ReportDate => (Evaluation.AcceptedAt ?? Evaluation.SubmittedAt) is { } at ? DateOnly.FromDateTime(at.AddHours(8)) : Today;

    /// <summary>One visible evaluation (404 outside scope); an undeclared or recused team member is refused (403).</summary>
    public static async Task<KeyEvaluationData> Load(JixiaoDbContext db, GetEvaluation get, UserScope scope, Guid id, TimeProvider time, CancellationToken ct)
    {
        var evaluation = await get.Load(scope, id, tracked: false, ct);
        if (!Scopes.CanSeeDetails(scope, evaluation))
        {
            throw new ForbiddenException(Undeclared);
        }
        var findings = db.Findings.AsNoTracking().VisibleTo(db.Evaluations, db.Organisations, scope).Where(f => f.EvaluationId == id);
        return (await Complete(db, [evaluation], findings, time, ct)).Single();
    }

    /// <summary>Every evaluation of a batch, for the bureau (the caller has checked it may manage the batch).</summary>
    public static async Task<IReadOnlyList<KeyEvaluationData>> OfBatch(JixiaoDbContext db, Guid batchId, TimeProvider time, CancellationToken ct)
    {
        var evaluations = await db.Evaluations.AsNoTracking().Where(e => e.BatchId == batchId)
            .Include(e => e.Indicators).ThenInclude(i => i.Deductions).Include(e => e.Team)
            .Include(e => e.Project!).ThenInclude(p => p.FundingLines).Include(e => e.SubjectOrganisation).Include(e => e.Agency)
            .AsSplitQuery().ToListAsync(ct);
        var ids = evaluations.Select(e => e.Id).ToList();
        return await Complete(db, evaluations, db.Findings.AsNoTracking().Where(f => ids.Contains(f.EvaluationId)), time, ct);
    }

    private static async Task<IReadOnlyList<KeyEvaluationData>> Complete(
        JixiaoDbContext db, IReadOnlyList<Evaluation> evaluations, IQueryable<Finding> findingQuery, TimeProvider time, CancellationToken ct)
    {
        if (evaluations.Count == 0)
        {
            return [];
        }
        var jurisdictionId = evaluations[0].JurisdictionId;
        var jurisdiction = await db.Jurisdictions.AsNoTracking().Where(j => j.Id == jurisdictionId).Select(j => new { j.Name, j.SettingsJson }).FirstAsync(ct);
        var settings = EvaluationSettings.Read(jurisdiction.SettingsJson);
        var bureau = await db.Organisations.AsNoTracking().Where(o => o.JurisdictionId == jurisdictionId && o.Kind == OrganisationKind.FinanceBureau)
            .OrderBy(o => o.Code).Select(o => o.Name).FirstOrDefaultAsync(ct) ?? jurisdiction.Name + "财政局";
        // The evaluation grants sight of its subject: evaluators see the project and budget through it, not through the project list.
        var projectIds = evaluations.Where(e => e.ProjectId != null).Select(e => e.ProjectId!.Value).ToList();
        var projects = await db.Projects.AsNoTracking().Where(p => projectIds.Contains(p.Id))
            .Include(p => p.BudgetUnit).Include(p => p.Department).Include(p => p.FinanceSection).Include(p => p.FundingLines)
            .AsSplitQuery().ToDictionaryAsync(p => p.Id, ct);
        var budgetIds = evaluations.Where(e => e.DepartmentBudgetId != null).Select(e => e.DepartmentBudgetId!.Value).ToList();
        var budgets = await db.DepartmentBudgets.AsNoTracking().Where(b => budgetIds.Contains(b.Id)).Include(b => b.FunctionalClasses).ToDictionaryAsync(b => b.Id, ct);
        var findings = (await findingQuery.Include(f => f.ResponsibleUnit).ToListAsync(ct)).ToLookup(f => f.EvaluationId);
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(8));
        return evaluations.Select(e =>
        {
            var project = e.ProjectId is { } p ? projects.GetValueOrDefault(p) : null;
            var budget = e.DepartmentBudgetId is { } b ? budgets.GetValueOrDefault(b) : null;
            var subject = project?.Name ?? e.SubjectOrganisation?.Name ?? "";
            var department = project?.Department?.Name ?? e.SubjectOrganisation?.Name ?? "";
            return new KeyEvaluationData(e, project, budget, subject, department, jurisdiction.Name, bureau, EvaluationScoring.Score(e, settings),
                [.. findings[e.Id].OrderBy(f => f.Category).ThenBy(f => f.Order)], today);
        }).ToList();
    }
}
