using Jixiao.Documents.Common;
using Jixiao.Documents.ProjectEvaluation;
using Jixiao.Documents.Scores;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Targets;

namespace Jixiao.Documents.Demo;

/// <summary>
/// Deterministic synthetic project reports for benchmarks: names, units, amounts, narratives and
/// the actual values of the quantitative indicators vary with the index; the core scores each one.
/// </summary>
public static class SyntheticReports
{
    private static readonly string[] Departments = ["教育体育局", "民政局", "农业农村局", "交通运输局", "卫生健康委员会", "住房和城乡建设局", "公安分局", "文化广电旅游局"];
    private static readonly string[] Works = ["校舍维修改造", "最低生活保障", "高标准农田建设", "农村公路养护", "基本公共卫生服务", "老旧小区改造", "智慧警务平台运维", "公共文化服务"];
    private static readonly string[] Sources = ["一般公共预算", "政府性基金", "上级转移支付", "上年结转"];

    public static ProjectEvaluationReport Project(int index)
    {
        var random = new Random(index);
        var department = "昌江区" + Departments[index % Departments.Length];
        var name = $"{2023}年度{Works[index % Works.Length]}项目（第{index + 1}批）";
        var lines = Enumerable.Range(0, 1 + random.Next(3)).Select(i =>
        {
            var budget = random.Next(100_000, 50_000_000) + (random.Next(100) / 100m);
            var spent = Math.Round(budget * (0.7m + (random.Next(300) / 1000m)), 2);
            return new FundingLine(Sources[i], budget, budget, spent);
        }).ToList();

        // Percent actuals between 80% and 120% of what the demo reached, so scores and charts differ.
        var indicators = DemoScores.Indicators.Select(i => i.Actual is { IsNumeric: true, Unit: "%" } actual
            ? i with { Actual = TargetValue.Number(Math.Round(actual.Value * (0.8m + (random.Next(400) / 1000m)), 2), "%") }
            : i).ToList();

        var demo = DemoProjectReport.Create();
        return demo with
        {
            Scores = CoreScores.Score(indicators, framework: BuiltInFrameworks.Project),
            Project = new ProjectFacts(name, 2023, department, department, (200001 + index).ToString(System.Globalization.CultureInfo.InvariantCulture), "2023年1月—2023年12月"),
            Funding = lines,
            Narratives = new Dictionary<string, string>(demo.Narratives)
            {
                ["basic"] = $"{department}负责实施{name}，资金用于{Works[index % Works.Length]}，惠及辖区群众。",
            },
        };
    }
}
