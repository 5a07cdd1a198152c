using Jixiao.Documents.Common;
using Jixiao.Documents.Scores;

namespace Jixiao.Documents.SelfEvaluation;

/// <summary>A funding row of the self-evaluation table (本年财政拨款, 上年结转资金, 其他资金), in 元.</summary>
public sealed record SelfEvaluationFunding(string Name, decimal InitialYuan, decimal FullYearYuan, decimal SpentYuan);

/// <summary>
/// The 项目支出绩效自评表 (DOMAIN §4.1). The execution rate and score and every indicator score,
/// subtotal, total and grade come from the scoring core; the 年度资金总额 row is the sum of the
/// funding rows.
/// </summary>
public sealed record SelfEvaluationTable(
    ProjectFacts Project,
    IReadOnlyList<SelfEvaluationFunding> Funding,
    decimal ExecutionWeight,
    decimal? ExecutionRate,
    decimal? ExecutionScore,
    string GoalExpected,
    string GoalActual,
    ScoreSummary Scores);
