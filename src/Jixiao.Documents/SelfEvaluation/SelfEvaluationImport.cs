using System.Globalization;
using Jixiao.Documents.Spreadsheets;
using Jixiao.Documents.Tables;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;

namespace Jixiao.Documents.SelfEvaluation;

/// <summary>A problem with one spreadsheet row (row numbers as Excel shows them, header = row 1).</summary>
public sealed record ImportRowError(int Row, string Message)
{
    public override string ToString() => Row > 0 ? $"第{Row.ToString(CultureInfo.InvariantCulture)}行：{Message}" : Message;
}

/// <summary>
/// Indicators read from a filled self-evaluation sheet, or every row error. All or nothing: when
/// any row is wrong, no indicator is returned, so nothing half-imported can be saved.
/// </summary>
public sealed record SelfEvaluationImportResult(IReadOnlyList<IndicatorInput> Indicators, IReadOnlyList<ImportRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>Reads a self-evaluation sheet (as exported by <see cref="StandardSheets.SelfEvaluation"/>) back into scoring inputs.</summary>
public static class SelfEvaluationImport
{
    /// <summary>
    /// Reads every row; a value the core cannot read or score (a text actual for a numeric target, a
    /// 定性 score outside its band) is a row error too, so an import never stores what cannot be scored.
    /// </summary>
    public static SelfEvaluationImportResult Read(byte[] file, string fileName, JurisdictionSettings? settings = null)
    {
        var read = TableReader.Read(file, fileName, new TableReadOptions { HeaderHints = ["三级指标", "分值"] });
        if (!read.IsSuccess)
        {
            return Fail(new ImportRowError(0, read.Error!));
        }

        var table = read.Table!;
        int Column(params string[] names) => table.FindColumn(names);
        var columns = new
        {
            Level1 = Column("一级指标"),
            Level2 = Column("二级指标"),
            Name = Column("三级指标", "指标名称"),
            Points = Column("分值", "权重"),
            Target = Column("年度指标值", "目标值", "指标值"),
            Actual = Column("实际完成值", "完成值", "实际值"),
            Score = Column("得分", "评价得分"),
            Explanation = Column("偏差原因分析及改进措施", "偏差原因"),
        };
        var missing = new (int Index, string Name)[]
        {
            (columns.Level1, "一级指标"), (columns.Level2, "二级指标"), (columns.Name, "三级指标"),
            (columns.Points, "分值"), (columns.Target, "年度指标值"), (columns.Actual, "实际完成值"),
        }.Where(c => c.Index < 0).Select(c => c.Name).ToList();
        if (missing.Count > 0)
        {
            return Fail(new ImportRowError(table.HeaderRowNumber, $"缺少列：{string.Join("、", missing)}。"));
        }

        var errors = new List<ImportRowError>();
        var indicators = new List<IndicatorInput>();
        foreach (var row in table.Rows)
        {
            var problems = new List<string>();
            string Cell(int index) => index < 0 ? string.Empty : row[index].Trim();
            var name = Cell(columns.Name);
            if (name.Length == 0 || Cell(columns.Level1) == "合计" || name == "合计")
            {
                continue;
            }

            var points = Number(Cell(columns.Points), "分值", required: true, problems);
            var target = Target(Cell(columns.Target), "年度指标值", required: true, problems);
            var actual = Target(Cell(columns.Actual), "实际完成值", required: false, problems);
            var score = Number(Cell(columns.Score), "得分", required: false, problems);
            if (problems.Count > 0)
            {
                errors.AddRange(problems.Select(p => new ImportRowError(row.RowNumber, $"“{name}”{p}")));
                continue;
            }

            var explanation = Cell(columns.Explanation);
            var input = new IndicatorInput
            {
                Level1 = Cell(columns.Level1),
                Level2 = Cell(columns.Level2),
                Name = name,
                Points = points!.Value,
                Target = target,
                Actual = actual,
                EvaluatorScore = score,
                Explanation = explanation.Length > 0 ? explanation : null,
            };
            if (input.Actual is not null)
            {
                var scored = IndicatorScorer.Score(input, settings);
                errors.AddRange(scored.Errors.Select(e => new ImportRowError(row.RowNumber, $"“{name}”：{e.Message}")));
            }

            indicators.Add(input);
        }

        if (errors.Count == 0 && indicators.Count == 0)
        {
            errors.Add(new ImportRowError(0, "表中没有绩效指标行。"));
        }

        return errors.Count > 0 ? new([], errors) : new(indicators, []);
    }

    private static SelfEvaluationImportResult Fail(ImportRowError error) => new([], [error]);

    private static decimal? Number(string text, string column, bool required, List<string> problems)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add($"的{column}为空。");
            }

            return null;
        }

        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        problems.Add($"的{column}“{text}”不是数字。");
        return null;
    }

    private static TargetValue? Target(string text, string column, bool required, List<string> problems)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                problems.Add($"的{column}为空。");
            }

            return null;
        }

        var parsed = TargetParser.Parse(text);
        if (parsed.IsSuccess)
        {
            return parsed.Value;
        }

        problems.Add($"的{column}“{text}”无法识别：{parsed.Error!.Message}。");
        return null;
    }
}
