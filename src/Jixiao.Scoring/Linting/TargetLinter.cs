using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Targets;
using static Jixiao.Scoring.Targets.TargetValue;

namespace Jixiao.Scoring.Linting;

/// <summary>
/// Checks declared targets the way a finance bureau reviews them (DOMAIN §3): measurable, with a unit that fits
/// the name, pointing the right way, not duplicated, costs within the budget, weights adding up.
/// </summary>
public static class TargetLinter
{
    // Words of change without a measure: "有效强化", "明显提升" cannot be checked at year end.
    private static readonly string[] VagueWords = ["强化", "提升", "提高", "改善", "加强", "增强", "进一步", "不断", "明显", "显著", "大幅", "逐步", "较大", "较好", "尽量", "力争"];

    public static IReadOnlyList<Finding> Lint(IReadOnlyList<DeclaredTarget> targets, LintOptions? options = null)
    {
        options ??= new LintOptions();
        var findings = new List<Finding>();
        var parsed = new List<(DeclaredTarget Declared, TargetValue Value)>();
        foreach (var declared in targets)
        {
            if (string.IsNullOrWhiteSpace(declared.TargetText))
            {
                continue; // deduction-scored rows (决策, 过程) carry no target
            }
            var result = TargetParser.Parse(declared.TargetText);
            if (!result.IsSuccess)
            {
                findings.Add(new(LintCodes.Unreadable, Severity.Error, declared.Name, $"“{declared.Name}”的目标值“{declared.TargetText}”无法识别：{result.Error!.Message}"));
                continue;
            }
            parsed.Add((declared, result.Value));
            CheckOne(declared, result.Value, findings);
        }
        CheckDuplicates(targets, findings);
        CheckCosts(parsed, options, findings);
        CheckWeights(targets, options, findings);
        return findings;
    }

    private static void CheckOne(DeclaredTarget declared, TargetValue target, List<Finding> findings)
    {
        var name = declared.Name;
        var (bare, nameUnit) = NameUnits.Split(name);
        if (target.IsQualitative)
        {
            var vague = VagueWords.FirstOrDefault(w => target.Text!.Contains(w, StringComparison.Ordinal));
            if (vague is not null)
            {
                findings.Add(new(LintCodes.Vague, Severity.Warning, name, $"“{name}”的目标值“{target}”含“{vague}”，不可衡量；应写成数值和单位（如“≥95%”），或写明可判定的定性标准"));
            }
            return;
        }
        var unit = target.Unit.Length > 0 ? target.Unit : nameUnit;
        if (unit.Length == 0)
        {
            findings.Add(new(LintCodes.UnitMissing, Severity.Warning, name, $"“{name}”的目标值“{target}”没有单位"));
        }
        var measure = NameUnits.MeasureOf(bare);
        if (unit.Length > 0 && !NameUnits.Fits(measure, unit))
        {
            findings.Add(new(LintCodes.UnitUnfitting, Severity.Warning, name, $"“{name}”按名称应以{NameUnits.Describe(measure)}计量，目标值单位却是“{unit}”"));
        }
        else if (target.Unit.Length > 0 && nameUnit.Length > 0 && !Units.AreCompatible(target.Unit, nameUnit))
        {
            findings.Add(new(LintCodes.UnitUnfitting, Severity.Warning, name, $"“{name}”名称中的单位“{nameUnit}”与目标值单位“{target.Unit}”不一致"));
        }
        CheckDirection(declared, target, findings);
    }

    private static void CheckDirection(DeclaredTarget declared, TargetValue target, List<Finding> findings)
    {
        var name = declared.Name;
        var category = LevelNames.Categorize(declared.Level2, name);
        var byKind = RuleResolver.ByKind(declared.Level2, name, target);
        if (byKind is { } kind && RuleResolver.OperatorDisagrees(kind, target.Operator))
        {
            var advice = category switch
            {
                IndicatorCategory.Satisfaction => "满意度目标应写作“≥”，如“≥95%”",
                IndicatorCategory.Cost => "成本指标越低越好，应写作“≤”",
                _ => "时限指标越早越好，应写作“≤”",
            };
            findings.Add(new(LintCodes.OperatorDirection, Severity.Warning, name, $"“{name}”的目标值“{target}”方向不对：{advice}"));
        }
        else if (byKind == ScoringMethod.Reverse && target.Operator is TargetOperator.Equal or TargetOperator.None)
        {
            findings.Add(new(LintCodes.CostWrittenEqual, Severity.Info, name, $"“{name}”写作“{target}”，将按反向（≤{Format(target.Value)}{target.Unit}）计分"));
        }
        var declaredMethod = declared.Direction switch
        {
            IndicatorDirection.Positive => ScoringMethod.Positive,
            IndicatorDirection.Reverse => ScoringMethod.Reverse,
            _ => (ScoringMethod?)null,
        };
        if (declaredMethod is { } d && byKind is { } k && d != k)
        {
            findings.Add(new(LintCodes.OperatorDirection, Severity.Warning, name, $"“{name}”标为{declared.Direction!.Value.ToChinese()}，但按指标类别应为{k.ToChinese()}，计分按{k.ToChinese()}"));
        }
        if (target.Operator.IsStrict())
        {
            findings.Add(new(LintCodes.StrictOperator, Severity.Info, name, $"“{name}”使用严格不等号“{target.Operator.Symbol()}”：恰好等于{Format(target.Value)}{target.Unit}时是否达标不明确，建议改为“{(target.Operator == TargetOperator.GreaterThan ? "≥" : "≤")}”"));
        }
    }

    private static void CheckDuplicates(IReadOnlyList<DeclaredTarget> targets, List<Finding> findings)
    {
        foreach (var group in targets.GroupBy(t => NameUnits.Split(t.Name).Bare).Where(g => g.Key.Length > 0 && g.Count() > 1))
        {
            var places = group.Select(t => $"{t.Level1}/{t.Level2}").Distinct().ToList();
            var where = places.Count > 1 ? $"出现在{string.Join("与", places.Select(p => $"“{p}”"))}下" : $"在“{places[0]}”下出现{group.Count()}次";
            findings.Add(new(LintCodes.Duplicate, Severity.Warning, group.Key, $"指标“{group.Key}”重复：{where}"));
        }
    }

    private static void CheckCosts(List<(DeclaredTarget Declared, TargetValue Value)> parsed, LintOptions options, List<Finding> findings)
    {
        if (options.BudgetWanYuan is not { } budget)
        {
            return;
        }
        var totalYuan = 0m;
        var names = new List<string>();
        foreach (var (declared, value) in parsed)
        {
            var (bare, nameUnit) = NameUnits.Split(declared.Name);
            var unit = value.Unit.Length > 0 ? value.Unit : nameUnit;
            var isCost = LevelNames.Categorize(declared.Level2, declared.Name) == IndicatorCategory.Cost;
            if (isCost && value.Kind == TargetKind.Number && Units.IsMoney(unit) && !NameUnits.IsPerUnit(bare, unit))
            {
                // Capped so that absurd amounts cannot overflow the sum; anything this large is over any budget anyway.
                totalYuan = Math.Min(totalYuan + value.Value * Units.YuanPerUnit(unit), 1e27m);
                names.Add(declared.Name);
            }
        }
        var total = totalYuan / 10_000m;
        if (total > budget)
        {
            findings.Add(new(LintCodes.CostOverBudget, Severity.Error, null,
                $"成本指标（{names.Count}项）合计 {Traces.S(total)}万元，超过预算 {Traces.S(budget)}万元（元与万元已统一折算；人均、单位等单项成本不计入）"));
        }
    }

    private static void CheckWeights(IReadOnlyList<DeclaredTarget> targets, LintOptions options, List<Finding> findings)
    {
        foreach (var t in targets.Where(t => t.Points is <= 0m))
        {
            findings.Add(new(LintCodes.WeightNotPositive, Severity.Error, t.Name, $"“{t.Name}”的分值应大于0，实际为 {Format(t.Points!.Value)}"));
        }
        if (targets.Count == 0 || targets.Any(t => t.Points is null))
        {
            return;
        }
        var framework = options.Framework;
        var levels = framework?.Levels.Where(l => !(options.SkipBudgetExecutionLevel && l.IsBudgetExecution)).ToList();
        var expected = options.ExpectedTotal ?? levels?.Sum(l => l.Points) ?? 100m;
        var sum = targets.Sum(t => t.Points!.Value);
        if (sum != expected)
        {
            findings.Add(new(LintCodes.WeightsSum, Severity.Error, null, $"指标分值合计 {Format(sum)}，应为 {Format(expected)}"));
        }
        foreach (var level in levels ?? [])
        {
            var inLevel = targets.Where(t => LevelNames.SameLevel(t.Level1, level.Name)).Sum(t => t.Points!.Value);
            if (inLevel != level.Points)
            {
                findings.Add(new(LintCodes.LevelWeightsSum, Severity.Warning, level.Name, $"一级指标“{level.Name}”分值合计 {Format(inLevel)}，框架规定为 {Format(level.Points)}"));
            }
        }
    }
}
