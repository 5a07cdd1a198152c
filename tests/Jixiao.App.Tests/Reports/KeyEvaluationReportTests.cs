using Jixiao.App.Access;
using Jixiao.App.Batches;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Jixiao.App.Findings;
using Jixiao.App.Organisations;
using Jixiao.App.Reports;
using Jixiao.Documents.Common;
using Jixiao.Documents.Tests.Support;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Reports;

/// <summary>The report and feedback sheet of one key evaluation of the demo batch, as the bureau, a unit and an evaluator get them.</summary>
public sealed class KeyEvaluationReportTests
{
    private static async Task<DocumentResult<ReportFile>> Run<TReports>(DemoWorld world, UserScope scope, Func<TReports, Task<DocumentResult<ReportFile>>> run)
        where TReports : notnull
    {
        await using var s = world.Scope(scope.UserName);
        return await run(world.Get<TReports>(s));
    }

    [Theory, DatabaseData]
    public async Task EvaluationReport_OfAnAcceptedProject_IsValid_WithTheCoresTotalAndGrade_TheAgency_AndTheFindingsInTheirSections(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var batch = await DemoBatch.Load(world);
        var e = batch.Accepted[0];
        var (total, grade) = batch.Expected(e);
        var bureau = await world.UserScopeOf("jixiao");

        var file = (await Run<KeyEvaluationReports>(world, bureau, r => r.Run(bureau, e.Id, ReportFormat.Docx))).Value!;

        Assert.Equal($"项目支出绩效评价报告-{e.Project!.Code}-{e.Project.Name}.docx", file.FileName);
        Docx.AssertValid(file.Bytes);
        var paragraphs = Docx.Paragraphs(file.Bytes).ToList();
        Assert.Equal(e.Project.Name + "绩效评价报告", paragraphs[0]);
        Assert.Contains("（2024年度 · 财政重点评价）", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains($"综合得分{total}分（满分100.00分），评价等级为“{grade}”", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.Contains("委托青禾正信会计师事务所具体实施", StringComparison.Ordinal));
        Assert.Contains(e.Basics, paragraphs);
        Assert.Contains(e.Summary, paragraphs);
        Assert.Contains(e.Experience, paragraphs);
        var finding = e.Findings.OrderBy(f => f.Category).First();
        var problems = paragraphs.IndexOf("（二）存在的问题及原因分析");
        var suggestions = paragraphs.IndexOf("六、有关建议");
        Assert.True(problems > 0 && suggestions > problems, "问题在第五部分，建议在第六部分");
        Assert.Contains(paragraphs.Skip(problems).Take(suggestions - problems), p => p.Contains(finding.Problem + "原因：" + finding.Cause, StringComparison.Ordinal));
        Assert.Contains(paragraphs.Skip(suggestions), p => p.StartsWith(finding.Recommendation + "（整改责任单位：", StringComparison.Ordinal));

        // The annex is the core's card: each row's score, and the deduction reason as its note.
        var annex = Docx.Tables(file.Bytes).Last(t => t[0][0] == "一级指标");
        Assert.Equal(["合计", "100.00", "", total, $"评价等级：{grade}"], annex[^1]);
        var card = EvaluationScoring.Score(e, batch.Settings);
        var deducted = card.Indicators.First(s => s.Indicator.Deductions.Count > 0);
        var row = annex.Single(r => r.Contains(deducted.Indicator.Name));
        Assert.Contains(deducted.Result.Score!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), row);
        Assert.Contains(row, c => c.StartsWith(deducted.Indicator.Deductions[0].Reason, StringComparison.Ordinal));

        if (File.Exists("/usr/bin/soffice") || File.Exists("/usr/local/bin/soffice"))
        {
            var pdf = (await Run<KeyEvaluationReports>(world, bureau, r => r.Run(bureau, e.Id, ReportFormat.Pdf))).Value!;
            var text = string.Concat(Poppler.Text(pdf.Bytes).Where(c => !char.IsWhiteSpace(c)));
            Assert.Contains($"综合得分{total}分", text);
            Assert.Contains($"评价等级为“{grade}”", text);
        }
    }

    [Theory, DatabaseData]
    public async Task FeedbackSheet_OfAnAcceptedEvaluation_ShowsTotalGradeAndGroupedProblems_AndAnUnfinishedOneIsRefused_ItsReportIsADraft(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var batch = await DemoBatch.Load(world);
        var e = batch.Accepted[1];
        var (total, grade) = batch.Expected(e);
        var bureau = await world.UserScopeOf("jixiao");

        var file = (await Run<FeedbackSheets>(world, bureau, r => r.Run(bureau, e.Id, ReportFormat.Docx))).Value!;

        Docx.AssertValid(file.Bytes);
        var sheet = Assert.Single(Docx.Tables(file.Bytes));
        Assert.Equal(["评价项目", e.Project!.Name], sheet[0]);
        Assert.Equal(["评价分值", total, "评价结论", grade], sheet.Single(r => r[0] == "评价分值"));
        Assert.Equal(["评价机构", "青禾正信会计师事务所", "评价时间", "2025年6月"], sheet.Single(r => r[0] == "评价机构"));
        var problems = sheet.Single(r => r[0] == "主要问题与建议")[1];
        foreach (var f in e.Findings)
        {
            Assert.Contains($"{f.Category.ToChinese()}方面\n{f.Problem}", problems, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("征求意见稿", string.Join("\n", Docx.Paragraphs(file.Bytes)), StringComparison.Ordinal);

        var unfinished = batch.Evaluations.Single(x => x.Status == EvaluationStatus.InProgress);
        var refused = await Run<FeedbackSheets>(world, bureau, r => r.Run(bureau, unfinished.Id, ReportFormat.Docx));
        Assert.Equal($"“{unfinished.Project!.Name}”尚有指标未评分（评价状态：评价中），还不能生成评价结果反馈单。", Assert.Single(refused.Errors));

        // Its report can be read as a draft: the core's partial total, no grade, and a note that the bureau's result decides.
        var draft = (await Run<KeyEvaluationReports>(world, bureau, r => r.Run(bureau, unfinished.Id, ReportFormat.Docx))).Value!;
        Docx.AssertValid(draft.Bytes);
        var text = Docx.Paragraphs(draft.Bytes);
        Assert.Contains("（2024年度 · 财政重点评价 · 未定稿（评价中））", text);
        Assert.Contains(text, p => p.Contains($"综合得分{batch.Expected(unfinished).Total}分（满分100.00分），评价等级为“未定级（尚有指标未评分）”", StringComparison.Ordinal));
        Assert.Contains("本报告为未定稿，评价状态为“评价中”，得分、等级和发现的问题以青禾县财政局审定结果为准。", text);
    }

    [Theory, DatabaseData]
    public async Task Reports_OutsideScopeAre404_AnUndeclaredEvaluatorIsRefused_AndBatchReportsAreTheBureaus(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var batch = await DemoBatch.Load(world);
        var e = batch.Accepted[0];
        var other = await Other(world, e.SubjectOrganisationId);
        var outsider = new UserScope("outsider", e.JurisdictionId, other, Roles.Unit);

        var notFound = await Assert.ThrowsAsync<NotFoundException>(() => Run<KeyEvaluationReports>(world, outsider, r => r.Run(outsider, e.Id, ReportFormat.Docx)));
        Assert.Equal("评价不存在或无权查看。", notFound.Message);
        await Assert.ThrowsAsync<NotFoundException>(() => Run<FeedbackSheets>(world, outsider, r => r.Run(outsider, e.Id, ReportFormat.Docx)));

        // The agency's evaluator sees a newly commissioned evaluation, but nothing of it before declaring no conflict.
        var fresh = await Commissioned(world);
        var evaluator = await world.UserScopeOf("pingjia");
        foreach (var run in new Func<Task>[]
        {
            () => Run<KeyEvaluationReports>(world, evaluator, r => r.Run(evaluator, fresh, ReportFormat.Docx)),
            () => Run<FeedbackSheets>(world, evaluator, r => r.Run(evaluator, fresh, ReportFormat.Docx)),
        })
        {
            var forbidden = await Assert.ThrowsAsync<ForbiddenException>(run);
            Assert.Equal("您尚未声明与该评价无利害关系（或已声明回避），不能查看或下载该评价的报告。", forbidden.Message);
        }

        var department = await world.UserScopeOf("bumen");
        await Assert.ThrowsAsync<ForbiddenException>(() => Run<BatchSummaryReports>(world, department, r => r.Run(department, batch.Id, ReportFormat.Docx)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Run<FeedbackSheets>(world, department, r => r.RunBatch(department, batch.Id, ReportFormat.Docx)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Run<BatchSummaryReports>(world, department, r => r.Archive(department, batch.Id)));
    }

    /// <summary>A budget unit of the county other than <paramref name="subject"/>.</summary>
    private static async Task<Guid> Other(DemoWorld world, Guid subject)
    {
        await using var s = world.Scope();
        return await world.Get<JixiaoDbContext>(s).Organisations.Where(o => o.Kind == OrganisationKind.BudgetUnit && o.Id != subject).Select(o => o.Id).FirstAsync();
    }

    /// <summary>A batch of its own with one project commissioned to the demo agency; nobody has declared yet.</summary>
    private static async Task<Guid> Commissioned(DemoWorld world)
    {
        var bureau = await world.UserScopeOf("jixiao");
        await using var s = world.Scope("jixiao");
        var manage = world.Get<ManageBatches>(s);
        var db = world.Get<JixiaoDbContext>(s);
        var project = await db.Projects.AsNoTracking().Where(p => p.Year == 2024).OrderBy(p => p.Code).FirstAsync();
        var batch = await manage.Create(bureau, new NewBatch("报告测试批次", 2024, new DateTime(2025, 9, 30)));
        await manage.AddProjects(bureau, batch, [new BatchPick(project.Id, "报告测试")]);
        await manage.Commission(bureau, batch, (await world.Organisation("青禾正信会计师事务所")).Id, null);
        return await db.Evaluations.Where(e => e.BatchId == batch).Select(e => e.Id).SingleAsync();
    }
}
