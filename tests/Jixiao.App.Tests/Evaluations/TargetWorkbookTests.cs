using Jixiao.App.Targets;
using Jixiao.Documents.Tables;
using Jixiao.Scoring.Rules;
using Jixiao.Tests.Infrastructure;

namespace Jixiao.App.Tests.Evaluations;

public sealed class TargetWorkbookTests
{
    [Fact]
    public void ExportedTable_ImportsBackToTheSameRows()
    {
        var views = EvaluationStory.Indicators.Select((i, k) => new TargetIndicatorView(Guid.NewGuid(), k + 1, i.Level1!, i.Level2!, i.Name!, i.Unit!, i.Points!.Value, i.TargetText!, i.Direction?.ToChinese(), null)).ToList();
        var (rows, errors) = TargetWorkbook.Import(TargetWorkbook.Export(views), "绩效目标表.xlsx");
        Assert.Empty(errors);
        Assert.Equal(EvaluationStory.Indicators.Select(i => (i.Name, i.Points, i.TargetText, i.Direction)), rows.Select(r => (r.Name, r.Points, r.TargetText, r.Direction)));
    }

    [Fact]
    public void ImportWithUnreadableCells_GivesRowErrorsAndNoRows()
    {
        using var stream = new MemoryStream();
        TableWriter.WriteXlsx(stream, TargetWorkbook.Columns, [
            ["产出指标", "数量指标", "维修校舍面积", "平方米", "二十", "≥1200平方米", "正向"],
            ["产出指标", "质量指标", "验收合格率", "%", "15", "≥95%", "向上"]]);
        var (rows, errors) = TargetWorkbook.Import(stream.ToArray(), "targets.xlsx");
        Assert.Empty(rows);
        Assert.Equal([(2, "分值", "分值“二十”不是数字。"), (3, "指标方向", "指标方向“向上”应为正向、反向、等于或定性。")], errors.Select(e => (e.Row, e.Column, e.Message)));
    }
}
