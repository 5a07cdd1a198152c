using Jixiao.App.Access;
using Jixiao.App.Data;
using Jixiao.App.SelfEvaluations;
using Jixiao.Documents.Common;
using Jixiao.Documents.ProjectEvaluation;

namespace Jixiao.App.Reports;

/// <summary>
/// 项目支出绩效评价报告 (DOMAIN §7.1) from a unit's self-evaluation: the sections the unit wrote go into their
/// sections, every figure (funding, rate, scores, grade) comes from the data and the scoring core.
/// </summary>
public sealed class ProjectEvaluationReports(JixiaoDbContext db, GetSelfEvaluation get, ReportRenderer renderer, EffectiveTemplates templates, TimeProvider time)
{
    public const string KindName = "项目支出绩效评价报告";

    /// <summary>
    /// A self-evaluation has no agency and no lead evaluator: the unit signs without the 主评人 line, and the subtitle says
    /// 单位自评 (the default's {评价类型} does; a subtitle without it gets the words added).
    /// </summary>
    public static Documents.Templates.ReportTemplate Template(Documents.Templates.ReportTemplate template)
    {
        var signed = template.WithoutLead();
        return signed.Subtitle.Contains("{评价类型}", StringComparison.Ordinal) ? signed : signed.Annotate("单位自评");
    }

    public async Task<DocumentResult<ReportFile>> Run(UserScope scope, Guid projectId, ReportFormat format, CancellationToken ct = default)
    {
        if (format == ReportFormat.Xlsx)
        {
            return ReportFormats.Unsupported(KindName, format, ReportFormat.Docx, ReportFormat.Pdf);
        }
        var data = await EvaluationData.Load(db, get, scope, projectId, ct);
        return await renderer.Word(ProjectEvaluationWriter.Write(Report(data, time), Template((await templates.For(scope.JurisdictionId, ct)).ProjectEvaluation)), $"{KindName}-{data.Stem}", format, ct);
    }

    internal static ProjectEvaluationReport Report(EvaluationData data, TimeProvider time)
    {
        var e = data.Evaluation;
        // Dates print in China Standard Time (UTC+8), where every jurisdiction of this system lies.
        var date = (e.SubmittedAt ?? time.GetUtcNow().UtcDateTime).AddHours(8);
        var conclusion = string.Join("\n", new[] { Prefixed("总体目标完成情况：", e.GoalAchieved), e.Conclusion.Trim() }.Where(t => t.Length > 0));
        var narratives = new Dictionary<string, string>
        {
            ["basic"] = e.Basics, ["process"] = e.WorkDone, ["conclusion"] = conclusion, ["analysis"] = e.IndicatorAnalysis,
            ["experience"] = e.Experience, ["suggestions"] = e.Suggestions, ["other"] = e.OtherMatters,
        };
        return new ProjectEvaluationReport(
            data.Facts, new EvaluationFacts("单位自评", data.Project.BudgetUnit!.Name, "", "", DateOnly.FromDateTime(date)),
            data.Funding(), data.Scores(), narratives);
    }

    private static string Prefixed(string prefix, string text) => string.IsNullOrWhiteSpace(text) ? "" : prefix + text.Trim();
}
