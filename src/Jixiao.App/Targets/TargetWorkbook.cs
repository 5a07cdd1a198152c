using System.Globalization;
using Jixiao.App.Projects;
using Jixiao.Documents.Tables;
using Jixiao.Scoring.Rules;

namespace Jixiao.App.Targets;

/// <summary>The target table as an Excel sheet, read and written by the shared table reader/writer (same columns both ways).</summary>
public static class TargetWorkbook
{
    public const string SheetName = "绩效目标表";
    public const string Level1 = "一级指标", Level2 = "二级指标", Name = "三级指标", Unit = "计量单位", Points = "分值", Target = "年度指标值", Direction = "指标方向";

    public static readonly string[] Columns = [Level1, Level2, Name, Unit, Points, Target, Direction];

    public static byte[] Export(IEnumerable<TargetIndicatorView> indicators)
    {
        var rows = indicators.Select(i => (IReadOnlyList<string>)
            [i.Level1, i.Level2, i.Name, i.Unit, i.Points.ToString("0.##", CultureInfo.InvariantCulture), i.TargetText, i.Direction ?? ""]);
        using var stream = new MemoryStream();
        TableWriter.WriteXlsx(stream, Columns, rows, SheetName);
        return stream.ToArray();
    }

    /// <summary>All rows or none: a cell that cannot be read is a row error (spreadsheet row, column, Chinese message).</summary>
    public static (IReadOnlyList<TargetIndicatorInput> Rows, IReadOnlyList<ImportRowError> Errors) Import(byte[] bytes, string fileName)
    {
        var read = TableReader.Read(bytes, fileName, new TableReadOptions { HeaderHints = IndicatorTable.HeaderHints });
        if (read.Table is not { } table)
        {
            return ([], [new ImportRowError(0, "", read.Error ?? "无法读取文件。")]);
        }
        var columns = new Dictionary<string, int>
        {
            [Level1] = table.FindColumn(IndicatorTable.Level1Names), [Level2] = table.FindColumn(IndicatorTable.Level2Names),
            [Name] = table.FindColumn(IndicatorTable.NameNames), [Unit] = table.FindColumn(Unit, "单位"),
            [Points] = table.FindColumn(IndicatorTable.PointsNames), [Target] = table.FindColumn(IndicatorTable.TargetNames),
            [Direction] = table.FindColumn(IndicatorTable.DirectionNames),
        };
        var errors = columns.Where(c => c.Value < 0 && c.Key is not (Unit or Direction))
            .Select(c => new ImportRowError(table.HeaderRowNumber, c.Key, $"缺少“{c.Key}”列。")).ToList();
        if (errors.Count > 0)
        {
            return ([], errors);
        }
        var rows = new List<TargetIndicatorInput>();
        foreach (var row in table.Rows.Where(r => r.Cells.Any(c => c.Length > 0)))
        {
            var pointsText = row[columns[Points]];
            decimal? points = null;
            if (pointsText.Length > 0)
            {
                if (decimal.TryParse(pointsText, NumberStyles.Number, CultureInfo.InvariantCulture, out var p))
                {
                    points = p;
                }
                else
                {
                    errors.Add(new ImportRowError(row.RowNumber, Points, $"分值“{pointsText}”不是数字。"));
                }
            }
            var directionText = columns[Direction] < 0 ? "" : row[columns[Direction]];
            var direction = DirectionText.FromChinese(directionText);
            if (directionText.Length > 0 && direction is null)
            {
                errors.Add(new ImportRowError(row.RowNumber, Direction, $"指标方向“{directionText}”应为正向、反向、等于或定性。"));
            }
            rows.Add(new TargetIndicatorInput(row[columns[Level1]], row[columns[Level2]], row[columns[Name]],
                columns[Unit] < 0 ? null : row[columns[Unit]], points, row[columns[Target]], direction));
        }
        if (rows.Count == 0 && errors.Count == 0)
        {
            errors.Add(new ImportRowError(table.HeaderRowNumber, "", "文件中没有指标数据。"));
        }
        return (errors.Count == 0 ? rows : [], errors);
    }
}
