using Jixiao.App.Access;
using Jixiao.App.Auditing;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.App.Reports;
using Jixiao.Documents.BatchSummary;
using Jixiao.Documents.Common;
using Jixiao.Documents.ProjectEvaluation;
using Jixiao.Documents.Templates;
using Jixiao.Documents.Tests.Support;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Reports;

/// <summary>Issue 5: the demo county adjusts its report templates; its reports follow them, bad templates are refused.</summary>
public sealed class ReportTemplateTests
{
    /// <summary>基本情况 renamed, 其他需要说明的问题 left out, 有关建议 moved before 主要经验, a red head and a signature of its own.</summary>
    internal static ReportTemplate Project() => ProjectEvaluationTemplates.Default with
    {
        Sections = [.. Reorder(ProjectEvaluationTemplates.Default.Sections, "suggestions", before: "experience")
            .Select(s => s.Key switch { "basic" => s with { Heading = "项目概况" }, "other" => s with { Include = false }, _ => s })],
        Letterhead = new("演示县财政局绩效评价专用", "演财绩〔2025〕3号"),
        Signature = ["{出具单位}（盖章）", "审核人：张会计"],
    };

    private static ReportTemplate Batch() => BatchSummaryTemplates.Default with
    {
        Title = "{年度}年度财政重点评价工作情况通报",
        Sections = [.. Reorder(BatchSummaryTemplates.Default.Sections, "recommendations", before: "problems")
            .Select(s => s.Key switch { "next" => s with { Heading = "下一步工作安排" }, "achievements" => s with { Include = false }, _ => s })],
        Signature = ["演示县财政局绩效管理股", "{报告日期}"],
    };

    private static List<SectionTemplate> Reorder(IReadOnlyList<SectionTemplate> sections, string key, string before)
    {
        var list = sections.Where(s => s.Key != key).ToList();
        list.Insert(list.FindIndex(s => s.Key == before), sections.Single(s => s.Key == key));
        return list;
    }

    private static async Task<T> As<T>(DemoWorld world, string user, Func<ManageReportTemplates, UserScope, Task<T>> act)
    {
        var scope = await world.UserScopeOf(user);
        await using var s = world.Scope(user);
        return await act(world.Get<ManageReportTemplates>(s), scope);
    }

    private static async Task<IReadOnlyList<string>> Paragraphs<TReports>(DemoWorld world, Func<TReports, UserScope, Task<DocumentResult<ReportFile>>> run)
        where TReports : notnull
    {
        var bureau = await world.UserScopeOf("jixiao");
        await using var s = world.Scope("jixiao");
        var result = await run(world.Get<TReports>(s), bureau);
        Assert.True(result.Succeeded, string.Join("；", result.Errors));
        Docx.AssertValid(result.Value!.Bytes);
        return Docx.Paragraphs(result.Value.Bytes);
    }

    [Theory, DatabaseData]
    public async Task AdjustedTemplates_AreWhatTheKeyEvaluationReportAndTheBatchSummaryShow_AndTheChangeIsAudited(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var batch = await DemoBatch.Load(world);
        var e = batch.Accepted[0];

        var before = await Paragraphs<KeyEvaluationReports>(world, (r, u) => r.Run(u, e.Id, ReportFormat.Docx));
        Assert.Contains("一、基本情况", before);
        var saved = await As(world, "jixiao", (m, u) => m.Save(u, ProjectEvaluationTemplates.Kind, Project(), 0));
        await As(world, "jixiao", (m, u) => m.Save(u, BatchSummaryTemplates.Kind, Batch(), 0));
        Assert.True(saved.Overridden);
        Assert.Equal(1, saved.Version);

        var report = await Paragraphs<KeyEvaluationReports>(world, (r, u) => r.Run(u, e.Id, ReportFormat.Docx));
        Assert.Equal(["演示县财政局绩效评价专用", "演财绩〔2025〕3号", e.Project!.Name + "绩效评价报告"], report.Take(3));
        Assert.Contains("一、项目概况", report);
        Assert.DoesNotContain("一、基本情况", report);
        Assert.DoesNotContain(report, p => p.EndsWith("其他需要说明的问题", StringComparison.Ordinal));
        var suggestions = report.ToList().IndexOf("五、有关建议");
        Assert.True(suggestions > 0 && suggestions < report.ToList().IndexOf("六、主要经验及做法、存在的问题及原因分析"), "有关建议移到了第五部分");
        Assert.Contains("审核人：张会计", report);
        Assert.Contains(report, p => p.EndsWith("（盖章）", StringComparison.Ordinal));
        Assert.DoesNotContain(report, p => p.StartsWith("主评人：", StringComparison.Ordinal));

        var summary = await Paragraphs<BatchSummaryReports>(world, (r, u) => r.Run(u, batch.Id, ReportFormat.Docx));
        Assert.Equal("2024年度财政重点评价工作情况通报", summary[0]);
        Assert.Equal(["一、基本情况", "二、整改建议", "三、评价发现的主要问题", "四、下一步工作安排"],
            summary.Where(p => p.Length > 2 && "一二三四五六".Contains(p[0], StringComparison.Ordinal) && p[1] == '、').ToList());
        Assert.Contains("演示县财政局绩效管理股", summary);

        await using var s = world.Scope();
        var audit = await world.Get<JixiaoDbContext>(s).AuditEntries.AsNoTracking().Where(a => a.Entity == nameof(ReportTemplateOverride)).ToListAsync();
        Assert.Contains(audit, a => a.User == "jixiao" && a.Subject == ProjectEvaluationTemplates.Kind && a.Field == "Json" && a.NewValue!.Contains("项目概况", StringComparison.Ordinal));
    }

    [Theory, DatabaseData]
    public async Task InventedSection_MissingSection_UnknownPlaceholder_EmptyTitle_AreRefusedInChinese_AndNothingIsSaved(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var d = ProjectEvaluationTemplates.Default;
        var cases = new (ReportTemplate Template, string Field, string Words)[]
        {
            (d with { Sections = [.. d.Sections, new("appendix", "附录")] }, "sections", "“appendix”不属于项目支出绩效评价报告"),
            (d with { Sections = [.. d.Sections.Where(s => s.Key != "other")] }, "sections", "缺少章节“其他需要说明的问题”"),
            (d with { Signature = ["{出具单位}", "{局长签名}"] }, "signature", "落款第2行：占位符“{局长签名}”无法识别"),
            (d with { Title = "  " }, "title", "标题不能为空"),
        };
        foreach (var (template, field, words) in cases)
        {
            var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => As(world, "jixiao", (m, u) => m.Save(u, ProjectEvaluationTemplates.Kind, template, 0)));
            Assert.Contains(refused.Errors[field], m => m.Contains(words, StringComparison.Ordinal));
        }
        await using var s = world.Scope();
        Assert.Equal(0, await world.Get<JixiaoDbContext>(s).ReportTemplateOverrides.CountAsync());
    }

    [Theory, DatabaseData]
    public async Task AUnit_MayReadButNotChange_Reset_RestoresTheDefault_AndAStaleVersionIsAConflict(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var kind = ProjectEvaluationTemplates.Kind;
        await Assert.ThrowsAsync<ForbiddenException>(() => As(world, "danwei", (m, u) => m.Save(u, kind, Project(), 0)));
        var seen = await As(world, "danwei", (m, u) => m.Get(u, kind));
        Assert.False(seen.CanChange);
        Assert.False(seen.Overridden);

        await As(world, "jixiao", (m, u) => m.Save(u, kind, Project(), 0));
        var second = await As(world, "jixiao", (m, u) => m.Save(u, kind, Project() with { Title = "{项目名称}财政重点绩效评价报告" }, 1));
        Assert.Equal(2, second.Version);
        await Assert.ThrowsAsync<ConflictException>(() => As(world, "jixiao", (m, u) => m.Save(u, kind, Project(), 1)));
        await Assert.ThrowsAsync<ConflictException>(() => As(world, "jixiao", (m, u) => m.Reset(u, kind, 1)));
        await Assert.ThrowsAsync<ForbiddenException>(() => As(world, "danwei", (m, u) => m.Reset(u, kind, 2)));
        Assert.Equal("{项目名称}财政重点绩效评价报告", (await As(world, "danwei", (m, u) => m.Get(u, kind))).Template.Title);

        var reset = await As(world, "jixiao", (m, u) => m.Reset(u, kind, 2));
        Assert.False(reset.Overridden);
        Assert.Equal(ProjectEvaluationTemplates.Default.ToJson(), reset.Template.ToJson());
        await using (var s = world.Scope())
        {
            var audit = await world.Get<JixiaoDbContext>(s).AuditEntries.AsNoTracking().Where(a => a.Entity == nameof(ReportTemplateOverride)).ToListAsync();
            Assert.Equal([AuditActions.Insert, AuditActions.Update, AuditActions.Delete], audit.Where(a => a.Field == "Json").OrderBy(a => a.Id).Select(a => a.Action));
            Assert.All(audit, a => Assert.Equal("jixiao", a.User));
        }
        var list = await As(world, "jixiao", (m, u) => m.List(u));
        Assert.All(list, k => Assert.False(k.Overridden));
        var batch = await DemoBatch.Load(world);
        var report = await Paragraphs<KeyEvaluationReports>(world, (r, u) => r.Run(u, batch.Accepted[0].Id, ReportFormat.Docx));
        Assert.Contains("一、基本情况", report);
        Assert.Contains(report, p => p.StartsWith("主评人：", StringComparison.Ordinal));
    }
}
