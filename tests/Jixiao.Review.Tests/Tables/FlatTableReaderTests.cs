using Jixiao.Review.Reading;
using Jixiao.Review.Tables;
using Jixiao.Review.Text;

namespace Jixiao.Review.Tests.Tables;

/// <summary>The table reader on tables written for these tests in the layouts real exports produce.</summary>
public sealed class FlatTableReaderTests
{
    static IReadOnlyList<FlatTable> Read(params string[] lines) =>
        FlatTableReader.Read(ReportText.FromLines(lines), new ReviewBudget(ReviewBudget.DefaultSteps));

    static string[] Cells(FlatTable table, int row) => table.Rows[row].Cells.Select(c => c.Text).ToArray();

    [Fact]
    public void BlankLineRows_WithMergedLeadingCellsLeftOut_AreRightAligned_AndCarriedDown()
    {
        var table = Assert.Single(Read(
            "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施", "",
            "产出指标", "数量指标", "培训人次", "≥500人次", "520人次", "10", "10", "超额完成", "",
            "发放手册数", "=1000册", "1000册", "10", "10", "无", "",
            "质量指标", "培训合格率", "≥95%", "96%", "10", "10", "无", ""));
        Assert.Equal([ColumnRole.Level1, ColumnRole.Level2, ColumnRole.Level3, ColumnRole.Target, ColumnRole.Actual, ColumnRole.Weight, ColumnRole.Score, ColumnRole.Explanation], table.Columns);
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["产出指标", "数量指标", "发放手册数", "=1000册", "1000册", "10", "10", "无"], Cells(table, 1));
        Assert.Equal(["产出指标", "质量指标", "培训合格率", "≥95%", "96%", "10", "10", "无"], Cells(table, 2));
        Assert.Equal(0, table.Rows[1].Cells[0].Line);
    }

    [Fact]
    public void TabOnlyMergedCells_WithoutRowSeparators_AreReadAsAStream()
    {
        var table = Assert.Single(Read(
            "指标名称", "分值", "指标值", "完成值", "评价得分",
            "车辆维护数", "10", "=18辆", "18辆", "10",
            "办公费", "10", "≤68.95万元", "66.20万元", "10",
            "\t", "5", "\t", "\t", "\t",
            "受益群众满意度", "10", "≥95%", "96%", "10"));
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["办公费", "10", "≤68.95万元", "66.20万元", "10"], Cells(table, 1));
        Assert.Equal(["受益群众满意度", "10", "≥95%", "96%", "10"], Cells(table, 3));
        Assert.Equal(5m, table.Number(table.Rows[2], ColumnRole.Weight)!.Value.Value);
        Assert.Null(table.Number(table.Rows[2], ColumnRole.Score));
    }

    [Fact]
    public void ACellWrappedOntoTwoLines_IsJoined()
    {
        var table = Assert.Single(Read(
            "三级指标", "权重", "目标值", "业绩值", "完成率", "得分", "",
            "政府采购", "执行率", "5", "100%", "98%", "98%", "4.9", "",
            "固定资产利用率", "5", "≥90%", "95%", "100%", "5", ""));
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("政府采购执行率", table.Rows[0].Cells[0].Text);
        Assert.Equal(4.9m, table.Number(table.Rows[0], ColumnRole.Score)!.Value.Value);
    }

    [Fact]
    public void TabSeparatedRows_OnOneLineEach_AreRead()
    {
        var table = Assert.Single(Read(
            "一级指标\t二级指标\t三级指标\t分值\t得分",
            "产出\t数量\t培训人次\t20\t18.5",
            "\t\t发放手册数\t10\t10",
            "本段落不是表格。"));
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(18.5m, table.Number(table.Rows[0], ColumnRole.Score)!.Value.Value);
        Assert.Equal("产出", table.Cell(table.Rows[1], ColumnRole.Level1).Text);
    }

    [Fact]
    public void AHeaderWrappedOntoTwoLines_IsOneColumn()
    {
        var table = Assert.Single(Read(
            "三级指标", "分值", "得分", "偏差原因分析", "及改进措施", "",
            "培训人次", "10", "8", "天气原因推迟一期", ""));
        Assert.Equal(4, table.Columns.Count);
        Assert.Equal(ColumnRole.Explanation, table.Columns[3]);
        Assert.Equal("天气原因推迟一期", table.Cell(table.Rows[0], ColumnRole.Explanation).Text);
    }

    [Fact]
    public void AnnexTable_WithIndexAndTotalRow_PutsTheTotalUnderTheAmount()
    {
        var table = Assert.Single(Read(
            "序号", "归口科室", "实施单位", "项目名称", "预算批复金额（万元）", "",
            "1", "教科文科", "[101001]县教育体育局", "营养改善计划", "860.00", "",
            "2", "\t", "[101002]县第一中学", "校舍维修", "120.50", "",
            "合计", "980.50", "",
            "注：以上金额为年初预算批复数。"));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(RowKind.Total, table.Rows[2].Kind);
        Assert.Equal(980.50m, table.Number(table.Rows[2], ColumnRole.Amount)!.Value.Value);
        Assert.Equal("教科文科", table.Cell(table.Rows[1], ColumnRole.Department).Text);
    }

    [Fact]
    public void TableEnds_AtTheNextHeading()
    {
        var tables = Read(
            "三级指标", "分值", "得分", "",
            "培训人次", "10", "10", "",
            "二、绩效评价工作开展情况",
            "本次评价共涉及10分的指标。");
        Assert.Single(Assert.Single(tables).Rows);
    }

    [Fact]
    public void ProseWithHeaderWordsOnly_IsNotATable()
    {
        Assert.Empty(Read("本项目得分较高。", "分值", "说明如下。", "得分情况良好。"));
    }

    [Fact]
    public void PdfLayoutRows_BecomeOneCellPerLine()
    {
        var lines = PdfTextExtractor.SplitLayoutRows("三级指标      分值      得分\n培训人次      10        9.5\n正文段落，  不是表格。").ToList();
        Assert.Equal(["三级指标", "分值", "得分", "", "培训人次", "10", "9.5", "", "正文段落，  不是表格。"], lines);
    }

    [Fact]
    public void PdfLinesWrappedAtThePageWidth_AreJoinedIntoSentences()
    {
        var layout = string.Join("\n",
            "一、基本情况",
            "  本项目总得分为100分，其中，决策类指标得分20分，过程类指标得分20分，产出类指标",
            "得分40分，效益类指标得分20分。",
            "  短行结束。",
            "  下一段落。");
        var lines = PdfTextExtractor.SplitLayoutRows(layout).Select(l => l.Trim()).ToList();
        Assert.Equal(["一、基本情况", "本项目总得分为100分，其中，决策类指标得分20分，过程类指标得分20分，产出类指标得分40分，效益类指标得分20分。", "短行结束。", "下一段落。"], lines);
    }
}

public sealed class NestedBudgetTableTests
{
    [Theory]
    [InlineData("年度指标值（A）", ColumnRole.Target)]
    [InlineData("实际完成值（B）", ColumnRole.Actual)]
    [InlineData("执行率（B/A）", ColumnRole.Completion)]
    [InlineData("分 值", ColumnRole.Weight)]
    [InlineData("权重（%）", ColumnRole.Weight)]
    [InlineData("预算批复金额（万元）", ColumnRole.Amount)]
    [InlineData("评价得分", ColumnRole.Score)]
    [InlineData("业绩值", ColumnRole.Actual)]
    [InlineData("指标名称", ColumnRole.Level3)]
    public void HeaderWords_AreRecognisedByMeaning(string header, ColumnRole role) =>
        Assert.Equal(role, ColumnRoles.Recognise(TextNormalizer.Normalize(header)));

    [Fact]
    public void AnUnknownFirstHeader_IsAnUnnamedLeadingColumn()
    {
        var tables = FlatTableReader.Read(ReportText.FromLines([
            "表2 支出执行情况",
            "",
            "支出项目", "预算数", "执行数", "执行率", "",
            "基本支出", "80.00", "79.00", "98.75%", "",
            "项目支出", "20.00", "19.00", "95.00%", "",
            "合计", "100.00", "98.00", "98.00%", ""]), new ReviewBudget(ReviewBudget.DefaultSteps));
        var table = Assert.Single(tables);
        Assert.Equal(4, table.Columns.Count);
        Assert.Equal("支出项目", table.Headers[0]);
        Assert.Equal("项目支出", table.Rows[1].Cells[0].Text);
        Assert.Equal(19.00m, table.Number(table.Rows[1], ColumnRole.Executed)!.Value.Value);
        Assert.Equal(100.00m, table.Number(table.Rows[2], ColumnRole.Amount)!.Value.Value);
    }

    [Fact]
    public void ClassesWithTheirSubItems_AreCheckedAtTheTopLevel()
    {
        var review = TestSupport.Review(string.Join("\n",
            "某局部门整体支出绩效评价报告", "一、部门概况",
            "科目编码", "科目名称", "预算数", "执行数", "执行率", "",
            "201", "一般公共服务支出", "100.00", "98.00", "98.00%", "",
            "20101", "人大事务", "60.00", "59.00", "98.33%", "",
            "20103", "政府办公厅事务", "40.00", "39.00", "97.50%", "",
            "208", "社会保障和就业支出", "50.00", "50.00", "100.00%", "",
            "合计", "150.00", "148.00", "98.67%", ""));
        Assert.True(!review.Errors().Any(), review.Dump());
        Assert.Contains(review.Of(FindingCodes.PartsTotal), f => f.Severity == Severity.Info && f.Numbers["sum"] == 150m);
        Assert.Contains(review.Of(FindingCodes.RateRecompute), f => f.Severity == Severity.Info && f.Numbers["stated"] == 98.33m);
    }
}
