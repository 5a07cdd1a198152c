using Jixiao.App.Workflow;
using Jixiao.Scoring.Settings;

namespace Jixiao.App.SelfEvaluations;

public sealed record EntryScoreView(Guid IndicatorId, decimal Points, decimal? Score, string Trace, IReadOnlyList<string> Warnings);

public sealed record LevelScoreView(string Name, decimal Points, decimal? Score, decimal? Rate);

/// <summary>The scoring core's result as pages, the live-score script and the API show it.</summary>
public sealed record ScoreView(
    IReadOnlyList<EntryScoreView> Entries, IReadOnlyList<LevelScoreView> Levels, decimal? ExecutionScore, string ExecutionTrace,
    decimal Total, string Grade, int NotScored, IReadOnlyList<EntryProblem> Problems)
{
    public static ScoreView Of(SelfEvaluationScore s) => new(
        s.Entries.Select(e => new EntryScoreView(e.Indicator.Id, e.Result.Points, e.Result.IsScored ? e.Result.Score : null, e.Result.Trace,
            e.Result.Warnings.Select(w => w.Message).ToList())).ToList(),
        s.Card.Levels.Select(l => new LevelScoreView(l.Name, l.Points, l.Score, l.Rate)).ToList(),
        s.Card.ExecutionScore, s.Execution.Trace, s.Card.Total, s.Card.Grade.ToChinese(), s.Card.NotScoredCount, s.Problems);
}

public sealed record EntryView(
    Guid IndicatorId, string Level1, string Level2, string Name, string Unit, decimal Points, string TargetText,
    string ActualText, decimal? ChosenScore, string Explanation, string Evidence, bool IsQualitative);

/// <summary>The report's narrative sections (DOMAIN §7.1).</summary>
public sealed record Narrative(string GoalAchieved, string Basics, string WorkDone, string Conclusion, string IndicatorAnalysis, string Experience, string Suggestions, string OtherMatters)
{
    public static readonly (string Field, string Title)[] Sections =
    [
        (nameof(GoalAchieved), "总体目标实际完成情况"),
        (nameof(Basics), "一、基本情况"),
        (nameof(WorkDone), "二、绩效评价工作开展情况"),
        (nameof(Conclusion), "三、综合评价情况及评价结论"),
        (nameof(IndicatorAnalysis), "四、绩效评价指标分析"),
        (nameof(Experience), "五、主要经验及做法、存在的问题及原因分析"),
        (nameof(Suggestions), "六、有关建议"),
        (nameof(OtherMatters), "七、其他需要说明的问题"),
    ];

    public string this[string field] => field switch
    {
        nameof(GoalAchieved) => GoalAchieved,
        nameof(Basics) => Basics,
        nameof(WorkDone) => WorkDone,
        nameof(Conclusion) => Conclusion,
        nameof(IndicatorAnalysis) => IndicatorAnalysis,
        nameof(Experience) => Experience,
        nameof(Suggestions) => Suggestions,
        nameof(OtherMatters) => OtherMatters,
        _ => "",
    };
}

public sealed record EvaluationPermissions(bool CanEdit, bool CanSubmit, bool CanReview, bool CanReopen);

public sealed record SelfEvaluationView(
    Guid Id, Guid ProjectId, string ProjectCode, string ProjectName, int Year, string BudgetUnit, string Department,
    ReviewStatus StatusValue, string Status, int TargetVersion, string OverallGoal, decimal FullYearBudget, decimal Spent,
    Narrative Narrative, IReadOnlyList<EntryView> Entries, ScoreView Score, string? ReviewComment, string? ReopenReason,
    DateTime DueAt, long Version, EvaluationPermissions Can);

/// <summary>What a form or the API sends when saving: the typed values and the narrative.</summary>
public sealed record SelfEvaluationInput(IReadOnlyList<EntryInput> Entries, Narrative? Narrative, long? Version = null);

public static class EvaluationSettings
{
    /// <summary>The jurisdiction's settings document; an unreadable one falls back to the national defaults.</summary>
    public static JurisdictionSettings Read(string? json) =>
        string.IsNullOrWhiteSpace(json) || json.Trim() == "{}" ? JurisdictionSettings.Default : SettingsJson.FromJson(json).Settings ?? JurisdictionSettings.Default;
}
