using Jixiao.Documents.Common;
using Jixiao.Documents.Scores;

namespace Jixiao.Documents.ProjectEvaluation;

/// <summary>
/// Everything a 项目支出绩效评价报告 (DOMAIN §7.1) prints. Scores and rates come from the scoring
/// core; narrative text is the evaluators', keyed by section key (see
/// <see cref="ProjectEvaluationWriter.SectionKeys"/>) or by "analysis:{一级指标}" for the analysis
/// of one first-level indicator. Narratives may use placeholders such as {总分} and {预算执行率}.
/// </summary>
public sealed record ProjectEvaluationReport(
    ProjectFacts Project,
    EvaluationFacts Evaluation,
    IReadOnlyList<FundingLine> Funding,
    ScoreSummary Scores,
    IReadOnlyDictionary<string, string> Narratives)
{
    /// <summary>
    /// 预算执行率 (执行数 ÷ 全年预算数) of the funding printed beside it, so the sentence and the table
    /// can never disagree; null without a budget.
    /// </summary>
    public decimal? ExecutionRate =>
        Funding.Sum(f => f.BudgetYuan) is > 0m and var budget ? Funding.Sum(f => f.SpentYuan) / budget : null;
}
