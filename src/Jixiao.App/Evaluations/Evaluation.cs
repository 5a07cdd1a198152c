using Jixiao.App.Batches;
using Jixiao.App.Budgets;
using Jixiao.App.Data;
using Jixiao.App.Findings;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;

namespace Jixiao.App.Evaluations;

/// <summary>What is evaluated: one project (财政重点评价, DOMAIN §4.2) or a department's whole spending (部门整体支出绩效评价, §4.3).</summary>
public enum EvaluationKind
{
    Project,
    Department,
}

/// <summary>
/// An evaluation by the finance bureau, usually carried out by a commissioned third-party agency: the team scores the
/// subject on a framework (plus project-specific indicators), records findings, submits; the performance section
/// accepts it (final) or returns it with comments, and may reopen a final one with a reason.
/// </summary>
public sealed class Evaluation : Entity
{
    public Guid JurisdictionId { get; set; }

    public EvaluationKind Kind { get; set; }

    public int Year { get; set; }

    /// <summary>The key-evaluation batch it belongs to (department evaluations may stand alone).</summary>
    public Guid? BatchId { get; set; }

    public EvaluationBatch? Batch { get; set; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="EvaluationKind.Project"/>.</summary>
    public Guid? ProjectId { get; set; }

    public Project? Project { get; set; }

    /// <summary>Set when <see cref="Kind"/> is <see cref="EvaluationKind.Department"/>: the budget record is the funding facts.</summary>
    public Guid? DepartmentBudgetId { get; set; }

    public DepartmentBudget? DepartmentBudget { get; set; }

    /// <summary>The evaluated organisation: the project's budget unit, or the department; it answers the findings.</summary>
    public Guid SubjectOrganisationId { get; set; }

    public Organisation? SubjectOrganisation { get; set; }

    /// <summary>The commissioned third-party agency (第三方机构); null while the bureau evaluates itself or has not commissioned yet.</summary>
    public Guid? AgencyId { get; set; }

    public Organisation? Agency { get; set; }

    /// <summary>Built-in framework id (BuiltInFrameworks.ById) the indicator rows were made from.</summary>
    public string FrameworkId { get; set; } = "";

    public EvaluationStatus Status { get; set; } = EvaluationStatus.Commissioned;

    /// <summary>Deadline for the evaluation report (UTC).</summary>
    public DateTime DueAt { get; set; }

    /// <summary>项目（部门）基本情况, for the report and the feedback sheet.</summary>
    public string Basics { get; set; } = "";

    /// <summary>主要绩效情况 / 综合评价结论.</summary>
    public string Summary { get; set; } = "";

    /// <summary>主要经验及做法: what is worth keeping.</summary>
    public string Experience { get; set; } = "";

    public decimal? Total { get; set; }

    /// <summary>优/良/中/差 of the total; null while any indicator is unscored.</summary>
    public string? Grade { get; set; }

    public string? ReviewComment { get; set; }

    public string? ReopenReason { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public List<EvaluationIndicator> Indicators { get; set; } = [];

    public List<EvaluationMember> Team { get; set; } = [];

    public List<Finding> Findings { get; set; } = [];
}
