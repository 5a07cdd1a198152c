using Jixiao.Review.Facts;
using Jixiao.Review.Tables;
using Jixiao.Review.Text;

namespace Jixiao.Review.Checks;

/// <summary>
/// same-figure-differs: one quantity stated with two values — the satisfaction result, the total
/// score, the grade, the overall execution rate. Satisfaction figures are one quantity when the
/// report has a single satisfaction indicator (or names the same subject); several satisfaction
/// indicators are compared only subject by subject.
/// </summary>
public sealed class SameFigureCheck : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        var report = context.Report;
        context.Budget.Step(report.Satisfaction.Count + report.Rates.Count + report.Indicators.Count + report.Scores.Count + report.Labels.Count);
        // A batch summary states many projects' scores; "the total" is not one figure there.
        return report.Kind == ReportKind.BatchSummary
            ? [.. Satisfaction(report)]
            : [.. Satisfaction(report), .. TotalScore(report), .. Grade(report), .. ExecutionRate(report), .. ProjectBudget(report)];
    }

    static IEnumerable<Finding> Satisfaction(ReportAnalysis report)
    {
        var indicators = report.Indicators.Where(i => i.Name.Contains("满意", StringComparison.Ordinal))
            .Select(i => IndicatorExtractor.Key(i.Name)).Distinct().Count();
        var groups = indicators <= 1
            ? [report.Satisfaction.ToList()]
            : report.Satisfaction.GroupBy(s => s.Subject).Select(g => g.ToList()).ToList();
        foreach (var group in groups.Where(g => g.Count >= 2))
        {
            var distinct = group.DistinctBy(s => s.Percent.Value).ToList();
            var lines = group.Select(s => s.Line).ToList();
            if (distinct.Count == 1)
            {
                yield return Finding.Of(FindingCodes.SameFigureDiffers, Severity.Info,
                    $"满意度在各处均为 {distinct[0].Percent}%（{Num.Lines(lines)}）。", lines, ("value", distinct[0].Percent.Value));
                continue;
            }

            var a = distinct[0];
            var b = distinct[1];
            var sameSubject = a.Subject == b.Subject;
            var shown = string.Join("，", distinct.Select(s => $"第{s.Line}行“{s.Subject}满意度”{s.Percent}%"));
            yield return Finding.Of(FindingCodes.SameFigureDiffers, sameSubject ? Severity.Error : Severity.Warning,
                $"满意度前后不一致：{shown}" + (sameSubject ? "。" : "；报告只设一个满意度指标，应为同一数据，请核实。"),
                lines, ("first", a.Percent.Value), ("second", b.Percent.Value), ("difference", a.Percent.Value - b.Percent.Value));
        }
    }

    /// <summary>The labelled total, sentence totals and table total rows must agree.</summary>
    static IEnumerable<Finding> TotalScore(ReportAnalysis report)
    {
        var totals = new List<(StatedNumber Score, int Line)>();
        totals.AddRange(report.Labels.Where(l => l.Label is "评价分值" or "评价得分" or "综合得分" or "总得分")
            .Select(l => (FlatTable.ParseNumber(l.Value), l.Line)).Where(t => t.Item1 is not null).Select(t => (t.Item1!.Value, t.Line)));
        totals.AddRange(report.Scores.Where(s => s.Kind == ScoreKind.Total).Select(s => (s.Score, s.Line)));
        foreach (var table in report.Tables.Where(t => t.Has(ColumnRole.Score) && t.Has(ColumnRole.Level3)))
        {
            var total = table.Rows.FirstOrDefault(r => r.Kind == RowKind.Total);
            if (total is not null && table.Number(total, ColumnRole.Score) is { } n)
            {
                totals.Add((n, total.FirstLine));
            }
        }

        var distinct = totals.DistinctBy(t => t.Score.Value).ToList();
        if (distinct.Count > 1)
        {
            var lines = totals.Select(t => t.Line).ToList();
            yield return Finding.Of(FindingCodes.SameFigureDiffers, Severity.Error,
                $"总得分前后不一致：{string.Join("，", distinct.Select(t => $"第{t.Line}行为 {t.Score} 分"))}。",
                lines, ("first", distinct[0].Score.Value), ("second", distinct[1].Score.Value));
        }
    }

    static IEnumerable<Finding> Grade(ReportAnalysis report)
    {
        var grades = report.Grades.ToList();
        if (report.StatedGrade is { } labelled && !grades.Contains(labelled))
        {
            grades.Add(labelled);
        }

        var distinct = grades.DistinctBy(g => Normalise(g.Grade)).ToList();
        if (distinct.Count > 1 && report.Kind != ReportKind.BatchSummary)
        {
            yield return Finding.Of(FindingCodes.SameFigureDiffers, Severity.Error,
                $"评价等级前后不一致：{string.Join("，", distinct.Select(g => $"第{g.Line}行为“{g.Grade}”"))}。", grades.Select(g => g.Line));
        }
    }

    static string Normalise(string grade) => grade switch
    {
        "优秀" => "优",
        "良好" => "良",
        _ => grade,
    };

    /// <summary>
    /// A single project's budget named as such ("本项目预算安排", "该项目总投资") several times must agree,
    /// within one basis: 年初 and 全年 budgets differ legitimately.
    /// </summary>
    static IEnumerable<Finding> ProjectBudget(ReportAnalysis report)
    {
        if (report.Kind is not (ReportKind.SelfEvaluation or ReportKind.ProjectEvaluation or ReportKind.ResultFeedback))
        {
            yield break;
        }

        var named = report.Money.Where(m => m.Role == AmountRole.Budget && IsProjectBudget(m.Amount.Label)).ToList();
        foreach (var basis in named.GroupBy(m => m.Basis).Where(g => g.Count() >= 2))
        {
            var list = basis.ToList();
            var first = list[0].Amount;
            var other = list.FirstOrDefault(m => Math.Abs(m.Amount.Wan - first.Wan) > m.Amount.HalfUnitWan + first.HalfUnitWan)?.Amount;
            var lines = list.Select(m => m.Amount.Line).ToList();
            if (other is null)
            {
                yield return Finding.Of(FindingCodes.SameFigureDiffers, Severity.Info,
                    $"项目预算在 {list.Count} 处表述一致，均为 {first.ShownWan} 万元（{Num.Lines(lines)}）。", lines, ("value", first.Wan));
            }
            else
            {
                yield return Finding.Of(FindingCodes.SameFigureDiffers, Severity.Warning,
                    $"项目预算前后不一致：第{first.Line}行“{first.Label}”为 {first.ShownWan} 万元，第{other.Line}行“{other.Label}”为 {other.ShownWan} 万元；若口径不同请注明。",
                    [first.Line, other.Line], ("first", first.Wan), ("second", other.Wan), ("difference", first.Wan - other.Wan));
            }
        }
    }

    static bool IsProjectBudget(string label) =>
        label.Contains("项目", StringComparison.Ordinal)
        && (label.Contains("预算", StringComparison.Ordinal) || label.Contains("资金总数", StringComparison.Ordinal)
            || label.Contains("总投资", StringComparison.Ordinal) || label.Contains("资金总额", StringComparison.Ordinal))
        && !new[] { "支出", "执行", "到位", "下达", "拨付", "结转", "追加", "调整", "申请", "其中", "部分", "子项目", "单个", "每个", "各" }
            .Any(w => label.Contains(w, StringComparison.Ordinal));

    /// <summary>A single project's overall execution rate stated several times must agree.</summary>
    static IEnumerable<Finding> ExecutionRate(ReportAnalysis report)
    {
        if (report.Kind is not (ReportKind.SelfEvaluation or ReportKind.ProjectEvaluation or ReportKind.ResultFeedback))
        {
            yield break;
        }

        var rates = report.Rates.Where(r => r.Kind == RateKind.Execution && !r.Rate.Label.Contains("基本", StringComparison.Ordinal)
            && !r.Rate.Label.Contains("项目支出", StringComparison.Ordinal)).ToList();
        if (rates.Count < 2)
        {
            yield break;
        }

        var first = rates[0].Rate;
        var differing = rates.FirstOrDefault(r => Math.Abs(r.Rate.Value - first.Value) > r.Rate.Stated.HalfUnit + first.Stated.HalfUnit);
        var lines = rates.Select(r => r.Rate.Line).ToList();
        if (differing is null)
        {
            yield return Finding.Of(FindingCodes.SameFigureDiffers, Severity.Info,
                $"预算执行率在 {rates.Count} 处表述一致，均为 {first.Stated}%（{Num.Lines(lines)}）。", lines, ("value", first.Value));
        }
        else
        {
            yield return Finding.Of(FindingCodes.SameFigureDiffers, Severity.Warning,
                $"预算执行率前后不一致：第{first.Line}行为 {first.Stated}%，第{differing.Rate.Line}行为 {differing.Rate.Stated}%；若指不同口径请注明。",
                [first.Line, differing.Rate.Line], ("first", first.Value), ("second", differing.Rate.Value));
        }
    }
}
