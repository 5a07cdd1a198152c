using Jixiao.Documents.Demo;
using Jixiao.Documents.SelfEvaluation;
using Jixiao.Documents.Spreadsheets;
using Jixiao.Documents.Tables;
using Jixiao.Scoring.Rules;

namespace Jixiao.Documents.Tests.SelfEvaluation;

public sealed class SelfEvaluationRoundTripTests
{
    /// <summary>What a unit does: opens the exported sheet, types 实际完成值 (and 得分 for 定性 rows), saves.</summary>
    private static byte[] FilledByTheUnit(Func<string, string, string?> valueOf)
    {
        var exported = XlsxWriter.Write(StandardSheets.SelfEvaluation(DemoSelfEvaluation.Create(), blankActuals: true));
        var table = TableReader.Read(exported, "自评表.xlsx").Table!;
        var name = table.FindColumn("三级指标");
        var (header, rows) = TableWriter.WithColumns(table, ["实际完成值", "得分"], (row, column) => valueOf(row[name], column));
        using var filled = new MemoryStream();
        TableWriter.WriteXlsx(filled, header, rows, "自评表");
        return filled.ToArray();
    }

    private static string? DemoValue(string indicator, string column)
    {
        var line = DemoSelfEvaluation.Create().Scores.Lines.Single(l => l.Level3 == indicator);
        return column == "实际完成值" ? line.Actual : line.Target.Contains("指标", StringComparison.Ordinal) ? line.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    [Fact]
    public void Export_BlankActuals_LeavesActualAndScoreEmptyForTheUnit()
    {
        var exported = XlsxWriter.Write(StandardSheets.SelfEvaluation(DemoSelfEvaluation.Create(), blankActuals: true));
        var table = TableReader.Read(exported, "自评表.xlsx").Table!;
        Assert.Equal(StandardSheets.SelfEvaluationHeaders, table.Header);
        Assert.All(table.Rows, r => Assert.Equal("", r[table.FindColumn("实际完成值")]));
        Assert.Equal(["产出指标", "数量指标", "车辆维护数", "6", "=18辆", "", "", ""], table.Rows[2].Cells);
    }

    [Fact]
    public void RoundTrip_FilledSheet_ScoresLikeTheCoreScoresTheSameEntries()
    {
        var imported = SelfEvaluationImport.Read(FilledByTheUnit(DemoValue), "自评表.xlsx");
        Assert.True(imported.Succeeded, string.Join("；", imported.Errors.Select(SelfEvaluationImportResult.Describe)));

        var demo = DemoSelfEvaluation.Create();
        var fromSheet = SelfEvaluationScoring.Build(demo.Project, demo.Funding, demo.GoalExpected, demo.GoalActual, imported.Indicators);
        Assert.Equal(demo.Scores.Lines.Select(l => l.Score), fromSheet.Scores.Lines.Select(l => l.Score));
        Assert.Equal(demo.Scores.Levels, fromSheet.Scores.Levels);
        Assert.Equal(5.33m, fromSheet.Scores.Lines[2].Score);
        Assert.Equal(98.20m, fromSheet.Scores.Total);
        Assert.Equal("优", fromSheet.Scores.Grade);
        Assert.Equal(IndicatorScorer.Score(DemoSelfEvaluation.Indicators[2]).Score, IndicatorScorer.Score(imported.Indicators[2]).Score);
    }

    [Fact]
    public void Import_RowsWithUnreadableValues_ReturnsEveryRowErrorAndNoIndicators()
    {
        var file = FilledByTheUnit((indicator, column) => (indicator, column) switch
        {
            ("车辆维护数", "实际完成值") => "十六辆",
            ("办公费", "实际完成值") => "68.90万元",
            ("保障职工人数", "得分") => "满分",
            _ => DemoValue(indicator, column),
        });
        var imported = SelfEvaluationImport.Read(file, "自评表.xlsx");
        Assert.False(imported.Succeeded);
        Assert.Empty(imported.Indicators);
        Assert.Equal([2, 4], imported.Errors.Select(e => e.Row!.Value));
        Assert.Equal("第2行“得分”：“满分”不是有限的数字", SelfEvaluationImportResult.Describe(imported.Errors[0]));
        Assert.StartsWith("第4行“实际完成值”：“车辆维护数”实际完成值“十六辆”不是数值", SelfEvaluationImportResult.Describe(imported.Errors[1]));
    }

    [Fact]
    public void Import_SheetWithoutActualColumn_NamesTheMissingColumn()
    {
        using var stream = new MemoryStream();
        TableWriter.WriteXlsx(stream, ["一级指标", "二级指标", "三级指标", "分值", "年度指标值"], [["产出指标", "数量指标", "车辆维护数", "6", "=18辆"]]);
        var imported = SelfEvaluationImport.Read(stream.ToArray(), "自评表.xlsx");
        Assert.StartsWith("第1行：表头缺少列：“实际完成值”", SelfEvaluationImportResult.Describe(Assert.Single(imported.Errors)));
    }
}
