using Jixiao.Documents.Common;
using Jixiao.Documents.Department;
using Jixiao.Documents.Scores;
using Jixiao.Scoring.Rules;

namespace Jixiao.Documents.Demo;

/// <summary>A whole-department report modelled on the 万载县机关事务管理中心 2022 self-evaluation (samples/).</summary>
public static class DemoDepartmentReport
{
    public static DepartmentReport Create() => new(
        "万载县机关事务管理中心",
        2022,
        new EvaluationFacts("部门评价", "万载县机关事务管理中心", string.Empty, "李建华", new DateOnly(2023, 4, 20)),
        [
            new("一般公共服务支出", 6_123_456.78m, 3_210_987.65m, 1_234_567.89m, 1_612_345.67m),
            new("社会保障和就业支出", 512_345.61m, 498_765.43m, 0m, 12_345.67m),
            new("卫生健康支出", 236_789.45m, 201_234.56m, 0m, 30_000.00m),
            new("住房保障支出", 345_678.90m, 345_678.90m, 0m, 0m),
        ],
        Scores(),
        new Dictionary<string, string>
        {
            ["overview"] = "主要职能：负责党政大楼及公共机构节能管理，机关食堂、交流干部楼餐饮服务和管理，县委、县政府大中型会议、接待和庆典活动的后勤保障，全县公车平台的驾驶人员管理、车辆管理、维护保养、调度使用等工作。\n机构设置：中心内设办公室、财务股、房产管理股、公务用车管理股、节能股5个股室。",
            ["work"] = "评价工作分为评价准备、审核分析材料、综合分析评价三个阶段。中心成立绩效评价小组，对照部门整体支出绩效评价指标体系逐项核实资料并打分。",
            ["analysis:部门管理"] = "预算执行总体较好，结转结余有所增加；政府采购执行率未达到目标。",
            ["analysis:履职效果"] = "全年完成会务服务643余场、接待197批次，公务接待支出同比下降58.9%。",
            ["duties"] = "全年完成党政大楼管理、公务接待、公车平台运行、公共机构节能等各项工作任务，保障了县级行政中心工作高效有序运转。",
            ["problems"] = "一、绩效专业管理人员配备较为薄弱，财务人员身兼数职，缺乏系统培训。\n二、部门整体支出的资金安排仍有不可预见性，预算绩效指标设置需进一步贴合实际。",
            ["measures"] = "一、统筹支出需求，保障重点支出，调整支出结构，强化绩效理念。\n二、加强预算绩效管理业务培训，推动部门之间的经验交流。",
        });

    /// <summary>Scored by the core; 完成率 is display data the application supplies with each line.</summary>
    private static ScoreSummary Scores()
    {
        var scores = CoreScores.Score(Indicators);
        return scores with { Lines = [.. scores.Lines.Select(l => l with { CompletionRate = Completion.GetValueOrDefault(l.Level3) })] };
    }

    private static readonly Dictionary<string, decimal?> Completion = new()
    {
        ["基本支出预算执行率"] = 1.0379m, ["项目支出预算执行率"] = 1.0445m, ["“三公经费”控制率"] = 1.0000m,
        ["财务管理制度健全性"] = 1.0000m, ["政府采购执行率"] = 0.9650m, ["固定资产利用率"] = 1.0222m, ["在职人员控制率"] = 1.0000m,
        ["重点工作办结率"] = 1.0000m, ["公共机构节能率"] = 0.8000m, ["机关干部职工满意度"] = 1.0126m, ["公务接待支出降幅"] = 5.8900m,
        ["培训计划执行率"] = 1.1111m, ["档案管理规范性"] = 1.0000m,
    };

    private static IReadOnlyList<IndicatorInput> Indicators { get; } =
    [
        DemoSelfEvaluation.Row("部门管理", "资金投入", "基本支出预算执行率", 5m, "≥95%", "98.60%"),
        DemoSelfEvaluation.Row("部门管理", "资金投入", "项目支出预算执行率", 5m, "≥95%", "99.23%"),
        DemoSelfEvaluation.Row("部门管理", "资金投入", "“三公经费”控制率", 5m, "≤100%", "86.20%"),
        DemoSelfEvaluation.Row("部门管理", "资金投入", "结转结余变动率", 5m, "≤0%", "2.10%"),
        DemoSelfEvaluation.Row("部门管理", "财务管理", "财务管理制度健全性", 5m, "达成年度指标", "达成年度指标") with { EvaluatorScore = 5m },
        DemoSelfEvaluation.Row("部门管理", "采购管理", "政府采购执行率", 5m, "=100%", "96.50%"),
        DemoSelfEvaluation.Row("部门管理", "资产管理", "固定资产利用率", 5m, "≥90%", "92.00%"),
        DemoSelfEvaluation.Row("部门管理", "人员管理", "在职人员控制率", 5m, "≤100%", "95.35%"),
        DemoSelfEvaluation.Row("履职效果", "部门履职目标", "重点工作办结率", 20m, "=100%", "100%"),
        DemoSelfEvaluation.Row("履职效果", "部门效果目标", "公共机构节能率", 10m, "≥2%", "1.60%"),
        DemoSelfEvaluation.Row("履职效果", "服务对象满意度", "机关干部职工满意度", 10m, "≥95%", "96.20%"),
        DemoSelfEvaluation.Row("履职效果", "社会影响", "公务接待支出降幅", 10m, "≥10%", "58.90%") with { Explanation = "“吃公函”专项整治使接待支出大幅下降，下年度据实调整目标。" },
        DemoSelfEvaluation.Row("能力建设", "长效管理", "中长期规划", 4m, "达成年度指标", "部分达成年度指标并具有一定效果") with { EvaluatorScore = 2.5m },
        DemoSelfEvaluation.Row("能力建设", "人力资源建设", "培训计划执行率", 3m, "≥90%", "100%"),
        DemoSelfEvaluation.Row("能力建设", "档案管理", "档案管理规范性", 3m, "达成年度指标", "达成年度指标") with { EvaluatorScore = 3m },
    ];
}
