using Jixiao.Documents.Common;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Scores;

/// <summary>The printed forms of a <see cref="ScoreSummary"/>: the indicator table and the first-level table.</summary>
public static class ScoreTables
{
    /// <summary>一级/二级/三级, 分值, 目标, 实际, (完成率), 得分, (说明); 一级/二级 merge down; a 合计 row.</summary>
    public static DocxTable Indicators(ScoreSummary scores, string noteHeader = "评分依据及扣分原因", bool completion = false, string targetHeader = "年度指标值", string actualHeader = "实际完成值")
    {
        List<DocxColumn> columns =
        [
            new("一级指标", 8, CellAlign.Center),
            new("二级指标", 10, CellAlign.Center),
            new("三级指标", 15),
            new("分值", 10, CellAlign.Right),
            new(targetHeader, 12, CellAlign.Center),
            new(actualHeader, 12, CellAlign.Center),
        ];
        if (completion)
        {
            columns.Add(new("完成率", 10, CellAlign.Right));
        }

        columns.Add(new("得分", 10, CellAlign.Right));
        var withNote = noteHeader.Length > 0;
        if (withNote)
        {
            columns.Add(new(noteHeader, completion ? 16 : 22));
        }

        var rows = new List<DocxRow>();
        foreach (var line in scores.Lines)
        {
            List<string> cells = [line.Level1, line.Level2, line.Level3, Money.Points(line.Weight), line.Target, line.Actual];
            if (completion)
            {
                cells.Add(Money.Percent(line.CompletionRate));
            }

            cells.Add(Money.Points(line.Score));
            if (withNote)
            {
                cells.Add(line.Note);
            }

            rows.Add(DocxRow.Of([.. cells]));
        }

        List<DocxCell> total =
        [
            new("合计", Span: 3, Align: CellAlign.Center),
            new(Money.Points(scores.TotalPoints)),
            new(withNote ? string.Empty : $"评价等级：{scores.Grade}", Span: completion ? 3 : 2, Align: CellAlign.Center),
            new(Money.Points(scores.Total)),
        ];
        if (withNote)
        {
            total.Add(new($"评价等级：{scores.Grade}"));
        }

        rows.Add(DocxRow.Total([.. total]));
        return new DocxTable(columns, rows) { MergeColumns = [0, 1] };
    }

    /// <summary>一级指标, 分值, 得分, 得分率 with a 合计 row (total and its grade).</summary>
    public static DocxTable Levels(ScoreSummary scores)
    {
        List<DocxColumn> columns =
        [
            new("一级指标", 30, CellAlign.Center),
            new("分值", 20, CellAlign.Right),
            new("得分", 20, CellAlign.Right),
            new("得分率", 30, CellAlign.Right),
        ];
        var rows = scores.Levels
            .Select(l => DocxRow.Of(l.Name, Money.Points(l.Points), Money.Points(l.Score), Money.Percent(l.Rate)))
            .Append(DocxRow.Total(
                new DocxCell("合计"),
                new DocxCell(Money.Points(scores.TotalPoints)),
                new DocxCell(Money.Points(scores.Total)),
                new DocxCell($"等级：{scores.Grade}", Align: CellAlign.Center)))
            .ToList();
        return new DocxTable(columns, rows);
    }

    /// <summary>Placeholder values per first level: {决策分值}, {决策得分}, {决策得分率}.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Values(ScoreSummary scores)
    {
        yield return new("总分", Money.Points(scores.Total));
        yield return new("满分", Money.Points(scores.TotalPoints));
        yield return new("等级", scores.Grade);
        foreach (var level in scores.Levels)
        {
            yield return new($"{level.Name}分值", Money.Points(level.Points));
            yield return new($"{level.Name}得分", Money.Points(level.Score));
            yield return new($"{level.Name}得分率", Money.Percent(level.Rate));
        }
    }
}
