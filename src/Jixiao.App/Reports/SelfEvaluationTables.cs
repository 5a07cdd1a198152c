using Jixiao.App.Access;
using Jixiao.App.Data;
using Jixiao.App.SelfEvaluations;
using Jixiao.Documents.Common;
using Jixiao.Documents.SelfEvaluation;
using Jixiao.Documents.Spreadsheets;

namespace Jixiao.App.Reports;

/// <summary>项目支出绩效自评表 (DOMAIN §4.1) of a project's self-evaluation, as Word, PDF or Excel.</summary>
public sealed class SelfEvaluationTables(JixiaoDbContext db, GetSelfEvaluation get, ReportRenderer renderer, EffectiveTemplates templates)
{
    public const string KindName = "项目支出绩效自评表";

    public async Task<DocumentResult<ReportFile>> Run(UserScope scope, Guid projectId, ReportFormat format, CancellationToken ct = default)
    {
        var data = await EvaluationData.Load(db, get, scope, projectId, ct);
        var table = Table(data);
        var stem = $"{KindName}-{data.Stem}";
        return format == ReportFormat.Xlsx
            ? ReportRenderer.Excel(XlsxWriter.Write(StandardSheets.SelfEvaluationWorkbook(table)), stem)
            : await renderer.Word(SelfEvaluationWriter.Write(table, (await templates.For(scope.JurisdictionId, ct)).SelfEvaluation), stem, format, ct);
    }

    internal static SelfEvaluationTable Table(EvaluationData data)
    {
        var s = data.Score;
        return new SelfEvaluationTable(
            data.Facts, data.TableFunding(), s.Execution.Points, Rate(data.Evaluation),
            s.Card.ExecutionScore, data.Evaluation.TargetSheet!.OverallGoal, data.Evaluation.GoalAchieved, data.Scores());
    }

    /// <summary>执行率 (B/A) as the fraction the table formats; the score beside it is the core's.</summary>
    private static decimal? Rate(SelfEvaluation e) => e.FullYearBudget > 0m ? e.Spent / e.FullYearBudget : null;
}
