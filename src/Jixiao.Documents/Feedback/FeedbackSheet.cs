using Jixiao.Documents.Common;

namespace Jixiao.Documents.Feedback;

/// <summary>
/// A 评价结果反馈 sheet (DOMAIN §7.2), one per project, sent by the finance bureau to the unit.
/// Total and grade come from the scoring core.
/// </summary>
/// <remarks>Jurisdiction: the place named in the title, e.g. "昌江区".</remarks>
public sealed record FeedbackSheet(
    string Jurisdiction,
    ProjectFacts Project,
    EvaluationFacts Evaluation,
    decimal? Total,
    string Grade,
    string BasicSituation,
    string MainPerformance,
    IReadOnlyList<TextBlock> Problems,
    IReadOnlyList<TextBlock> Recommendations);
