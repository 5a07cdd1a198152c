using Jixiao.App.Access;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Jixiao.Documents.Common;
using Jixiao.Documents.Feedback;

namespace Jixiao.App.Reports;

/// <summary>
/// 评价结果反馈单 (DOMAIN §7.2) from key evaluations: one evaluation's sheet, or the sheets of a whole batch in one file,
/// one page per project. A sheet needs a complete scoring (total and grade). The batch file holds only accepted
/// evaluations — what the bureau sends to units is final — and lists the others on a last page with their state.
/// </summary>
public sealed class FeedbackSheets(JixiaoDbContext db, GetEvaluation get, ReportRenderer renderer, EffectiveTemplates templates, TimeProvider time)
{
    public const string KindName = "评价结果反馈";

    public async Task<DocumentResult<ReportFile>> Run(UserScope scope, Guid evaluationId, ReportFormat format, CancellationToken ct = default)
    {
        if (format is not (ReportFormat.Docx or ReportFormat.Pdf))
        {
            return ReportFormats.Unsupported(KindName, format, ReportFormat.Docx, ReportFormat.Pdf);
        }
        var data = await KeyEvaluationData.Load(db, get, scope, evaluationId, time, ct);
        if (!data.HasResult)
        {
            return DocumentResult<ReportFile>.Fail($"“{data.Subject}”尚有指标未评分（评价状态：{data.Evaluation.Status.ToChinese()}），还不能生成评价结果反馈单。");
        }
        var own = (await templates.For(scope.JurisdictionId, ct)).Feedback;
        var template = data.IsFinal ? own : own.Annotate("征求意见稿：评价结果尚未经财政局审定");
        return await renderer.Word(FeedbackWriter.Write(Sheet(data), template), $"{KindName}-{data.Stem}", format, ct);
    }

    /// <summary>The bureau's feedback file of a batch (403 for anyone else, 404 for another jurisdiction's batch).</summary>
    public async Task<DocumentResult<ReportFile>> RunBatch(UserScope scope, Guid batchId, ReportFormat format, CancellationToken ct = default)
    {
        if (format is not (ReportFormat.Docx or ReportFormat.Pdf))
        {
            return ReportFormats.Unsupported(KindName, format, ReportFormat.Docx, ReportFormat.Pdf);
        }
        var batch = await BatchReportData.Load(db, scope, batchId, time, ct);
        if (batch.Final.Count == 0)
        {
            return DocumentResult<ReportFile>.Fail($"“{batch.Batch.Name}”还没有经财政局审定的评价，不能生成评价结果反馈单。{batch.PendingNote}");
        }
        var sheets = batch.Final.Select(Sheet).ToList();
        var notes = batch.PendingNote.Length > 0 ? new[] { batch.PendingNote } : null;
        return await renderer.Word(FeedbackWriter.WriteBatch(sheets, (await templates.For(scope.JurisdictionId, ct)).Feedback, notes), $"{KindName}-{batch.Batch.Name}", format, ct);
    }

    internal static FeedbackSheet Sheet(KeyEvaluationData data)
    {
        var scores = KeyEvaluationText.Scores(data);
        var levels = KeyEvaluationText.Levels(scores) is { Length: > 0 } l ? $"其中，{l}。" : "";
        var performance = string.Join("\n", new[]
        {
            data.Evaluation.Summary.Trim(), $"经评价，综合得分{Money.Points(scores.Total)}分，评价等级为“{scores.Grade}”。{levels}",
        }.Where(t => t.Length > 0));
        var facts = new EvaluationFacts("财政重点评价", data.Bureau, data.Agency, data.Lead, data.ReportDate);
        return new FeedbackSheet(data.Place, KeyEvaluationReports.ProjectFacts(data), facts, scores.Total, scores.Grade,
            data.Evaluation.Basics.Trim(), performance,
            KeyEvaluationText.Problems(data.Findings, causes: false), KeyEvaluationText.Recommendations(data.Findings));
    }
}
