using Jixiao.Documents.Demo;
using Jixiao.Documents.Scores;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Targets;

namespace Jixiao.Documents.Tests.Scores;

public sealed class CoreScoresTests
{
    private static IndicatorInput Row(string level1, string name, decimal points, string target, string? actual) => new()
    {
        Level1 = level1,
        Level2 = "数量指标",
        Name = name,
        Points = points,
        Target = TargetParser.Parse(target).Value,
        Actual = actual is null ? null : TargetParser.Parse(actual).Value,
    };

    [Fact]
    public void Score_DemoProject_SubtotalsTotalAndGradeComeFromTheCore()
    {
        var scores = CoreScores.Score(DemoScores.Indicators, framework: BuiltInFrameworks.Project);
        Assert.Equal(["决策", "过程", "产出", "效益"], scores.Levels.Select(l => l.Name));
        Assert.Equal([13.00m, 14.00m, 37.64m, 9.00m], scores.Levels.Select(l => l.Score!.Value));
        Assert.Equal(0.941m, scores.Levels[2].Rate);
        Assert.Equal(73.64m, scores.Total);
        Assert.Equal("中", scores.Grade);
        Assert.Equal(100m, scores.TotalPoints);
    }

    [Fact]
    public void Score_RowWithoutActual_IsPrintedAsNotScoredAndLeftOutOfTheTotal()
    {
        var scores = CoreScores.Score([Row("产出指标", "车辆维护数", 6m, "=18辆", "16辆"), Row("产出指标", "保障职工人数", 8m, "=44人", null)]);
        Assert.Null(scores.Lines[1].Score);
        Assert.Equal(5.33m, scores.Total);
        Assert.Equal("未评分", Jixiao.Documents.Common.Money.Points(scores.Lines[1].Score));
    }

    [Fact]
    public void Score_NothingScored_HasNoTotalAndNoGrade()
    {
        var scores = CoreScores.Score([Row("产出指标", "保障职工人数", 8m, "=44人", null)]);
        Assert.Null(scores.Total);
        Assert.Equal("", scores.Grade);
    }

    [Fact]
    public void DemoDepartment_QuantitativeLineScores_AgreeWithTheCore()
    {
        foreach (var line in DemoDepartmentReport.Create().Scores.Lines.Where(l => l.Target.Contains('%', StringComparison.Ordinal)))
        {
            var core = IndicatorScorer.Score(Row(line.Level1, line.Level3, line.Weight, line.Target, line.Actual) with { Level2 = line.Level2 });
            if (core.IsScored)
            {
                Assert.True(core.Score == line.Score, $"{line.Level3}: demo {line.Score}, core {core.Score} ({core.Trace})");
            }
        }
    }
}

public sealed class CoreScoresFromSheetTests
{
    [Fact]
    public void Score_RowsReadFromASheet_PrintTargetsAsTyped()
    {
        using var stream = new MemoryStream();
        Jixiao.Documents.Tables.TableWriter.WriteXlsx(stream, ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值"],
            [["产出指标", "成本指标", "办公费", "10", "=68.95（万元）", "68.90万元"], ["产出指标", "数量指标", "车辆维护数", "6", ">=18辆", "16辆"]]);
        var rows = Jixiao.Documents.SelfEvaluation.SelfEvaluationImport.Read(stream.ToArray(), "表.xlsx").Rows;
        var scores = CoreScores.Score(rows);
        Assert.Equal(["=68.95（万元）", ">=18辆"], scores.Lines.Select(l => l.Target));
        Assert.Equal([10.00m, 5.33m], scores.Lines.Select(l => l.Score!.Value));
        Assert.Equal(15.33m, scores.Total);
    }
}
