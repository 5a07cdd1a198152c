using System.Globalization;
using Jixiao.Documents.Tables;

namespace Jixiao.Cli.Scoring;

/// <summary>The input table saved again as .xlsx with 得分 and 说明 filled, plus total rows.</summary>
internal static class ScoredWorkbook
{
    /// <summary>Writes the workbook; returns a Chinese message when it cannot.</summary>
    public static string? Write(ScoreRun run, string path)
    {
        if (!path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            return $"--out 只能保存为 .xlsx：{path}";
        }
        var table = run.Table!;
        var errors = run.Report.Errors.Where(e => e.Row is not null).ToLookup(e => e.Row!.Value);
        var (header, rows) = TableWriter.WithColumns(table, ["得分", "说明"], (row, column) =>
        {
            if (errors.Contains(row.RowNumber))
            {
                return column == "说明" ? "错误：" + string.Join("；", errors[row.RowNumber].Select(e => $"[{e.Column}] {e.Message}")) : null;
            }
            if (!run.ByRow.TryGetValue(row.RowNumber, out var result))
            {
                return null;
            }
            return column == "得分"
                ? result.Score?.ToString("F2", CultureInfo.InvariantCulture) ?? "未评分"
                : result.Trace;
        });
        var nameColumn = table.FindColumn(IndicatorTable.NameNames);
        var scoreColumn = header.ToList().IndexOf("得分") is var s && s >= 0 ? s : table.FindColumn(IndicatorTable.ScoreNames);
        var noteColumn = header.Count - 1;
        foreach (var level in run.Report.Levels)
        {
            rows.Add(Line(header.Count, nameColumn, scoreColumn, noteColumn, $"{level.Name}小计", level.Score, $"分值 {Number(level.Points)}，得分率 {(level.Rate is { } r ? (r * 100m).ToString("0.##", CultureInfo.InvariantCulture) + "%" : "—")}"));
        }
        rows.Add(Line(header.Count, nameColumn, scoreColumn, noteColumn, "总分", run.Report.Total, $"评价等级：{run.Report.Grade}"));
        try
        {
            TableWriter.WriteXlsx(path, header, rows, table.SheetName ?? "评分表");
            return null;
        }
        catch (IOException ex)
        {
            return $"无法写入 {path}：{ex.Message}";
        }
        catch (UnauthorizedAccessException)
        {
            return $"没有权限写入 {path}";
        }
    }

    private static string[] Line(int width, int nameColumn, int scoreColumn, int noteColumn, string name, decimal? score, string note)
    {
        var cells = Enumerable.Repeat("", width).ToArray();
        cells[Math.Max(nameColumn, 0)] = name;
        cells[scoreColumn] = score?.ToString("F2", CultureInfo.InvariantCulture) ?? "未评分";
        cells[noteColumn] = note;
        return cells;
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
