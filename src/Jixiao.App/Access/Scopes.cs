using System.Linq.Expressions;
using Jixiao.App.Budgets;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.App.Workflow;

namespace Jixiao.App.Access;

/// <summary>
/// The one place that decides what a user sees and changes. Pages, API and CLI all go through it.
/// A unit sees its own projects, a department its units', a finance section those assigned to it,
/// the performance section (and the system admin) everything in the jurisdiction. Evaluators and
/// experts see only what they are assigned to; assignments arrive with evaluations, so for now nothing.
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
}
