using Jixiao.App.Workflow;
using Jixiao.Scoring.Linting;

namespace Jixiao.App.Targets;

public sealed record TargetIndicatorView(
    Guid Id, int Order, string Level1, string Level2, string Name, string Unit, decimal Points, string TargetText, string? Direction, string? Canonical);

public sealed record TargetVersionView(Guid Id, int Number, ReviewStatus StatusValue, string Status, string? ChangeReason, string? ReviewComment, DateTime? ApprovedAt);

/// <summary>What the user may do now, decided by the scopes and the state.</summary>
public sealed record TargetPermissions(bool CanEdit, bool CanSubmit, bool CanReview, bool CanNewVersion);

public sealed record TargetSheetView(
    Guid Id, Guid ProjectId, string ProjectCode, string ProjectName, int Year, string BudgetUnit, decimal Budget,
    int Number, ReviewStatus StatusValue, string Status, string FrameworkId, string FrameworkName, string OverallGoal,
    string? ChangeReason, string? ReviewComment, IReadOnlyList<TargetIndicatorView> Indicators, IReadOnlyList<Finding> Findings,
    IReadOnlyList<TargetVersionView> Versions, long Version, TargetPermissions Can);
