using Jixiao.Documents.Common;
using Jixiao.Documents.Scores;

namespace Jixiao.Documents.ProjectEvaluation;

/// <summary>
/// Everything a 项目支出绩效评价报告 (DOMAIN §7.1) prints. Scores and rates come from the scoring
/// core; narrative text is the evaluators', keyed by section key (see
/// <see cref="ProjectEvaluationWriter.SectionKeys"/>) or by "analysis:{一级指标}" for the analysis
/// of one first-level indicator. Narratives may use placeholders such as {总分} and {预算执行率}.
/// </summary>
/// <remarks>ExecutionRate: 预算执行率 as a fraction, as the core computed it; null when not computed.</remarks>
public sealed record ProjectEvaluationReport(
    ProjectFacts Project,
    EvaluationFacts Evaluation,
    IReadOnlyList<FundingLine> Funding,
    decimal? ExecutionRate,
    ScoreSummary Scores,
    IReadOnlyDictionary<string, string> Narratives);
