using System.Globalization;
using Jixiao.App.Evaluations;
using Jixiao.App.Findings;
using Jixiao.Documents.Common;
using Jixiao.Documents.Scores;
using Jixiao.Documents.Templates;
using Jixiao.Scoring.Rules;

namespace Jixiao.App.Reports;

/// <summary>
/// How a key evaluation reads in its documents: the core's card as the printed table (deduction reasons and facts as
/// notes), findings grouped by category (问题 with their causes, 建议 with the unit and deadline), the team sentence.
/// </summary>
internal static class KeyEvaluationText
{
    public const string Ungraded = "未定级（尚有指标未评分）";

    /// <summary>
    /// The printed table. Every score, subtotal, 得分率, total and grade is the core's card; targets and actuals print as
    /// the team typed them; the note is the deduction reasons, else the reason of a manual score, else the facts found.
    /// </summary>
    public static ScoreSummary Scores(KeyEvaluationData data)
    {
        var indicators = data.Score.Indicators.Select(s => s.Indicator).ToList();
        var inputs = indicators.Select(i => new IndicatorInput
        {
            Level1 = i.Level1, Level2 = i.Level2, Name = i.Name, Points = i.Points, EvaluatorScore = i.EvaluatorScore,
            ScoreReason = Blank(i.ScoreReason), Explanation = Blank(i.Facts),
            Deductions = [.. i.Deductions.OrderBy(d => d.Order).Select(d => new Deduction(d.Points, d.Reason))],
        }).ToList();
        var summary = CoreScores.FromCard(data.Score.Card, inputs);
        return summary with
        {
            Lines = [.. summary.Lines.Select((line, k) => line with { Target = indicators[k].TargetText.Trim(), Actual = indicators[k].ActualText.Trim() })],
            // A partial total is shown for drafts, but a grade only belongs to a complete scoring (as the workspace stores it).
            Grade = data.HasResult ? summary.Grade : Ungraded,
        };
    }

    /// <summary>"决策类指标分值15.00分，得分13.50分，得分率90.00%；…" from the printed levels.</summary>
    public static string Levels(ScoreSummary scores) =>
        string.Join("；", scores.Levels.Select(l => $"{l.Name}类指标分值{Money.Points(l.Points)}分，得分{Money.Points(l.Score)}分，得分率{Money.Percent(l.Rate)}"));

    /// <summary>Problems per category (report order), each with its cause when <paramref name="causes"/>.</summary>
    public static IReadOnlyList<TextBlock> Problems(IEnumerable<Finding> findings, bool causes) =>
        Grouped(findings, f => causes && f.Cause.Trim().Length > 0 ? $"{Sentence(f.Problem)}原因：{Sentence(f.Cause)}" : Sentence(f.Problem));

    /// <summary>
    /// Recommendations per category, each with the unit responsible and the deadline — a calendar day, printed as the
    /// findings page shows it (the date entered, stored at UTC midnight), not shifted to UTC+8.
    /// </summary>
    public static IReadOnlyList<TextBlock> Recommendations(IEnumerable<Finding> findings) =>
        Grouped(findings.Where(f => f.Recommendation.Trim().Length > 0), f =>
            $"{Sentence(f.Recommendation)}（整改责任单位：{f.ResponsibleUnit?.Name}，整改期限：{Date(DateOnly.FromDateTime(f.DueAt))}）");

    /// <summary>
    /// Blocks as narrative lines: "（一）heading" (or "1．heading" when <paramref name="nested"/> under such a heading)
    /// then its text; "无。" when there are none.
    /// </summary>
    public static string Lines(IReadOnlyList<TextBlock> blocks, bool nested = false) =>
        blocks.Count == 0
            ? "无。"
            : string.Join("\n", blocks.SelectMany((b, i) => new[] { nested ? $"{Number(i)}．{b.Heading}" : ChineseNumerals.Subsection(i + 1, b.Heading), b.Text }));

    public static string Team(KeyEvaluationData data)
    {
        var members = data.Evaluation.Team.Where(m => m.Conflict == ConflictAnswer.NoConflict).OrderBy(m => m.Role)
            .Select(m => $"{(m.DisplayName.Length > 0 ? m.DisplayName : m.UserName)}（{m.Role.ToChinese()}）").ToList();
        var team = members.Count > 0 ? $"评价组由{string.Join("、", members)}组成，成员均已声明与被评价单位无利害关系。" : "";
        var submitted = data.Evaluation.SubmittedAt is { } s ? $"评价组于{Date(s)}提交评价结果" : "";
        var accepted = data.Evaluation.AcceptedAt is { } a ? $"，{data.Bureau}于{Date(a)}审定" : "";
        return team + (submitted.Length > 0 ? submitted + accepted + "。" : "");
    }

    /// <summary>A UTC moment as the day it was in China (UTC+8): "2025年6月25日".</summary>
    public static string Date(DateTime utc) => Date(DateOnly.FromDateTime(utc.AddHours(8)));

    public static string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    private static List<TextBlock> Grouped(IEnumerable<Finding> findings, Func<Finding, string> line) =>
        [.. findings.GroupBy(f => f.Category).OrderBy(g => g.Key).Select(g =>
        {
            var lines = g.OrderBy(f => f.Order).Select(line).ToList();
            var text = lines.Count == 1 ? lines[0] : string.Join("\n", lines.Select((l, i) => $"（{Number(i)}）{l}"));
            return new TextBlock($"{g.Key.ToChinese()}方面", text);
        })];

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);

    private static string Sentence(string text)
    {
        var t = text.Trim();
        return t.Length == 0 || "。！？；".Contains(t[^1], StringComparison.Ordinal) ? t : t + "。";
    }

    private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
