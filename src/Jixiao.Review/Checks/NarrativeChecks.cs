using System.Text.RegularExpressions;
using Jixiao.Review.Facts;

namespace Jixiao.Review.Checks;

/// <summary>
/// Judgement calls, reported as warnings: self-score-with-problems (full marks beside the report's
/// own list of problems) and contradiction (a sentence the figures refute).
/// </summary>
public sealed partial class NarrativeChecks : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        var report = context.Report;
        // Claim lines are few; each looks through the rates and indicators once.
        var claims = report.Text.Lines.Count(l => FullArrival().IsMatch(l.Text) || NoDeviation().IsMatch(l.Text)) + 1;
        context.Budget.Step(report.Text.Lines.Count + (claims * (report.Rates.Count + report.Indicators.Count)));
        return [.. SelfScore(report), .. FullArrivalClaims(report), .. NoDeviationClaims(report), .. PaymentProblems(report)];
    }

    static IEnumerable<Finding> SelfScore(ReportAnalysis report)
    {
        if (report.Kind is ReportKind.BatchSummary or ReportKind.ResultFeedback || report.TotalScore is not { } total
            || report.Problems is not { Items.Count: > 0 } problems || total.Score.Value < 100m)
        {
            yield break;
        }

        var problemLines = problems.Items.Select(i => i.Number).ToList();
        var who = report.Kind == ReportKind.SelfEvaluation ? "自评得分" : "总得分";
        yield return Finding.Of(FindingCodes.SelfScoreWithProblems, Severity.Warning,
            $"{who}为满分 {total.Score} 分（第{total.Line}行），但报告在“{problems.Title}”中列出了 {problems.Items.Count} 段存在的问题（{Num.Lines(problemLines)}）：有问题却未扣分，评分可能偏高，请核实相关指标的扣分。",
            problemLines.Prepend(total.Line), ("score", total.Score.Value), ("problems", problems.Items.Count));
    }

    /// <summary>"足额拨付到位" / "全部到位" while the stated arrival figures fall short.</summary>
    static IEnumerable<Finding> FullArrivalClaims(ReportAnalysis report)
    {
        foreach (var line in report.Text.Lines.Where(l => FullArrival().IsMatch(l.Text)))
        {
            var arrival = report.Rates.FirstOrDefault(r => r.Kind == RateKind.Arrival && Math.Abs(r.Rate.Line - line.Number) <= 3 && r.Rate.Value < 100m);
            if (arrival is not null)
            {
                yield return Finding.Of(FindingCodes.Contradiction, Severity.Warning,
                    $"第{line.Number}行称资金足额（全部）到位，但第{arrival.Rate.Line}行资金到位率为 {arrival.Rate.Stated}%。",
                    [line.Number, arrival.Rate.Line], ("arrivalRate", arrival.Rate.Value));
            }
        }
    }

    /// <summary>"预算执行进度与绩效指标无偏差" while execution or an indicator's completion is below 100%.</summary>
    static IEnumerable<Finding> NoDeviationClaims(ReportAnalysis report)
    {
        foreach (var line in report.Text.Lines.Where(l => NoDeviation().IsMatch(l.Text)))
        {
            var shortfall = report.Rates.FirstOrDefault(r => r.Kind is RateKind.Execution or RateKind.Completion && r.Rate.Line == line.Number && r.Rate.Value < 100m);
            var incomplete = report.Indicators.FirstOrDefault(i => i.Completion is { } c && c.Value < 100m);
            if (shortfall is not null)
            {
                yield return Finding.Of(FindingCodes.Contradiction, Severity.Warning,
                    $"第{line.Number}行称“{NoDeviation().Match(line.Text).Value}”，但同一处{shortfall.Rate.Label} 为 {shortfall.Rate.Stated}%。", [line.Number], ("rate", shortfall.Rate.Value));
            }
            else if (incomplete is not null)
            {
                yield return Finding.Of(FindingCodes.Contradiction, Severity.Warning,
                    $"第{line.Number}行称“{NoDeviation().Match(line.Text).Value}”，但指标“{incomplete.Name}”完成率为 {incomplete.Completion}%（第{incomplete.Line}行）。",
                    [line.Number, incomplete.Line], ("completion", incomplete.Completion!.Value.Value));
            }
        }
    }

    /// <summary>Execution stated as 100% while the report's own problems say payments were late or not made.</summary>
    static IEnumerable<Finding> PaymentProblems(ReportAnalysis report)
    {
        if (report.Problems is not { } problems)
        {
            yield break;
        }

        var late = problems.Items.FirstOrDefault(i => LatePayment().IsMatch(i.Text));
        var full = report.Rates.FirstOrDefault(r => r.Kind == RateKind.Execution && r.Rate.Value >= 100m);
        if (late is not null && full is not null)
        {
            var phrase = LatePayment().Match(late.Text).Value;
            yield return Finding.Of(FindingCodes.Contradiction, Severity.Warning,
                $"第{full.Rate.Line}行称预算执行率 {full.Rate.Stated}%，而第{late.Number}行的问题称“{phrase}”：两者难以同时成立，请核实支付情况。",
                [full.Rate.Line, late.Number], ("executionRate", full.Rate.Value));
        }
    }

    [GeneratedRegex(@"足额(拨付)?到位|全部到位|全额到位|足额拨付")]
    private static partial Regex FullArrival();

    [GeneratedRegex(@"无偏差|不存在偏差|没有偏差|各项指标均已完成|指标全部完成|全面完成了?(各项)?(绩效)?(目标|指标)|均达到(了)?(预期|年初)?(绩效)?目标")]
    private static partial Regex NoDeviation();

    [GeneratedRegex(@"(没能|未能|没有|不能)及时(支付|拨付)|支付(进度)?滞后|资金(沉淀|闲置)|执行(进度)?(缓慢|滞后)")]
    private static partial Regex LatePayment();
}
