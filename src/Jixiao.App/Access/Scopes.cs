using System.Linq.Expressions;
using Jixiao.App.Budgets;
using Jixiao.App.Evaluations;
using Jixiao.App.Findings;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.App.Workflow;

namespace Jixiao.App.Access;

/// <summary>
/// The one place that decides what a user sees and changes. Pages, API and CLI all go through it.
/// A unit sees its own projects, a department its units', a finance section those assigned to it,
/// the performance section (and the system admin) everything in the jurisdiction. Evaluators and
/// experts see only the evaluations they are on the team of (after declaring no conflict of interest), never the project list.
/// </summary>
public static class Scopes
{
    public static Expression<Func<Project, bool>> ProjectPredicate(UserScope scope)
    {
        var jurisdiction = scope.JurisdictionId;
        var organisation = scope.OrganisationId;
        return scope.Role switch
        {
            Roles.SystemAdmin or Roles.Performance => p => p.JurisdictionId == jurisdiction,
            Roles.Section => p => p.JurisdictionId == jurisdiction && p.FinanceSectionId == organisation,
            Roles.Department => p => p.JurisdictionId == jurisdiction && p.DepartmentId == organisation,
            Roles.Unit => p => p.JurisdictionId == jurisdiction && p.BudgetUnitId == organisation,
            _ => p => false,
        };
    }

    public static IQueryable<Project> VisibleTo(this IQueryable<Project> projects, UserScope scope) =>
        projects.Where(ProjectPredicate(scope));

    public static bool CanSee(UserScope scope, Project project) => ProjectPredicate(scope).Compile()(project);

    /// <summary>Everyone who sees a project may edit it, except the read-only roles.</summary>
    public static bool CanChange(UserScope scope, Project project) => ChangeRule(scope)(project);

    /// <summary>The change rule compiled once, for checking many rows (imports).</summary>
    public static Func<Project, bool> ChangeRule(UserScope scope)
    {
        var sees = ProjectPredicate(scope).Compile();
        return project => scope.Role is not (Roles.Evaluator or Roles.Expert) && sees(project);
    }

    public static bool CanCreateProjects(UserScope scope) =>
        scope.Role is Roles.SystemAdmin or Roles.Performance or Roles.Section or Roles.Department or Roles.Unit;

    /// <summary>The organisation list of a jurisdiction is not secret; only the bureau maintains it.</summary>
    public static IQueryable<Organisation> VisibleTo(this IQueryable<Organisation> organisations, UserScope scope) =>
        organisations.Where(o => o.JurisdictionId == scope.JurisdictionId);

    /// <summary>
    /// Department budgets: the bureau sees all, a section the departments it oversees, a department its own,
    /// a unit its department's; evaluators and experts none.
    /// </summary>
    public static IQueryable<DepartmentBudget> VisibleTo(this IQueryable<DepartmentBudget> budgets, IQueryable<Organisation> organisations, UserScope scope)
    {
        var organisation = scope.OrganisationId;
        budgets = budgets.Where(b => b.JurisdictionId == scope.JurisdictionId);
        return scope.Role switch
        {
            Roles.SystemAdmin or Roles.Performance => budgets,
            Roles.Section => budgets.Where(b => organisations.Any(o => o.Id == b.OrganisationId && o.ParentId == organisation)),
            Roles.Department => budgets.Where(b => b.OrganisationId == organisation),
            Roles.Unit => budgets.Where(b => organisations.Any(o => o.Id == organisation && o.ParentId == b.OrganisationId)),
            _ => budgets.Where(b => false),
        };
    }

    /// <summary>Report review (issue 6) is the bureau's check of reports: the performance section and the system admin only.</summary>
    public static bool CanReviewReports(UserScope scope) => scope.Role is Roles.SystemAdmin or Roles.Performance;

    public static bool CanChangeOrganisations(UserScope scope) => scope.Role is Roles.SystemAdmin or Roles.Performance;

    /// <summary>The jurisdiction's scoring settings decide every grade, so only the bureau changes them; everyone in it may read them.</summary>
    public static bool CanChangeSettings(UserScope scope) => scope.Role is Roles.SystemAdmin or Roles.Performance;

    /// <summary>
    /// Reviews go up the chain: the project's department checks what its unit submitted; then the finance side
    /// (the section in charge of the project, or the performance section) decides.
    /// </summary>
    public static bool CanReview(UserScope scope, Project project, ReviewStatus status) =>
        project.JurisdictionId == scope.JurisdictionId && status switch
        {
            ReviewStatus.Submitted => scope.Role == Roles.Department && project.DepartmentId == scope.OrganisationId,
            ReviewStatus.DepartmentApproved => scope.Role is Roles.Performance or Roles.SystemAdmin
                || (scope.Role == Roles.Section && project.FinanceSectionId == scope.OrganisationId),
            _ => false,
        };

    /// <summary>Only the bureau's performance section reopens a final item, and always with a reason.</summary>
    public static bool CanReopen(UserScope scope, Project project) =>
        project.JurisdictionId == scope.JurisdictionId && scope.Role is Roles.Performance or Roles.SystemAdmin;

    /// <summary>Key evaluations (财政重点评价) are organised by the bureau's performance section.</summary>
    public static bool CanManageBatches(UserScope scope) => scope.Role is Roles.Performance or Roles.SystemAdmin;

    /// <summary>User administration: the system admin, and the performance section for its own jurisdiction.</summary>
    public static bool CanManageUsers(UserScope scope) => scope.Role is Roles.SystemAdmin or Roles.Performance;

    public static void DemandManageUsers(UserScope scope)
    {
        if (!CanManageUsers(scope))
        {
            throw new Common.ForbiddenException("只有系统管理员或绩效科可以管理用户。");
        }
    }

    /// <summary>A department budget is kept by the bureau (admin, performance section) or the department itself.</summary>
    public static bool CanChangeBudget(UserScope scope, DepartmentBudget budget) =>
        budget.JurisdictionId == scope.JurisdictionId
        && (scope.Role is Roles.SystemAdmin or Roles.Performance || (scope.Role == Roles.Department && budget.OrganisationId == scope.OrganisationId));

    /// <summary>
    /// Key and department evaluations (财政评价): the bureau sees all; a finance section those of its projects and departments;
    /// a department those of its units' projects and its own; a unit those of its projects; an evaluator those commissioned
    /// to its agency or whose team it is on; an expert those whose team it is on. Seeing the row is not seeing the
    /// details: team members must first declare no conflict (<see cref="CanSeeDetails"/>).
    /// </summary>
    public static IQueryable<Evaluation> VisibleTo(this IQueryable<Evaluation> evaluations, IQueryable<Organisation> organisations, UserScope scope)
    {
        var organisation = scope.OrganisationId;
        var user = scope.UserName;
        evaluations = evaluations.Where(e => e.JurisdictionId == scope.JurisdictionId);
        return scope.Role switch
        {
            Roles.SystemAdmin or Roles.Performance => evaluations,
            Roles.Section => evaluations.Where(e => (e.Project != null && e.Project.FinanceSectionId == organisation)
                || (e.Kind == EvaluationKind.Department && organisations.Any(o => o.Id == e.SubjectOrganisationId && o.ParentId == organisation))),
            Roles.Department => evaluations.Where(e => e.SubjectOrganisationId == organisation || (e.Project != null && e.Project.DepartmentId == organisation)),
            Roles.Unit => evaluations.Where(e => e.SubjectOrganisationId == organisation),
            Roles.Evaluator => evaluations.Where(e => e.AgencyId == organisation || e.Team.Any(m => m.UserName == user)),
            Roles.Expert => evaluations.Where(e => e.Team.Any(m => m.UserName == user)),
            _ => evaluations.Where(e => false),
        };
    }

    /// <summary>The team member row of this user, if any (Team must be loaded).</summary>
    public static EvaluationMember? MemberOf(UserScope scope, Evaluation evaluation) =>
        evaluation.Team.FirstOrDefault(m => string.Equals(m.UserName, scope.UserName, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Evaluators and experts see a project's facts only after declaring no conflict of interest (利益冲突声明);
    /// the bureau and sections see everything they see the row of; units and departments see scores once the bureau accepted them.
    /// </summary>
    public static bool CanSeeDetails(UserScope scope, Evaluation evaluation) => scope.Role switch
    {
        Roles.Evaluator or Roles.Expert => MemberOf(scope, evaluation)?.Conflict == ConflictAnswer.NoConflict,
        // The evaluated side sees the agency's scores and facts only once the bureau has accepted them (评价结果审定后反馈).
        Roles.Unit or Roles.Department => evaluation.JurisdictionId == scope.JurisdictionId && evaluation.Status == EvaluationStatus.Accepted,
        _ => evaluation.JurisdictionId == scope.JurisdictionId,
    };

    /// <summary>Scores, findings and text are changed by declared team members while the evaluation is open.</summary>
    public static bool CanWorkOn(UserScope scope, Evaluation evaluation) =>
        scope.Role is Roles.Evaluator or Roles.Expert && CanSeeDetails(scope, evaluation);

    /// <summary>The lead (组长) of the agency submits and manages the team; the bureau may manage the team too.</summary>
    public static bool CanLead(UserScope scope, Evaluation evaluation) =>
        (scope.Role == Roles.Evaluator && MemberOf(scope, evaluation) is { Role: TeamRole.Lead, Conflict: ConflictAnswer.NoConflict })
        || (scope.Role is Roles.Performance or Roles.SystemAdmin && evaluation.JurisdictionId == scope.JurisdictionId);

    /// <summary>The performance section accepts, returns and reopens evaluations, and commissions department evaluations.</summary>
    public static bool CanAcceptEvaluations(UserScope scope) => scope.Role is Roles.Performance or Roles.SystemAdmin;

    /// <summary>The responsible unit (or department) answers a finding with its rectification measures.</summary>
    public static bool CanAnswer(UserScope scope, Finding finding) =>
        finding.JurisdictionId == scope.JurisdictionId && scope.Role is Roles.Unit or Roles.Department && finding.ResponsibleUnitId == scope.OrganisationId;

    /// <summary>The bureau's performance section verifies rectification (整改核实).</summary>
    public static bool CanVerify(UserScope scope, Finding finding) =>
        finding.JurisdictionId == scope.JurisdictionId && scope.Role is Roles.Performance or Roles.SystemAdmin;

    /// <summary>
    /// Findings: the bureau sees all; units and departments see those of evaluations they see, or that they answer, once the
    /// bureau accepted the evaluation; a finance section those of evaluations it sees; evaluators and experts those of
    /// evaluations whose team they are on after declaring no conflict.
    /// </summary>
    public static IQueryable<Finding> VisibleTo(this IQueryable<Finding> findings, IQueryable<Evaluation> evaluations, IQueryable<Organisation> organisations, UserScope scope)
    {
        var organisation = scope.OrganisationId;
        var user = scope.UserName;
        var visible = evaluations.VisibleTo(organisations, scope);
        findings = findings.Where(f => f.JurisdictionId == scope.JurisdictionId);
        return scope.Role switch
        {
            Roles.SystemAdmin or Roles.Performance => findings,
            Roles.Section => findings.Where(f => visible.Any(e => e.Id == f.EvaluationId)),
            Roles.Department or Roles.Unit => findings.Where(f => evaluations.Any(e => e.Id == f.EvaluationId && e.Status == EvaluationStatus.Accepted)
                && (f.ResponsibleUnitId == organisation || visible.Any(e => e.Id == f.EvaluationId))),
            Roles.Evaluator or Roles.Expert => findings.Where(f => visible.Any(e => e.Id == f.EvaluationId
                && e.Team.Any(m => m.UserName == user && m.Conflict == ConflictAnswer.NoConflict))),
            _ => findings.Where(f => false),
        };
    }
}
