using System.Globalization;
using Jixiao.App.Access;
using Jixiao.App.Data;
using Jixiao.App.Findings;
using Jixiao.App.Projects;
using Jixiao.Documents.Archive;
using Jixiao.Documents.BatchSummary;
using Jixiao.Documents.Common;
using Jixiao.Documents.Spreadsheets;
using DocBatchProject = Jixiao.Documents.BatchSummary.BatchProject;

namespace Jixiao.App.Reports;

/// <summary>
/// The bureau's 重点绩效评价情况的报告 on a batch (DOMAIN §7.4) and the whole batch as one zip. Counts per grade and
/// totals per fund source are computed by the Documents layer from the projects; scores and grades are the core's, and
/// only accepted evaluations have them — the others print 未评分 and the report names them.
/// </summary>
public sealed class BatchSummaryReports(JixiaoDbContext db, ReportRenderer renderer, EffectiveTemplates templates, TimeProvider time)
{
    public const string KindName = "重点绩效评价情况的报告";

    /// <summary>docx or pdf: the report with both annexes; xlsx: the two annexes as a workbook.</summary>
    public async Task<DocumentResult<ReportFile>> Run(UserScope scope, Guid batchId, ReportFormat format, CancellationToken ct = default)
    {
        if (format == ReportFormat.Zip)
        {
            return ReportFormats.Unsupported(KindName, format, ReportFormat.Docx, ReportFormat.Pdf, ReportFormat.Xlsx);
        }
        var data = await BatchReportData.Load(db, scope, batchId, time, ct);
        var report = Report(data);
        return format == ReportFormat.Xlsx
            ? ReportRenderer.Excel(XlsxWriter.Write(StandardSheets.BatchAnnexes(report)), $"重点绩效评价附件-{data.Batch.Name}")
            : await renderer.Word(BatchSummaryWriter.Write(report, (await templates.For(scope.JurisdictionId, ct)).BatchSummary), $"{KindName}-{data.Batch.Name}", format, ct);
    }

    /// <summary>整批打包: the summary and its annexes, the feedback sheets of the accepted evaluations and each one's report.</summary>
    public async Task<DocumentResult<ReportFile>> Archive(UserScope scope, Guid batchId, CancellationToken ct = default)
    {
        var data = await BatchReportData.Load(db, scope, batchId, time, ct);
        var own = await templates.For(scope.JurisdictionId, ct);
        var errors = new List<string>();
        var reports = new List<ArchiveEntry>();
        foreach (var (e, i) in data.Final.Select((e, i) => (e, i)))
        {
            var name = $"评价报告/{(i + 1).ToString("000", CultureInfo.InvariantCulture)}-{ReportFormats.FileName(e.Stem, ReportFormat.Docx)}";
            var written = KeyEvaluationReports.Write(e, own);
            if (written.Succeeded)
            {
                reports.Add(new(name, written.Value!));
            }
            else
            {
                errors.AddRange(written.Errors.Select(x => $"{name}：{x}"));
            }
        }
        if (errors.Count > 0)
        {
            return DocumentResult<ReportFile>.Fail(errors);
        }
        var notes = data.PendingNote.Length > 0 ? new[] { data.PendingNote } : null;
        var zip = BatchArchive.Create(Report(data), [.. data.Final.Select(FeedbackSheets.Sheet)], reports, notes, own.BatchSummary, own.Feedback);
        return ReportRenderer.Archive(zip, $"{data.Batch.Name}-整批打包");
    }

    internal static BatchSummaryReport Report(BatchReportData data)
    {
        var final = data.Final;
        var projects = data.Picks.Select(p =>
        {
            var project = p.Project!;
            var result = data.ByProject.GetValueOrDefault(p.ProjectId) is { } e && BatchReportData.IsFinal(e) ? KeyEvaluationText.Scores(e) : null;
            var budget = project.FundingLines.GroupBy(l => l.Source).OrderBy(g => g.Key).Select(g => new SourceAmount(g.Key.ToChinese(), g.Sum(l => l.FullYearBudget))).ToList();
            return new DocBatchProject(project.FinanceSection?.Name ?? "", project.Department?.Name ?? "", project.BudgetUnit?.Name ?? "", project.BudgetUnit?.Code ?? "",
                project.Name, budget, result?.Total, result?.Grade ?? "");
        }).ToList();
        var declared = final.SelectMany(e => e.Evaluation.Team).Select(m => m.DeclaredAt).OfType<DateTime>().ToList();
        var accepted = final.Select(e => e.Evaluation.AcceptedAt).OfType<DateTime>().ToList();
        var findings = final.SelectMany(e => e.Findings.Select(f => (Project: e.Subject, Finding: f))).ToList();
        var replied = final.Where(e => e.Findings.Any(f => f.AnsweredAt != null)).Select(e => e.Department).Distinct().Count();
        var narratives = new Dictionary<string, string>
        {
            ["basic"] = data.Pending.Count == 0 ? "" : $"截至{KeyEvaluationText.Date(data.Today)}，{final.Count}个项目的评价结果已经审定；{data.Pending.Count}个项目的评价尚未审定，附件2中列为“未评分”：{string.Join("、", data.Pending)}。",
            ["recommendations"] = KeyEvaluationText.Lines(ByCategory(findings, f => f.Recommendation)),
            ["achievements"] = Achievements(findings.Select(f => f.Finding).ToList(), data.NowUtc),
            ["next"] = "（一）督促整改。将评价结果反馈各主管部门和项目单位，督促其在整改期限内完成整改并书面报送整改情况，财政局逐项核实。\n"
                + "（二）公开评价结果。按规定公开重点绩效评价结果，接受社会监督。\n"
                + "（三）强化结果应用。将评价结果作为以后年度预算安排、政策调整和改进管理的重要依据，对评价等级为“中”“差”的项目相应压减预算。",
        };
        return new BatchSummaryReport(data.Bureau, data.Batch.Year, declared.Count > 0 ? China(declared.Min()) : data.Today,
            accepted.Count > 0 ? China(accepted.Max()) : data.Today, data.Today,
            [.. data.Picks.Select(p => p.Agency?.Name).OfType<string>().Distinct()], replied, projects, ByCategory(findings, f => f.Problem), narratives);
    }

    /// <summary>Problems or recommendations of all accepted evaluations per category, each line naming its project.</summary>
    private static List<TextBlock> ByCategory(List<(string Project, Finding Finding)> findings, Func<Finding, string> text) =>
        [.. findings.Where(f => text(f.Finding).Trim().Length > 0).GroupBy(f => f.Finding.Category).OrderBy(g => g.Key)
            .Select(g => new TextBlock($"{g.Key.ToChinese()}方面", string.Join("\n", g.Select((f, i) =>
                $"（{(i + 1).ToString(CultureInfo.InvariantCulture)}）{f.Project}：{text(f.Finding).Trim()}"))))];

    private static string Achievements(IReadOnlyList<Finding> findings, DateTime nowUtc)
    {
        string N(int n) => n.ToString(CultureInfo.InvariantCulture);
        var recommended = findings.Count(f => f.Recommendation.Trim().Length > 0);
        return $"本批次评价共发现问题{N(findings.Count)}个，提出整改建议{N(recommended)}条。整改情况：已核实整改到位{N(findings.Count(f => f.Status == FindingStatus.Verified))}个，"
            + $"已反馈待核实{N(findings.Count(f => f.Status == FindingStatus.Answered))}个，待整改或退回重改{N(findings.Count(f => f.Status is FindingStatus.Open or FindingStatus.Returned))}个"
            + $"（其中已逾期{N(findings.Count(f => f.IsOverdue(nowUtc)))}个）。";
    }

    private static DateOnly China(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(8));
}
