using Jixiao.App.Data;
using Jixiao.App.Projects;
using Jixiao.App.Targets;
using Jixiao.App.Workflow;

namespace Jixiao.App.SelfEvaluations;

/// <summary>
/// 单位自评 of a project after the year: built on the approved target table and the project's funding. Scores are
/// computed by the scoring core on every save and stored only so changes to them are audited and lists can show them.
/// </summary>
public sealed class SelfEvaluation : Entity
{
    public Guid JurisdictionId { get; set; }

    public Guid ProjectId { get; set; }

    public Project? Project { get; set; }

    public Guid TargetSheetId { get; set; }

    public TargetSheet? TargetSheet { get; set; }

    public ReviewStatus Status { get; set; } = ReviewStatus.Draft;

    /// <summary>全年预算数 (元), taken from the project's funding when the evaluation opens.</summary>
    public decimal FullYearBudget { get; set; }

    /// <summary>全年执行数 (元).</summary>
    public decimal Spent { get; set; }

    /// <summary>总体目标实际完成情况</summary>
    public string GoalAchieved { get; set; } = "";

    /// <summary>The report's sections (DOMAIN §7.1), in order.</summary>
    public string Basics { get; set; } = "";

    public string WorkDone { get; set; } = "";

    public string Conclusion { get; set; } = "";

    public string IndicatorAnalysis { get; set; } = "";

    public string Experience { get; set; } = "";

    public string Suggestions { get; set; } = "";

    public string OtherMatters { get; set; } = "";

    public decimal? ExecutionScore { get; set; }

    public decimal? Total { get; set; }

    /// <summary>优/良/中/差 of the total.</summary>
    public string? Grade { get; set; }

    public string? ReviewComment { get; set; }

    public string? ReopenReason { get; set; }

    /// <summary>Submission deadline (UTC), by default 30 April of the following year.</summary>
    public DateTime DueAt { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public DateTime? AcceptedAt { get; set; }

    public List<SelfEvaluationEntry> Entries { get; set; } = [];

    public static DateTime DefaultDue(int year) => new(year + 1, 4, 30, 16, 0, 0, DateTimeKind.Utc);
}
