using Jixiao.Review.Tables;
using Jixiao.Scoring.Settings;

namespace Jixiao.Review.Checks;

/// <summary>grade-band: the stated grade against the total under the jurisdiction's bands, for the report and for each row of a score table.</summary>
public sealed class GradeBandCheck : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        var report = context.Report;
        var bands = context.Settings.GradeBands;
        // A batch summary grades many projects; its own sentences name counts per grade, not one grade.
        if (report.Kind != Facts.ReportKind.BatchSummary && report.TotalScore is { } total && report.StatedGrade is { } stated
            && GradeText.FromChinese(stated.Grade) is { } grade)
        {
            yield return Compare(bands, total.Score.Value, total.Score.ToString(), grade, stated.Grade, "评价得分", [total.Line, stated.Line]);
        }

        foreach (var table in report.Tables.Where(t => t.Has(ColumnRole.Score) && t.Has(ColumnRole.Grade)))
        {
            context.Budget.Step(table.Rows.Count);
            var agreeing = 0;
            foreach (var row in table.DataRows)
            {
                if (table.Number(row, ColumnRole.Score) is not { } score || GradeText.FromChinese(table.Cell(row, ColumnRole.Grade).Text) is not { } rowGrade)
                {
                    continue;
                }

                if (bands.GradeOf(score.Value) == rowGrade)
                {
                    agreeing++;
                    continue;
                }

                var name = table.Cell(row, ColumnRole.Project).Text;
                yield return Compare(bands, score.Value, score.ToString(), rowGrade, table.Cell(row, ColumnRole.Grade).Text,
                    name.Length > 0 ? $"“{name}”得分" : "得分", row.Lines.ToList());
            }

            if (agreeing > 0)
            {
                yield return Finding.Of(FindingCodes.GradeBand, Severity.Info,
                    $"表格中 {agreeing} 个项目的等级与得分相符（{bands.Describe()}；第{table.HeaderLine}行起）。", [table.HeaderLine], ("rows", agreeing));
            }
        }
    }

    static Finding Compare(GradeBands bands, decimal score, string shown, Grade stated, string statedText, string what, List<int> lines)
    {
        var expected = bands.GradeOf(score);
        (string, decimal)[] numbers = [("score", score), ("excellent", bands.Excellent), ("good", bands.Good), ("fair", bands.Fair)];
        return expected == stated
            ? Finding.Of(FindingCodes.GradeBand, Severity.Info, $"{what} {shown} 分对应等级“{expected.ToChinese()}”，与所评“{statedText}”一致（{bands.Describe()}；{Num.Lines(lines)}）。", lines, numbers)
            : Finding.Of(FindingCodes.GradeBand, Severity.Error, $"{what} {shown} 分应评为“{expected.ToChinese()}”，报告却评为“{statedText}”（{bands.Describe()}；{Num.Lines(lines)}）。", lines, numbers);
    }
}
