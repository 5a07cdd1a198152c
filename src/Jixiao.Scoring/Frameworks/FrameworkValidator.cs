using Jixiao.Scoring.Linting;
using Jixiao.Scoring.Settings;
using static Jixiao.Scoring.Targets.TargetValue;

namespace Jixiao.Scoring.Frameworks;

/// <summary>Checks a framework before it is used: weights add up, every weight positive, no indicator twice, levels in the right place.</summary>
public static class FrameworkValidator
{
    // Where each second level belongs; a second level under another first level is a mistake.
    private static readonly Dictionary<string, string[]> Home = new()
    {
        ["产出"] = ["数量", "质量", "时效", "成本"],
        ["效益"] = ["经济效益", "社会效益", "生态效益", "可持续影响", "项目效益", "实施效益"],
        ["决策"] = ["项目立项", "立项", "绩效目标", "资金投入"],
        ["过程"] = ["资金管理", "组织实施", "预算执行", "预算管理"],
    };

    public static IReadOnlyList<Finding> Validate(Framework framework, JurisdictionSettings? settings = null)
    {
        settings ??= JurisdictionSettings.Default;
        var findings = new List<Finding>();
        if (framework.Levels.Count == 0)
        {
            findings.Add(new("framework-empty", Severity.Error, null, "评价框架中没有一级指标"));
            return findings;
        }
        var sum = framework.Levels.Sum(l => l.Points);
        if (sum != framework.Total)
        {
            findings.Add(new("weights-sum", Severity.Error, null, $"一级指标分值合计为 {Format(sum)}，应等于总分 {Format(framework.Total)}"));
        }
        var seen = new Dictionary<string, string>();
        foreach (var level in framework.Levels)
        {
            if (level.Points <= 0m)
            {
                findings.Add(new("weight-not-positive", Severity.Error, level.Name, $"一级指标“{level.Name}”的分值应大于0，实际为 {Format(level.Points)}"));
            }
            CheckLevel(framework, level, findings, seen);
        }
        if (framework.Kind == FrameworkKind.Project)
        {
            var share = framework.Levels.Where(l => LevelNames.Canonical(l.Name) is "产出" or "效益").Sum(l => l.Points);
            if (share < settings.MinOutputAndBenefitShare * framework.Total)
            {
                findings.Add(new("output-benefit-share", Severity.Warning, null,
                    $"产出与效益分值合计 {Format(share)}，低于总分的 {Format(settings.MinOutputAndBenefitShare * 100m)}%（{Format(settings.MinOutputAndBenefitShare * framework.Total)}分）"));
            }
        }
        return findings;
    }

    private static void CheckLevel(Framework framework, FirstLevel level, List<Finding> findings, Dictionary<string, string> seen)
    {
        var level1 = LevelNames.Canonical(level.Name);
        foreach (var child in level.Children)
        {
            var level2 = LevelNames.Canonical(child.Name);
            var owner = Home.FirstOrDefault(h => h.Value.Contains(level2)).Key;
            if (owner is not null && owner != level1 && framework.FindLevel(owner) is not null)
            {
                findings.Add(new("level2-misplaced", Severity.Error, child.Name, $"二级指标“{child.Name}”属于“{owner}”，不应放在一级指标“{level.Name}”下"));
            }
            foreach (var indicator in child.Indicators)
            {
                if (indicator.Points <= 0m)
                {
                    findings.Add(new("weight-not-positive", Severity.Error, indicator.Name, $"三级指标“{indicator.Name}”的分值应大于0，实际为 {Format(indicator.Points)}"));
                }
                var key = LevelNames.Canonical(indicator.Name);
                if (seen.TryGetValue(key, out var where))
                {
                    findings.Add(new("indicator-duplicate", Severity.Error, indicator.Name, $"三级指标“{indicator.Name}”出现两次（“{where}”与“{level.Name}/{child.Name}”）"));
                }
                else
                {
                    seen[key] = $"{level.Name}/{child.Name}";
                }
            }
        }
        var defined = level.Children.Where(c => c.Points is not null).Sum(c => c.Points!.Value);
        var allDefined = level.Children.Count > 0 && level.Children.All(c => c.Points is not null);
        if (allDefined && defined != level.Points)
        {
            findings.Add(new("level-weights-sum", Severity.Error, level.Name, $"一级指标“{level.Name}”下三级指标分值合计 {Format(defined)}，应等于 {Format(level.Points)}"));
        }
        else if (!allDefined && defined > level.Points)
        {
            findings.Add(new("level-weights-sum", Severity.Error, level.Name, $"一级指标“{level.Name}”下已定义的三级指标分值合计 {Format(defined)}，超过 {Format(level.Points)}"));
        }
    }
}
