using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Linting;

namespace Jixiao.App.Evaluations;

/// <summary>
/// Whether an evaluation's rows still add up: each first level keeps the points its framework gives it (决策 15, 过程 20 …)
/// however the team rebalanced or added 项目个性指标 beneath it. The check is the scoring core's FrameworkValidator, run
/// on a framework rebuilt from the rows.
/// </summary>
public static class EvaluationWeights
{
    public static IReadOnlyList<string> Check(Evaluation evaluation)
    {
        if (BuiltInFrameworks.ById(evaluation.FrameworkId) is not { } framework)
        {
            return [];
        }
        var rows = evaluation.Indicators.OrderBy(i => i.Order).ToList();
        var levels = framework.Levels.Select(level => level with
        {
            Children = rows.Where(r => r.Level1 == level.Name).GroupBy(r => r.Level2)
                .Select(g => new SecondLevel(g.Key, g.Select(r => new IndicatorTemplate(r.Name, r.Points, r.Method)).ToList())).ToList(),
        }).ToList();
        var strays = rows.Where(r => framework.Levels.All(l => l.Name != r.Level1)).Select(r => $"“{r.Name}”的一级指标“{r.Level1}”不在评价框架中。");
        var rebuilt = framework with { Levels = levels };
        return FrameworkValidator.Validate(rebuilt).Where(f => f.Severity == Severity.Error && f.Code is "weights-sum" or "level-weights-sum" or "weight-not-positive")
            .Select(f => f.Message + "。").Concat(strays).ToList();
    }
}
