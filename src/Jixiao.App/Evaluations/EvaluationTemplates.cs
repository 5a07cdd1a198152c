using System.Globalization;
using Jixiao.App.Projects;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;

namespace Jixiao.App.Evaluations;

/// <summary>
/// The indicator rows a new evaluation starts from: every third-level indicator of its framework with points, rule
/// and 评分标准. Rows the core can compute get a target; the two funding rates of a project are filled from its
/// funding lines (资金到位率, 预算执行率), so the team checks rather than retypes them.
/// </summary>
public static class EvaluationTemplates
{
    public static List<EvaluationIndicator> Rows(Guid evaluationId, Framework framework, ProjectFunding? funding = null)
    {
        var rows = new List<EvaluationIndicator>();
        foreach (var level in framework.Levels)
        {
            foreach (var second in level.Children)
            {
                foreach (var template in second.Indicators)
                {
                    var row = new EvaluationIndicator
                    {
                        EvaluationId = evaluationId, Order = rows.Count + 1, Level1 = level.Name, Level2 = second.Name, Name = template.Name,
                        Points = template.Points, Method = template.Method, Standard = template.Standard ?? DefaultStandard(template),
                        TargetText = DefaultTarget(template),
                    };
                    row.ActualText = funding is null ? "" : FundingActual(template.Name, funding) ?? "";
                    rows.Add(row);
                }
            }
        }
        return rows;
    }

    private static string DefaultTarget(IndicatorTemplate template) => template.Method switch
    {
        ScoringMethod.Positive when template.Name.Contains("满意度", StringComparison.Ordinal) => "≥90%",
        ScoringMethod.Positive or ScoringMethod.BudgetExecution => "≥100%",
        _ => "",
    };

    private static string DefaultStandard(IndicatorTemplate template) => template.Method switch
    {
        ScoringMethod.Deduction or null => $"满分 {template.Points.ToString("0.##", CultureInfo.InvariantCulture)} 分，按核查情况扣分，每项扣分须说明原因。",
        ScoringMethod.Reverse => "实际值不高于目标值得满分，超出部分按规则扣分。",
        _ => "实际值达到目标值得满分，未达到按比例得分。",
    };

    private static string? FundingActual(string name, ProjectFunding funding)
    {
        var rate = name switch
        {
            "资金到位率" => funding.ReceivedRate,
            "预算执行率" => funding.ExecutionRate,
            _ => null,
        };
        return rate?.ToString("0.##", CultureInfo.InvariantCulture) + (rate is null ? null : "%");
    }
}
