using Jixiao.Documents.Demo;
using Jixiao.Documents.ProjectEvaluation;
using Jixiao.Documents.Templates;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.ProjectEvaluation;

public sealed class ProjectEvaluationWriterTests
{
    private static byte[] Demo(ReportTemplate? template = null) =>
        ProjectEvaluationWriter.Write(DemoProjectReport.Create(), template).ValueOrThrow();

    [Fact]
    public void Write_DemoReport_PassesTheOpenXmlValidator() => Docx.AssertValid(Demo());

    [Fact]
    public void Write_DemoReport_HasTheSevenNumberedSectionsInOrder()
    {
        var headings = Docx.Paragraphs(Demo()).Where(p => p.Length > 2 && "一二三四五六七八".Contains(p[0]) && p[1] == '、').ToList();
        Assert.Equal(
            ["一、基本情况", "二、绩效评价工作开展情况", "三、综合评价情况及评价结论", "四、绩效评价指标分析",
             "五、主要经验及做法、存在的问题及原因分析", "六、有关建议", "七、其他需要说明的问题"],
            headings);
    }

    [Fact]
    public void Write_ConclusionSentence_TakesTotalGradeAndLevelRatesFromTheScores()
    {
        var text = string.Join("\n", Docx.Paragraphs(Demo()));
        Assert.Contains("综合得分73.64分（满分100.00分），评价等级为“中”", text);
        Assert.Contains("产出类指标分值40.00分，得分37.64分，得分率94.10%", text);
        Assert.Contains("“可持续影响”分值6.00分，得1.50分，扣分原因：业务管理制度不健全，缺少年度计划和总结。", text);
        Assert.Contains("“资金使用合规性”分值5.00分，得2.53分，扣分原因：虚列、借款挤占项目资金，扣2.47分。", text);
    }

    [Fact]
    public void Write_FundingTable_TotalsAreTheRoundedExactSums()
    {
        var table = Docx.TableStartingWith(Demo(), "资金来源");
        Assert.Equal(["合计", "954.25", "954.25", "946.98"], table[^1]);
        Assert.Contains("全年预算954.25万元，实际到位954.25万元，实际支出946.98万元，预算执行率99.24%", string.Join("\n", Docx.Paragraphs(Demo())));
    }

    [Fact]
    public void Write_ScoreAnnex_MergesLevelNamesAndEndsWithTotalAndGrade()
    {
        var table = Docx.TableStartingWith(Demo(), "一级指标");
        var annex = Docx.Tables(Demo()).Last();
        Assert.Equal("一级指标", annex[0][0]);
        Assert.Equal(["合计", "100.00", "", "73.64", "评价等级：中"], annex[^1]);
        Assert.Equal("决策", annex[1][0]);
        Assert.Equal("", annex[2][0]);
        Assert.NotNull(table);
    }

    [Fact]
    public void Write_WithCharts_EmbedsTheLevelRateChart() => Assert.Equal(1, Docx.ImageCount(Demo()));

    [Fact]
    public void Write_TemplateWithoutChartsAndWithDeviationSection_RenumbersSections()
    {
        var template = ProjectEvaluationTemplates.Default with
        {
            Charts = false,
            Sections = [.. ProjectEvaluationTemplates.Default.Sections.Select(s => s.Key == "deviation" ? s with { Include = true } : s)],
        };
        var docx = Demo(template);
        var paragraphs = Docx.Paragraphs(docx);
        Assert.Contains("五、预算执行进度与绩效指标偏差", paragraphs);
        Assert.Contains("八、其他需要说明的问题", paragraphs);
        Assert.Equal(0, Docx.ImageCount(docx));
        Docx.AssertValid(docx);
    }

    [Fact]
    public void Write_TemplateWithUnknownSection_FailsWithAChineseMessage()
    {
        var template = ProjectEvaluationTemplates.Default with { Sections = [new("summary", "摘要")] };
        var result = ProjectEvaluationWriter.Write(DemoProjectReport.Create(), template);
        Assert.False(result.Succeeded);
        Assert.StartsWith("模板中的章节“summary”不属于项目支出绩效评价报告", result.Errors[0]);
    }

    [Fact]
    public void Write_NarrativeWithUnknownPlaceholder_FailsNamingIt()
    {
        var report = DemoProjectReport.Create() with { Narratives = new Dictionary<string, string> { ["other"] = "得分{总得分}。" } };
        var result = ProjectEvaluationWriter.Write(report);
        Assert.False(result.Succeeded);
        Assert.StartsWith("占位符“{总得分}”无法识别", result.Errors[0]);
    }

    [Fact]
    public void Template_RoundTripsThroughJson()
    {
        var json = ProjectEvaluationTemplates.Default.ToJson();
        var back = ReportTemplate.FromJson(json).ValueOrThrow();
        Assert.Contains("\"基本情况\"", json);
        Assert.Equal(ProjectEvaluationTemplates.Default.Sections, back.Sections);
        Assert.Equal(ProjectEvaluationTemplates.Default.Signature, back.Signature);
        Assert.Equal(ProjectEvaluationTemplates.Default.Fonts, back.Fonts);
    }

    [Fact]
    public void Write_NarrativeWithControlCharacters_DropsThemAndStaysValid()
    {
        var report = DemoProjectReport.Create() with { Narratives = new Dictionary<string, string> { ["other"] = "无\u0001其他\u000B说明。" } };
        var docx = ProjectEvaluationWriter.Write(report).ValueOrThrow();
        Docx.AssertValid(docx);
        Assert.Contains("无其他说明。", Docx.Paragraphs(docx));
    }
}
