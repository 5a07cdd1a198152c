using Jixiao.App.Data;
using Jixiao.App.Projects;
using Jixiao.App.Workflow;

namespace Jixiao.App.Targets;

/// <summary>
/// 绩效目标表 of a project, one row per version. Version 1 is declared with the budget; once approved a table
/// never changes again: a change is a new version with a reason, and approving it supersedes the old one.
/// </summary>
public sealed class TargetSheet : Entity
{
    public Guid JurisdictionId { get; set; }

    public Guid ProjectId { get; set; }

    public Project? Project { get; set; }

    /// <summary>版本号, from 1.</summary>
    public int Number { get; set; } = 1;

    public ReviewStatus Status { get; set; } = ReviewStatus.Draft;

    /// <summary>The framework template the table started from (BuiltInFrameworks id).</summary>
    public string FrameworkId { get; set; } = Scoring.Frameworks.BuiltInFrameworks.SelfEvaluationId;

    /// <summary>总体目标</summary>
    public string OverallGoal { get; set; } = "";

    /// <summary>Why this version replaces the previous one (required from version 2).</summary>
    public string? ChangeReason { get; set; }

    /// <summary>The last reviewer's comment (return reason, approval note).</summary>
    public string? ReviewComment { get; set; }

    public DateTime? SubmittedAt { get; set; }

    public DateTime? ApprovedAt { get; set; }

    public List<TargetIndicator> Indicators { get; set; } = [];
}
