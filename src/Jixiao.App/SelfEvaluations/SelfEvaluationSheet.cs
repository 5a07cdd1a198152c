using System.Globalization;
using Jixiao.App.Projects;
using Jixiao.Documents.Tables;
using Jixiao.Scoring.Frameworks;

namespace Jixiao.App.SelfEvaluations;

/// <summary>One sheet row matched to an indicator: what the unit typed (Explanation null when the sheet has no such column).</summary>
public sealed record SheetEntry(int RowNumber, Guid IndicatorId, string Actual, decimal? Score, string? Explanation);

/// <summary>
/// Reads a filled self-evaluation sheet (the xlsx export of the 自评表, first sheet) and matches its rows to the
/// evaluation's indicators. Rows are matched by 三级指标 name within its 一级/二级 (level names compared as the core
/// compares them, 产出 = 产出指标), not by position: a unit that sorts, deletes or inserts a row in Excel must get an
/// error naming that row, never values silently shifted onto the neighbouring indicator. Same-named indicators under
/// one 二级 are taken in order. Only 实际完成值, 得分 (定性 rows only: other scores are the core's) and 偏差原因 are read.
/// </summary>
public static class SelfEvaluationSheet
{
    public const string Level1 = "一级指标", Level2 = "二级指标", Name = "三级指标", Target = "年度指标值", Actual = "实际完成值", Score = "得分", Explanation = "偏差原因分析及改进措施";

    private static readonly string[] SkippedWords = ["合计", "总计", "总分", "小计"];

    public static (IReadOnlyList<SheetEntry> Entries, IReadOnlyList<ImportRowError> Errors) Read(byte[] bytes, string fileName, IReadOnlyList<EntryView> indicators)
    {
        var read = TableReader.Read(bytes, fileName, new TableReadOptions { HeaderHints = IndicatorTable.HeaderHints });
        if (read.Table is not { } table)
        {
            return ([], [new ImportRowError(0, "", read.Error ?? "无法读取文件。")]);
        }
        var col = new Columns(table);
        var errors = new[] { (col.Level1, Level1), (col.Name, Name), (col.Actual, Actual) }.Where(c => c.Item1 < 0)
            .Select(c => new ImportRowError(table.HeaderRowNumber, c.Item2, $"缺少“{c.Item2}”列（可先下载自评表 Excel 作为模板）。")).ToList();
        if (errors.Count > 0)
        {
            return ([], errors);
        }
        var open = indicators.GroupBy(Key).ToDictionary(g => g.Key, g => new Queue<EntryView>(g));
        var entries = new List<SheetEntry>();
        string level1 = "", level2 = "";
        foreach (var row in table.Rows.Where(r => r.Cells.Any(c => c.Length > 0)))
        {
            void Error(string column, string message) => errors.Add(new ImportRowError(row.RowNumber, column, message));
            // Merged 一级/二级 cells leave blanks below their first row: carry the level down.
            var rowLevel1 = row[col.Level1].Length > 0 ? row[col.Level1] : level1;
            level2 = row[col.Level2].Length > 0 ? row[col.Level2] : rowLevel1 == level1 ? level2 : "";
            level1 = rowLevel1;
            var name = row[col.Name];
            if (IsSkipped(level1) || IsSkipped(level2) || IsSkipped(name) || LevelNames.Canonical(level1) == LevelNames.Canonical("预算执行率"))
            {
                continue; // 合计 rows and the execution row are computed from the funding, never imported.
            }
            if (name.Length == 0)
            {
                Error(Name, "三级指标名称为空。");
                continue;
            }
            if (!open.TryGetValue(Key(level1, level2, name), out var queue) || !queue.TryDequeue(out var indicator))
            {
                var known = indicators.Any(i => Key(i) == Key(level1, level2, name));
                Error(Name, known
                    ? $"指标“{name}”重复出现，每个指标只能填写一行。"
                    : $"自评中没有指标“{level1}/{level2}/{name}”：指标来自已审定的绩效目标，导入不能新增或改名。");
                continue;
            }
            if (col.Target >= 0 && Compact(row[col.Target]) != Compact(indicator.TargetText))
            {
                Error(Target, $"“{name}”的年度指标值“{row[col.Target]}”与已审定的目标“{indicator.TargetText}”不一致：目标不能在自评中修改，请使用最新导出的自评表。");
                continue;
            }
            decimal? score = null;
            if (indicator.IsQualitative && col.Score >= 0 && row[col.Score].Length > 0)
            {
                if (decimal.TryParse(row[col.Score], NumberStyles.Number, CultureInfo.InvariantCulture, out var s))
                {
                    score = s;
                }
                else
                {
                    Error(Score, $"“{name}”的得分“{row[col.Score]}”不是数字。");
                    continue;
                }
            }
            entries.Add(new SheetEntry(row.RowNumber, indicator.IndicatorId, row[col.Actual], score, col.Explanation >= 0 ? row[col.Explanation] : null));
        }
        foreach (var missing in open.Values.SelectMany(q => q))
        {
            errors.Add(new ImportRowError(0, Name, $"文件中缺少指标“{missing.Level1}/{missing.Level2}/{missing.Name}”的行。"));
        }
        // The matched rows come back with the errors, so the caller can also have their values checked and list every problem at once.
        return (entries, errors);
    }

    private static (string, string, string) Key(EntryView e) => Key(e.Level1, e.Level2, e.Name);

    private static (string, string, string) Key(string level1, string level2, string name) =>
        (LevelNames.Canonical(level1), LevelNames.Canonical(level2), Compact(name));

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    private static bool IsSkipped(string text) => text.Length > 0 && SkippedWords.Any(w => Compact(text).StartsWith(w, StringComparison.Ordinal));

    private sealed class Columns(Table table)
    {
        public int Level1 { get; } = table.FindColumn(IndicatorTable.Level1Names);
        public int Level2 { get; } = table.FindColumn(IndicatorTable.Level2Names);
        public int Name { get; } = table.FindColumn(IndicatorTable.NameNames);
        public int Target { get; } = table.FindColumn(IndicatorTable.TargetNames);
        public int Actual { get; } = table.FindColumn(IndicatorTable.ActualNames);
        public int Score { get; } = table.FindColumn(IndicatorTable.ScoreNames);
        public int Explanation { get; } = table.FindColumn(IndicatorTable.ExplanationNames);
    }
}
