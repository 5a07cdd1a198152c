using Jixiao.Documents.BatchSummary;
using Jixiao.Documents.Demo;
using Jixiao.Documents.Feedback;
using Jixiao.Documents.ProjectEvaluation;
using Jixiao.Documents.Templates;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Templates;

public sealed class ReportTemplateTests
{
    [Fact]
    public void JurisdictionTemplateFromJson_ReordersRenamesAndDropsSections()
    {
        var json = """
        {
          "Kind": "batch-summary",
          "Title": "{发文单位}关于{年度}年度财政重点绩效评价结果的报告",
          "Sections": [
            { "Key": "basic", "Heading": "评价工作开展情况" },
            { "Key": "problems", "Heading": "发现的问题" },
            { "Key": "next", "Heading": "结果应用" },
            { "Key": "achievements", "Heading": "成效", "Include": false },
            { "Key": "annex2", "Heading": "评价结果汇总表" }
          ],
          "Letterhead": { "Issuer": "昌江区财政局文件", "DocumentNumber": "昌财绩〔2024〕5号" },
          "Signature": [ "{发文单位}（盖章）", "{报告日期}" ],
          "Charts": false
        }
        """;
        var template = ReportTemplate.FromJson(json).ValueOrThrow();
        var docx = BatchSummaryWriter.Write(DemoBatchReport.Create(), template).ValueOrThrow();
        Docx.AssertValid(docx);
        var paragraphs = Docx.Paragraphs(docx).Where(p => p.Length > 0).ToList();
        Assert.Equal(["昌江区财政局文件", "昌财绩〔2024〕5号", "昌江区财政局关于2023年度财政重点绩效评价结果的报告", "一、评价工作开展情况"], paragraphs.Take(4));
        Assert.Contains("二、发现的问题", paragraphs);
        Assert.Contains("三、结果应用", paragraphs);
        Assert.DoesNotContain(paragraphs, p => p.EndsWith("成效", StringComparison.Ordinal));
        Assert.Contains("昌江区财政局（盖章）", paragraphs);
        Assert.Contains("附件1", paragraphs);
        Assert.DoesNotContain("附件2", paragraphs);
        Assert.Equal(0, Docx.ImageCount(docx));
        Assert.Equal("序号", Docx.Tables(docx).Single()[0][0]);
        Assert.Equal("财政综合评分", Docx.Tables(docx).Single()[0][3]);
    }

    [Fact]
    public void FromJson_Malformed_IsAChineseError()
    {
        var result = ReportTemplate.FromJson("{ \"Kind\": ");
        Assert.False(result.Succeeded);
        Assert.StartsWith("报告模板不是有效的 JSON", result.Errors[0]);
    }

    [Fact]
    public void TemplateOfAnotherKind_IsRefused()
    {
        var result = FeedbackWriter.Write(DemoFeedback.Create(), ProjectEvaluationTemplates.Default);
        Assert.Contains("模板类型为“project-evaluation”，不能用于生成评价结果反馈（需要“result-feedback”）。", result.Errors);
    }

    [Fact]
    public void EveryDefaultTemplate_RoundTripsThroughJson()
    {
        foreach (var template in new[] { ProjectEvaluationTemplates.Default, FeedbackTemplates.Default, Jixiao.Documents.Department.DepartmentTemplates.Default, BatchSummaryTemplates.Default, Jixiao.Documents.SelfEvaluation.SelfEvaluationTemplates.Default })
        {
            var back = ReportTemplate.FromJson(template.ToJson()).ValueOrThrow();
            Assert.Equal(template.ToJson(), back.ToJson());
        }
    }
}
