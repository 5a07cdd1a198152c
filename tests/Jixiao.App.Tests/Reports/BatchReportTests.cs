using System.Globalization;
using System.IO.Compression;
using Jixiao.App.Access;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Jixiao.App.Projects;
using Jixiao.App.Reports;
using Jixiao.Documents.Common;
using Jixiao.Documents.Tests.Support;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Reports;

/// <summary>The bureau's documents of the demo batch (seven projects, three accepted): summary, feedback file, zip.</summary>
public sealed class BatchReportTests
{
    private static async Task<ReportFile> Bureau<TReports>(DemoWorld world, Func<TReports, UserScope, Task<DocumentResult<ReportFile>>> run) where TReports : notnull
    {
        var bureau = await world.UserScopeOf("jixiao");
        await using var s = world.Scope("jixiao");
        var result = await run(world.Get<TReports>(s), bureau);
        Assert.True(result.Succeeded, string.Join("；", result.Errors));
        return result.Value!;
    }

    private static decimal Amount(string cell) => decimal.Parse(cell, NumberStyles.Number, CultureInfo.InvariantCulture);

    [Theory, DatabaseData]
    public async Task Summary_Annex1AddsUpToItsTotalRow_Annex2HasTheCoresScores_AndTheFiguresComeFromTheData(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var batch = await DemoBatch.Load(world);

        var file = await Bureau<BatchSummaryReports>(world, (r, u) => r.Run(u, batch.Id, ReportFormat.Docx));

        Assert.Equal($"重点绩效评价情况的报告-{DemoBatch.Name}.docx", file.FileName);
        Docx.AssertValid(file.Bytes);
        var tables = Docx.Tables(file.Bytes);
        var annex1 = tables.Single(t => t[0][0] == "序号" && t[0][1] == "归口科室");
        var lines = annex1.Skip(1).SkipLast(1).ToList();
        Assert.Equal(batch.Evaluations.Count, lines.Count);
        Assert.Equal(["合计", DemoBatch.Wan(batch.Evaluations.Sum(e => e.Project!.BudgetTotal))], annex1[^1]);
        var paragraphs = Docx.Paragraphs(file.Bytes);
        if (!paragraphs.Contains(Money.RoundingNote))
        {
            Assert.Equal(Amount(annex1[^1][1]), lines.Sum(r => Amount(r[4])));
        }

        var annex2 = tables.Single(t => t[0][0] == "序号" && t[0][1] == "实施单位");
        foreach (var e in batch.Evaluations)
        {
            var row = annex2.Single(r => r[2] == e.Project!.Name);
            var expected = e.Status == EvaluationStatus.Accepted ? batch.Expected(e) : ("未评分", "未评分");
            Assert.Equal(expected, (row[3], row[4]));
        }

        var grades = batch.Accepted.Select(e => batch.Expected(e).Grade).ToList();
        var distribution = string.Join("、", new[] { "优", "良", "中", "差" }.Select(g => $"{g}{grades.Count(x => x == g)}个"))
            + $"、未评分{batch.Evaluations.Count - grades.Count}个";
        Assert.Contains($"从评价结果看，{batch.Evaluations.Count}个项目中{distribution}。各项目得分和等级见附件2。", paragraphs);
        var text = string.Join("\n", paragraphs);
        foreach (var source in batch.Evaluations.SelectMany(e => e.Project!.FundingLines).GroupBy(l => l.Source))
        {
            var wan = Math.Round(source.Sum(l => l.FullYearBudget) / 10000m, 2, MidpointRounding.AwayFromZero).ToString("0.00", CultureInfo.InvariantCulture);
            Assert.Contains($"{source.Key.ToChinese()}{wan}万元", text, StringComparison.Ordinal);
        }
        Assert.Contains(batch.Accepted.SelectMany(e => e.Findings).First().Problem, text, StringComparison.Ordinal);
        Assert.Contains(batch.Evaluations.Single(e => e.Status == EvaluationStatus.InProgress).Project!.Name + "（评价中）", text, StringComparison.Ordinal);
    }

    [Theory, DatabaseData]
    public async Task FeedbackFile_HasOnePagePerAcceptedEvaluation_AndNamesTheOthers_AndTheZipHoldsEveryDocument(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var batch = await DemoBatch.Load(world);
        var pending = batch.Evaluations.Where(e => e.Status != EvaluationStatus.Accepted).ToList();

        var feedback = await Bureau<FeedbackSheets>(world, (r, u) => r.RunBatch(u, batch.Id, ReportFormat.Docx));

        Docx.AssertValid(feedback.Bytes);
        var sheets = Docx.Tables(feedback.Bytes);
        Assert.Equal(batch.Accepted.Select(e => e.Project!.Name), sheets.Select(t => t[0][1]));
        Assert.Equal(batch.Accepted.Select(e => batch.Expected(e)), sheets.Select(t => t.Single(r => r[0] == "评价分值")).Select(r => (r[1], r[3])));
        var note = Docx.Paragraphs(feedback.Bytes).Single(p => p.StartsWith("说明：", StringComparison.Ordinal));
        Assert.Contains($"本批次共{batch.Evaluations.Count}个项目，已审定{batch.Accepted.Count}个；以下{pending.Count}个项目的评价尚未经财政局审定", note, StringComparison.Ordinal);
        Assert.All(pending, e => Assert.Contains($"{e.Project!.Name}（{e.Status.ToChinese()}）", note, StringComparison.Ordinal));

        var zip = await Bureau<BatchSummaryReports>(world, (r, u) => r.Archive(u, batch.Id));
        Assert.Equal((ReportFormats.Zip, $"{DemoBatch.Name}-整批打包.zip"), (zip.ContentType, zip.FileName));
        using var archive = new ZipArchive(new MemoryStream(zip.Bytes));
        var names = archive.Entries.Select(x => x.FullName).ToList();
        Assert.Contains("2024年度重点绩效评价情况的报告.docx", names);
        Assert.Contains("2024年度重点绩效评价附件.xlsx", names);
        Assert.Contains("评价结果反馈（全部项目）.docx", names);
        Assert.Contains("说明.txt", names);
        Assert.Equal(batch.Accepted.Select((e, i) => $"评价报告/{(i + 1).ToString("000", CultureInfo.InvariantCulture)}-{e.Project!.Code}-{e.Project.Name}.docx"), names.Where(n => n.StartsWith("评价报告/", StringComparison.Ordinal)));
        Assert.Equal(batch.Accepted.Count, names.Count(n => n.StartsWith("评价结果反馈/", StringComparison.Ordinal)));
        foreach (var entry in archive.Entries.Where(x => x.FullName.EndsWith(".docx", StringComparison.Ordinal)))
        {
            using var content = new MemoryStream();
            entry.Open().CopyTo(content);
            Assert.True(Docx.ValidationErrors(content.ToArray()).Count == 0, entry.FullName);
        }
    }
}
