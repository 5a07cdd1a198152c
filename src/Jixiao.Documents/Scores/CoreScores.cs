using Jixiao.Documents.Tables;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;
using Jixiao.Scoring.Totals;

namespace Jixiao.Documents.Scores;

/// <summary>
/// Turns the scoring core's results into the printed <see cref="ScoreSummary"/>. This is the only
/// way scores reach a document: the core scores each indicator, sums subtotals and grades; the
/// document layer only formats what it returns.
/// </summary>
public static class CoreScores
{
    /// <summary>Scores <paramref name="inputs"/> with the core and maps the card for printing.</summary>
    public static ScoreSummary Score(
        IReadOnlyList<IndicatorInput> inputs,
        JurisdictionSettings? settings = null,
        Framework? framework = null,
        IndicatorScore? execution = null)
    {
        settings ??= JurisdictionSettings.Default;
        var scored = inputs.Select(i => new ScoredIndicator(i.Level1, i.Level2, i.Name, IndicatorScorer.Score(i, settings))).ToList();
        return FromCard(ScoreCards.Build(scored, settings, framework, execution), inputs);
    }

    /// <summary>
    /// Scores rows read from a spreadsheet (<see cref="IndicatorTable"/>) and prints the target and actual
    /// as the unit typed them (=68.95（万元）), not in the core's canonical form (=68.95万元).
    /// </summary>
    public static ScoreSummary Score(IReadOnlyList<IndicatorRow> rows, JurisdictionSettings? settings = null, Framework? framework = null, IndicatorScore? execution = null)
    {
        var summary = Score([.. rows.Select(r => r.Input)], settings, framework, execution);
        return summary with
        {
            Lines = [.. summary.Lines.Select((line, i) => line with { Target = rows[i].TargetText, Actual = rows[i].ActualText })],
        };
    }

    /// <summary>
    /// Maps a card built from <paramref name="inputs"/> (same order). A card in which nothing was
    /// scored has no total and no grade (printed 未评分), never 0 and 差.
    /// </summary>
    public static ScoreSummary FromCard(ScoreCard card, IReadOnlyList<IndicatorInput> inputs)
    {
        if (card.Indicators.Count != inputs.Count)
        {
            throw new ArgumentException("评分卡与指标输入的条数不一致。", nameof(inputs));
        }

        var lines = card.Indicators.Select((scored, i) => new ScoreLine(
            scored.Level1,
            scored.Level2,
            scored.Name,
            scored.Result.Points,
            Text(inputs[i].Target),
            Text(inputs[i].Actual),
            scored.Result.IsScored ? scored.Result.Score : null,
            Note(inputs[i]))).ToList();
        var levels = card.Levels.Select(l => new LevelSummary(l.Name, l.Points, l.Score, l.Rate)).ToList();
        var anyScored = card.Levels.Any(l => l.Score is not null);
        return new ScoreSummary(lines, levels, card.Points, anyScored ? card.Total : null, anyScored ? card.Grade.ToChinese() : string.Empty);
    }

    private static string Text(TargetValue? value) => value?.ToString() ?? string.Empty;

    // What the table's last column shows: the reason for a deduction or manual score, else the unit's explanation.
    private static string Note(IndicatorInput input)
    {
        if (input.Deductions.Count > 0)
        {
            return string.Join("；", input.Deductions.Select(d => $"{d.Reason.TrimEnd('。')}，扣{TargetValue.Format(d.Points)}分")) + "。";
        }

        return input.ScoreReason ?? input.Explanation ?? string.Empty;
    }
}
