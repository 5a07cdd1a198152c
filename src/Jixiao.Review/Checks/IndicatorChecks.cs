using System.Text.RegularExpressions;
using Jixiao.Review.Facts;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Targets;

namespace Jixiao.Review.Checks;

/// <summary>
/// The target linter's view of the report's indicators: duplicate-indicator, unit-mismatch,
/// vague-target and operator-direction (warnings), and the cost targets against the budget.
/// Targets are read and directions resolved by the scoring core, never here.
/// </summary>
public sealed partial class IndicatorChecks : IReviewCheck
{
    public IEnumerable<Finding> Run(ReviewContext context)
    {
        var report = context.Report;
        context.Budget.Step((report.Indicators.Count * 8) + report.Money.Count);
        return [.. Duplicates(report), .. Units_(report), .. Vague(report), .. Direction(report), .. CostAgainstBudget(report)];
    }

    static IEnumerable<Finding> Duplicates(ReportAnalysis report)
    {
        // The same indicator in the target list and again in a scoring table is not a duplicate.
        foreach (var source in report.Indicators.GroupBy(i => i.Source))
        {
            foreach (var same in source.GroupBy(i => IndicatorExtractor.Key(i.Name)).Where(g => g.Count() > 1))
            {
                var list = same.ToList();
                var places = string.Join("、", list.Select(i => $"“{(i.Level2.Length > 0 ? i.Level2 : i.Level1)}”（第{i.Line}行）"));
                var differentLevels = list.Select(i => i.Level2).Distinct().Count() > 1;
                yield return Finding.Of(FindingCodes.DuplicateIndicator, Severity.Warning,
                    differentLevels
                        ? $"指标“{list[0].Name}”重复出现在 {places} 下：同一指标不应归入两个类别。"
                        : $"指标“{list[0].Name}”在 {places} 重复列出。",
                    list.Select(i => i.Line), ("count", list.Count));
            }
        }
    }

    /// <summary>A count ("缴费月数", "人数", "批次") measured in money is a mislabelled unit.</summary>
    static IEnumerable<Finding> Units_(ReportAnalysis report)
    {
        foreach (var indicator in report.Indicators)
        {
            var countWord = CountName().Match(indicator.Name);
            if (!countWord.Success)
            {
                continue;
            }

            var target = TargetParser.Parse(indicator.Target);
            var unit = indicator.NameUnit.Length > 0 ? indicator.NameUnit : target.IsSuccess ? target.Value.Unit : string.Empty;
            if (unit.Length > 0 && Units.IsMoney(unit))
            {
                yield return Finding.Of(FindingCodes.UnitMismatch, Severity.Warning,
                    $"指标“{indicator.Name}”是{countWord.Value}，计量单位却是“{unit}”（第{indicator.Line}行）：单位与指标不符，应为月、次、人等计数单位，或改为相应的费用指标名称。",
                    [indicator.Line]);
            }
        }
    }

    static IEnumerable<Finding> Vague(ReportAnalysis report)
    {
        foreach (var indicator in report.Indicators.Where(i => i.Target.Length > 0))
        {
            var target = TargetParser.Parse(indicator.Target);
            if (!target.IsSuccess || !target.Value.IsQualitative)
            {
                continue;
            }

            var word = VagueWord().Match(indicator.Target);
            if (word.Success)
            {
                yield return Finding.Of(FindingCodes.VagueTarget, Severity.Warning,
                    $"指标“{indicator.Name}”的目标值“{indicator.Target}”不可衡量（“{word.Value}”无法核验）：应写明数值与单位，或可核验的状态（第{indicator.Line}行）。",
                    [indicator.Line]);
            }
        }
    }

    /// <summary>The scoring core decides the direction from the indicator's kind; a typed operator pointing the other way is flagged.</summary>
    static IEnumerable<Finding> Direction(ReportAnalysis report)
    {
        foreach (var indicator in report.Indicators.Where(i => i.Target.Length > 0))
        {
            var target = TargetParser.Parse(indicator.Target);
            if (!target.IsSuccess || !target.Value.IsNumeric)
            {
                continue;
            }

            var method = RuleResolver.Resolve(indicator.Level2, indicator.Name, target.Value, null);
            if (RuleResolver.OperatorDisagrees(method, target.Value.Operator))
            {
                var expected = method == ScoringMethod.Positive ? "≥" : "≤";
                yield return Finding.Of(FindingCodes.OperatorDirection, Severity.Warning,
                    $"指标“{indicator.Name}”的目标写为“{indicator.Target}”，但该类指标为{method.ToChinese()}指标，比较符号应为“{expected}”（第{indicator.Line}行）。",
                    [indicator.Line], ("target", target.Value.Value));
            }
        }
    }

    /// <summary>Total-cost targets in money (not per-unit costs) together stay within the project's budget.</summary>
    static IEnumerable<Finding> CostAgainstBudget(ReportAnalysis report)
    {
        if (report.Kind is ReportKind.BatchSummary or ReportKind.DepartmentEvaluation)
        {
            yield break;
        }

        foreach (var source in report.Indicators.GroupBy(i => i.Source))
        {
            var costs = new List<(IndicatorFact Indicator, decimal Wan, decimal Half)>();
            foreach (var indicator in source.Where(i => Scoring.Frameworks.LevelNames.Categorize(i.Level2, i.Name) == Scoring.Frameworks.IndicatorCategory.Cost))
            {
                var target = TargetParser.Parse(indicator.Target);
                if (!target.IsSuccess || !target.Value.IsNumeric || PerUnit().IsMatch(indicator.Name)
                    || !Units.TryConvert(target.Value.Value, target.Value.Unit, Units.WanYuan, out var wan))
                {
                    continue;
                }

                Units.TryConvert(HalfUnit(indicator.Target), target.Value.Unit, Units.WanYuan, out var half);
                costs.Add((indicator, wan, half));
            }

            var budget = report.Money.FirstOrDefault(m => m.Role == AmountRole.Budget);
            if (costs.Count < 2 || budget is null)
            {
                continue;
            }

            var sum = costs.Sum(c => c.Wan);
            var tolerance = costs.Sum(c => c.Half) + budget.Amount.HalfUnitWan;
            var lines = costs.Select(c => c.Indicator.Line).Append(budget.Amount.Line).ToList();
            (string, decimal)[] numbers = [("sum", sum), ("budget", budget.Amount.Wan), ("difference", sum - budget.Amount.Wan)];
            if (sum <= budget.Amount.Wan + tolerance)
            {
                var relation = Math.Abs(sum - budget.Amount.Wan) <= tolerance ? "=" : "≤";
                yield return Finding.Of(FindingCodes.PartsTotal, Severity.Info,
                    $"成本指标合计 {Num.F(sum)} 万元 {relation} 预算 {budget.Amount.ShownWan} 万元（{costs.Count} 项成本指标，第{budget.Amount.Line}行为预算）。", lines, numbers);
            }
            else
            {
                yield return Finding.Of(FindingCodes.PartsTotal, Severity.Error,
                    $"成本指标合计 {Num.F(sum)} 万元，超过预算 {budget.Amount.ShownWan} 万元 {Num.F(sum - budget.Amount.Wan)} 万元（{Num.Lines(lines)}）。", lines, numbers);
            }
        }
    }

    /// <summary>Half a unit of the last digit written in a target: "=68.95（万元）" → 0.005.</summary>
    static decimal HalfUnit(string target)
    {
        var m = Digits().Match(target);
        return m.Success && Text.StatedNumber.TryParse(m.Value, out var n) ? n.HalfUnit : 0m;
    }

    [GeneratedRegex(@"月数|次数|人数|个数|批次|天数|户数|件数|台数|辆数|人次|场次|期数")]
    private static partial Regex CountName();

    // A direction of change ("强化", "提升", "保障") or a degree ("明显", "进一步") has no state to verify; a level
    // word alone ("有效", "健全", "规范") does.
    [GeneratedRegex(@"(?:有效|明显|显著|进一步|逐步|大幅|稳步|持续|不断|切实|全面|积极)?(?:提升|提高|强化|加强|改善|增强|促进|推动|保障|优化)|明显|显著|进一步|逐步|大幅|稳步|持续|不断|切实")]
    private static partial Regex VagueWord();

    [GeneratedRegex(@"人均|单位|每|单价|平均|标准")]
    private static partial Regex PerUnit();

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Digits();
}
