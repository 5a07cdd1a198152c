using Jixiao.Review.Tables;
using Jixiao.Review.Text;

namespace Jixiao.Review.Facts;

/// <summary>Everything read from one report, each item with its line; the checks work on this.</summary>
public sealed class ReportAnalysis
{
    public required ReportText Text { get; init; }
    public required ReportOutline Outline { get; init; }
    public required ReportKind Kind { get; init; }
    public required IReadOnlyList<Quantity> Quantities { get; init; }
    public required IReadOnlyList<MoneyFact> Money { get; init; }
    public required IReadOnlyList<RateFact> Rates { get; init; }
    public required IReadOnlyList<ScoreFact> Scores { get; init; }
    public required IReadOnlyList<WeightFact> Weights { get; init; }
    public required IReadOnlyList<PartsGroup> Parts { get; init; }
    public required IReadOnlyList<CountFact> Counts { get; init; }
    public required IReadOnlyList<SatisfactionFact> Satisfaction { get; init; }
    public required IReadOnlyList<FlatTable> Tables { get; init; }
    public required IReadOnlyList<IndicatorFact> Indicators { get; init; }
    public required IReadOnlyList<LabeledValue> Labels { get; init; }
    public required IReadOnlyList<(string Grade, int Line)> Grades { get; init; }
    public ListFact? Problems { get; init; }
    public ListFact? Recommendations { get; init; }

    /// <summary>The report's total score: a labelled 评价分值/得分 first, else the first "总得分" sentence.</summary>
    public (Text.StatedNumber Score, int Line)? TotalScore
    {
        get
        {
            foreach (var label in Labels.Where(l => l.Label is "评价分值" or "评价得分" or "综合得分" or "总得分"))
            {
                if (FlatTable.ParseNumber(label.Value) is { } n)
                {
                    return (n, label.Line);
                }
            }

            var stated = Scores.FirstOrDefault(s => s.Kind == ScoreKind.Total);
            if (stated is not null)
            {
                return (stated.Score, stated.Line);
            }

            // A self-evaluation table carries its total in the 总分/合计 row only.
            foreach (var table in Tables.Where(t => t.Has(ColumnRole.Score) && (t.Has(ColumnRole.Level3) || t.Has(ColumnRole.Level2))))
            {
                var total = table.Rows.FirstOrDefault(r => r.Kind == RowKind.Total);
                if (total is not null && table.Number(total, ColumnRole.Score) is { } n)
                {
                    return (n, total.FirstLine);
                }
            }

            return null;
        }
    }

    /// <summary>The grade the report gives itself, labelled or in a sentence.</summary>
    public (string Grade, int Line)? StatedGrade
    {
        get
        {
            var labelled = Labels.FirstOrDefault(l => l.Label is "评价结论" or "评价等级" or "绩效等级" && l.Value.Length <= 4);
            if (labelled is not null)
            {
                return (labelled.Value, labelled.Line);
            }

            return Grades.Count > 0 ? Grades[0] : null;
        }
    }

    public string LineText(int number) => number >= 1 && number <= Text.Lines.Count ? Text[number].Text : string.Empty;
}
