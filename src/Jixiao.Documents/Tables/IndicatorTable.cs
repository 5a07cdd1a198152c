using System.Globalization;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Targets;

namespace Jixiao.Documents.Tables;

/// <summary>A row of an indicator table that could be read, ready to score; the cell texts are kept for output.</summary>
public sealed record IndicatorRow(int RowNumber, IndicatorInput Input, string TargetText, string ActualText);

/// <summary>A problem in one cell: spreadsheet row, column header as written, Chinese message.</summary>
public sealed record RowError(int? Row, string? Column, string Message);

/// <summary>The rows that could be read and the errors of those that could not; <see cref="Fatal"/> when the table itself is unusable.</summary>
public sealed record IndicatorTableResult(IReadOnlyList<IndicatorRow> Rows, IReadOnlyList<RowError> Errors, string? Fatal = null);

/// <summary>
/// Reads the standard indicator table (一级指标, 二级指标, 三级指标, 分值, 年度指标值, 实际完成值, and optionally
/// 指标方向, 得分, 扣分原因, 偏差原因分析及改进措施), recognising the usual alternative header words. Every bad
/// cell is reported with its row and column; nothing is dropped silently.
/// </summary>
public static class IndicatorTable
{
    public static readonly string[] Level1Names = ["一级指标", "一级"];
    public static readonly string[] Level2Names = ["二级指标", "二级"];
    public static readonly string[] NameNames = ["三级指标", "指标名称", "三级", "绩效指标"];
    public static readonly string[] PointsNames = ["分值", "权重", "指标分值", "指标权重", "实际权重"];
    public static readonly string[] TargetNames = ["年度指标值", "目标值", "指标值", "年度目标值", "预期指标值"];
    public static readonly string[] ActualNames = ["实际完成值", "完成值", "业绩值", "实际值", "全年实际完成值"];
    public static readonly string[] DirectionNames = ["指标方向", "方向", "指标性质"];
    public static readonly string[] ScoreNames = ["得分", "评价得分", "自评得分"];
    public static readonly string[] ReasonNames = ["扣分原因", "扣分理由", "评分说明"];
    public static readonly string[] ExplanationNames = ["偏差原因分析及改进措施", "偏差原因分析", "未完成原因分析", "偏差原因"];

    /// <summary>Names that mark the header row when a title sits above the table.</summary>
    public static IReadOnlyList<string> HeaderHints { get; } = [.. NameNames, .. Level1Names];

    /// <summary>No framework gives one indicator more than this; larger values are typing mistakes (and would overflow sums).</summary>
    public const decimal MaxPoints = 1000m;

    private static readonly string[] TotalWords = ["合计", "总计", "总分", "小计"];

    public static IndicatorTableResult Read(Table table)
    {
        var col = new Columns(table);
        var missing = new[] { (col.Level1, "一级指标"), (col.Name, "三级指标"), (col.Points, "分值"), (col.Target, "年度指标值"), (col.Actual, "实际完成值") }
            .Where(c => c.Item1 < 0).Select(c => $"“{c.Item2}”").ToList();
        if (missing.Count > 0)
        {
            return new([], [], $"表头缺少列：{string.Join("、", missing)}（表头在第{table.HeaderRowNumber}行：{string.Join("、", table.Header.Where(h => h.Length > 0))}）");
        }
        var rows = new List<IndicatorRow>();
        var errors = new List<RowError>();
        string level1 = "", level2 = "";
        foreach (var row in table.Rows)
        {
            var name = row[col.Name];
            if (IsTotal(row[col.Level1]) || IsTotal(row[col.Level2]) || IsTotal(name))
            {
                continue;
            }
            // Merged cells saved as CSV leave blanks below their first row: carry the level down.
            var rowLevel1 = row[col.Level1].Length > 0 ? row[col.Level1] : level1;
            level2 = row[col.Level2].Length > 0 ? row[col.Level2] : rowLevel1 == level1 ? level2 : "";
            level1 = rowLevel1;
            if (name.Length == 0)
            {
                if (row[col.Points].Length > 0 || row[col.Target].Length > 0 || row[col.Actual].Length > 0)
                {
                    errors.Add(new(row.RowNumber, table.Header[col.Name], "三级指标名称为空"));
                }
                continue;
            }
            var before = errors.Count;
            var points = ReadNumber(row, col.Points, table, errors, required: true);
            if (points > MaxPoints)
            {
                errors.Add(new(row.RowNumber, table.Header[col.Points], $"分值 {row[col.Points]} 过大（一个指标不应超过{MaxPoints}分）"));
            }
            var target = ReadValue(row, col.Target, table, errors);
            var actual = ReadValue(row, col.Actual, table, errors);
            var score = ReadNumber(row, col.Score, table, errors, required: false);
            IndicatorDirection? direction = null;
            if (row[col.Direction].Length > 0)
            {
                direction = DirectionText.FromChinese(row[col.Direction]);
                if (direction is null)
                {
                    errors.Add(new(row.RowNumber, table.Header[col.Direction], $"指标方向“{row[col.Direction]}”无法识别，应为 正向、反向、等于 或 定性"));
                }
            }
            if (level1.Length == 0)
            {
                errors.Add(new(row.RowNumber, table.Header[col.Level1], "一级指标为空"));
            }
            if (errors.Count > before)
            {
                continue;
            }
            rows.Add(new IndicatorRow(row.RowNumber, new IndicatorInput
            {
                Level1 = level1,
                Level2 = level2,
                Name = name,
                Points = points!.Value,
                Target = target,
                Actual = actual,
                Direction = direction,
                EvaluatorScore = score,
                ScoreReason = NullIfEmpty(row[col.Reason]),
                Explanation = NullIfEmpty(row[col.Explanation]),
            }, row[col.Target], row[col.Actual]));
        }
        if (rows.Count == 0 && errors.Count == 0)
        {
            return new([], [], "表中没有指标行");
        }
        return new(rows, errors);
    }

    /// <summary>The column header a scoring problem belongs to, so the message points at the cell to fix.</summary>
    public static string ColumnOf(string issueCode, Table table)
    {
        var col = new Columns(table);
        var index = issueCode switch
        {
            IssueCodes.ScoreOutsideBand or IssueCodes.QualitativeNeedsScore or IssueCodes.ScoreAboveWeight or IssueCodes.NegativeScore => col.Score,
            IssueCodes.DeductionNeedsReason or IssueCodes.ManualNeedsReason => col.Reason >= 0 ? col.Reason : col.Score,
            IssueCodes.InvalidPoints => col.Points,
            _ => col.Actual,
        };
        return index >= 0 ? table.Header[index] : ScoreNames[0];
    }

    private static decimal? ReadNumber(TableRow row, int column, Table table, List<RowError> errors, bool required)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(new(row.RowNumber, table.Header[column], "分值为空"));
            }
            return null;
        }
        var normalized = new string([.. text.Select(c => c is >= '\uFF01' and <= '\uFF5E' ? (char)(c - 0xFEE0) : c)]).Replace(",", "", StringComparison.Ordinal);
        if (!decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var value))
        {
            errors.Add(new(row.RowNumber, table.Header[column], $"“{text}”不是有限的数字"));
            return null;
        }
        return value;
    }

    private static TargetValue? ReadValue(TableRow row, int column, Table table, List<RowError> errors)
    {
        var text = row[column];
        if (text.Length == 0)
        {
            return null;
        }
        var result = TargetParser.Parse(text);
        if (!result.IsSuccess)
        {
            errors.Add(new(row.RowNumber, table.Header[column], $"“{text}”无法识别：{result.Error!.Message}"));
            return null;
        }
        return result.Value;
    }

    private static bool IsTotal(string text) => text.Length > 0 && TotalWords.Any(w => text.Replace(" ", "", StringComparison.Ordinal).StartsWith(w, StringComparison.Ordinal));

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    private sealed class Columns(Table table)
    {
        public int Level1 { get; } = table.FindColumn(Level1Names);
        public int Level2 { get; } = table.FindColumn(Level2Names);
        public int Name { get; } = table.FindColumn(NameNames);
        public int Points { get; } = table.FindColumn(PointsNames);
        public int Target { get; } = table.FindColumn(TargetNames);
        public int Actual { get; } = table.FindColumn(ActualNames);
        public int Direction { get; } = table.FindColumn(DirectionNames);
        public int Score { get; } = table.FindColumn(ScoreNames);
        public int Reason { get; } = table.FindColumn(ReasonNames);
        public int Explanation { get; } = table.FindColumn(ExplanationNames);
    }
}
