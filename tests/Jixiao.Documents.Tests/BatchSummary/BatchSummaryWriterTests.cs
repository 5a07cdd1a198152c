using System.Globalization;
using Jixiao.Documents.BatchSummary;
using Jixiao.Documents.Common;
using Jixiao.Documents.Demo;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.BatchSummary;

public sealed class BatchSummaryWriterTests
{
    private static readonly byte[] Docx_ = BatchSummaryWriter.Write(DemoBatchReport.Create()).ValueOrThrow();

    [Fact]
    public void Write_DemoReport_PassesTheValidatorWithTwoCharts()
    {
        Docx.AssertValid(Docx_);
        Assert.Equal(2, Docx.ImageCount(Docx_));
    }

    [Fact]
    public void Figures_CountsPerGradeAndFundSourceTotals_AreComputedFromTheProjects()
    {
        var figures = BatchFigures.Of(DemoBatchReport.Create());
        Assert.Equal([("优", 2), ("良", 5), ("中", 2), ("差", 1)], figures.ByGrade);
        Assert.Equal(10, figures.ProjectCount);
        Assert.Equal(8, figures.DepartmentCount);
        Assert.Equal(figures.ProjectBudgets.TotalYuan, figures.BySource.Sum(s => s.Yuan));
        Assert.Equal(31_559_845.59m, figures.BySource.Single(s => s.Source == "一般公共预算").Yuan);
        Assert.Contains("从评价结果看，10个项目中优2个、良5个、中2个、差1个。各项目得分和等级见附件2。", Docx.Paragraphs(Docx_));
        Assert.Contains("其中一般公共预算3155.98万元、上年结转50.60万元、上级转移支付4402.78万元、政府性基金2066.20万元。", string.Join("", Docx.Paragraphs(Docx_)));
    }

    [Fact]
    public void Figures_UnscoredProject_IsCountedAsNotScored()
    {
        var report = DemoBatchReport.Create() with { Projects = [.. DemoBatchReport.Projects.Take(2), DemoBatchReport.Projects[2] with { Score = null, Grade = "" }] };
        Assert.Equal([("优", 0), ("良", 1), ("中", 1), ("差", 0), (BatchFigures.NotScored, 1)], BatchFigures.Of(report).ByGrade);
    }

    [Fact]
    public void Annex1_TotalRowIsTheRoundedExactSumAndUnitsCarryTheirCodes()
    {
        var annex = Docx.TableStartingWith(Docx_, "序号");
        Assert.Equal(["序号", "归口科室", "实施单位", "项目名称", "预算批复金额（万元）"], annex[0]);
        Assert.Equal(["1", "行政政法科", "[213001]昌江区政府机关事务管理中心", "2023年度昌江区政府各办公大楼管理费项目", "954.25"], annex[1]);
        Assert.Equal(["合计", "9,675.56"], annex[^1]);
        var exact = DemoBatchReport.Projects.Sum(p => p.BudgetYuan);
        Assert.Equal(Money.ToWan(exact), decimal.Parse(annex[^1][1], NumberStyles.Number, CultureInfo.InvariantCulture));
        var shown = annex.Skip(1).SkipLast(1).Sum(r => decimal.Parse(r[4], NumberStyles.Number, CultureInfo.InvariantCulture));
        Assert.Equal(9675.56m, shown);
    }

    [Fact]
    public void Annex1_LinesThatDoNotAddUp_GetTheRoundingNote()
    {
        var project = DemoBatchReport.Projects[1];
        var report = DemoBatchReport.Create() with
        {
            Projects = [project with { Budget = [new("一般公共预算", 450_049m)] }, project with { Budget = [new("一般公共预算", 450_049m)] }, project with { Budget = [new("一般公共预算", 450_049m)] }],
        };
        var docx = BatchSummaryWriter.Write(report).ValueOrThrow();
        Assert.Equal(["合计", "135.01"], Docx.TableStartingWith(docx, "序号")[^1]);
        Assert.Contains(Money.RoundingNote, Docx.Paragraphs(docx));
        Assert.DoesNotContain(Money.RoundingNote, Docx.Paragraphs(Docx_));
    }

    [Fact]
    public void Annex2_ListsScoreAndGradePerProject()
    {
        var annex = Docx.Tables(Docx_).Last();
        Assert.Equal(["序号", "实施单位", "项目名称", "财政综合评分", "等级"], annex[0]);
        Assert.Equal(["9", "昌江区市政公用事业服务中心", "城区道路照明维护经费", "58.90", "差"], annex[9]);
        Assert.Equal(11, annex.Count);
    }
}
