using Jixiao.Scoring.Rules;

namespace Jixiao.Scoring.Frameworks;

/// <summary>
/// The national templates (DOMAIN §4). Weights of the standard third-level indicators follow the ones real
/// evaluation reports use (e.g. the aketao report: 绩效指标明确性 2, 预算编制科学性 5, 资金到位率 5 …); a jurisdiction
/// copies and adjusts them.
/// </summary>
public static class BuiltInFrameworks
{
    public const string SelfEvaluationId = "self";
    public const string ProjectId = "project";
    public const string DepartmentCommonId = "department";
    public const string DepartmentDutiesId = "department-duties";

    private static readonly ScoringMethod D = ScoringMethod.Deduction;

    /// <summary>单位自评 table: 产出 50, 效益 30, 满意度 10, 预算执行率 10; the unit writes the indicators.</summary>
    public static Framework SelfEvaluation { get; } = new()
    {
        Id = SelfEvaluationId,
        Name = "项目支出绩效自评表",
        Kind = FrameworkKind.SelfEvaluation,
        Levels =
        [
            new("产出指标", 50m, [Open("数量指标"), Open("质量指标"), Open("时效指标"), Open("成本指标")], "产出情况"),
            new("效益指标", 30m, [Open("经济效益指标"), Open("社会效益指标"), Open("生态效益指标"), Open("可持续影响指标")], "效益情况"),
            new("满意度指标", 10m, [Open("服务对象满意度指标")], "满意度情况"),
            new("预算执行率", 10m, [new("预算执行率", [new("预算执行率", 10m, ScoringMethod.BudgetExecution, "全年执行数 ÷ 全年预算数 × 分值，最高不超过分值")])], "预算执行情况")
            {
                IsBudgetExecution = true,
            },
        ],
    };

    /// <summary>部门评价 / 财政评价 of a project (财预〔2020〕10号): 决策 20, 过程 20, 产出 40, 效益 20.</summary>
    public static Framework Project { get; } = new()
    {
        Id = ProjectId,
        Name = "项目支出绩效评价指标体系（决策、过程、产出、效益）",
        Kind = FrameworkKind.Project,
        Levels =
        [
            new("决策", 20m,
            [
                new("项目立项", [new("立项依据充分性", 3m, D), new("立项程序规范性", 2m, D)]),
                new("绩效目标", [new("绩效目标合理性", 3m, D), new("绩效指标明确性", 2m, D)]),
                new("资金投入", [new("预算编制科学性", 5m, D), new("资金分配合理性", 5m, D)]),
            ], "（一）项目决策情况"),
            new("过程", 20m,
            [
                new("资金管理", [new("资金到位率", 5m, ScoringMethod.Positive, "实际到位资金 ÷ 计划投入资金 × 分值"), new("预算执行率", 5m, ScoringMethod.BudgetExecution, "实际支出资金 ÷ 实际到位资金 × 分值"), new("资金使用合规性", 5m, D)]),
                new("组织实施", [new("管理制度健全性", 2m, D), new("制度执行有效性", 3m, D)]),
            ], "（二）项目过程情况"),
            new("产出", 40m,
            [
                new("产出数量", [new("实际完成率", 10m, ScoringMethod.Positive, "实际产出数 ÷ 计划产出数 × 分值")]),
                new("产出质量", [new("质量达标率", 10m, ScoringMethod.Positive, "质量达标产出数 ÷ 实际产出数 × 分值")]),
                new("产出时效", [new("完成及时性", 10m)]),
                new("产出成本", [new("成本节约率", 10m, null, "（计划成本 − 实际成本）÷ 计划成本")]),
            ], "（三）项目产出情况"),
            new("效益", 20m,
            [
                new("项目效益", [new("经济效益", 2m), new("社会效益", 3m), new("生态效益", 2m), new("可持续影响", 3m)]),
                new("满意度", [new("服务对象满意度", 10m, ScoringMethod.Positive)]),
            ], "（四）项目效益情况"),
        ],
    };

    /// <summary>部门整体支出, the 2013 common framework (财预〔2013〕53号 附件2): 投入 / 过程 / 产出 / 效果.</summary>
    public static Framework DepartmentCommon { get; } = new()
    {
        Id = DepartmentCommonId,
        Name = "部门整体支出绩效评价共性指标体系（投入、过程、产出、效果）",
        Kind = FrameworkKind.Department,
        Levels =
        [
            new("投入", 15m,
            [
                new("目标设定", [new("绩效目标合理性", 3m, D), new("绩效指标明确性", 2m, D)]),
                new("预算配置", [new("在职人员控制率", 4m, ScoringMethod.Reverse, "在职人员数 ÷ 编制数；≤100%满分，每超1个百分点扣分值的10%"), new("“三公经费”变动率", 3m, ScoringMethod.Reverse, "（本年 − 上年）÷ 上年；≤0满分"), new("重点支出安排率", 3m, ScoringMethod.Positive, "重点项目支出 ÷ 项目总支出")]),
            ], "投入情况"),
            new("过程", 40m,
            [
                new("预算执行",
                [
                    new("预算完成率", 4m, ScoringMethod.Positive), new("预算调整率", 3m, ScoringMethod.Reverse), new("支付进度率", 3m, ScoringMethod.Positive),
                    new("结转结余率", 3m, ScoringMethod.Reverse), new("结转结余变动率", 2m, ScoringMethod.Reverse), new("公用经费控制率", 3m, ScoringMethod.Reverse),
                    new("“三公经费”控制率", 3m, ScoringMethod.Reverse, "“三公经费”实际支出 ÷ 预算安排数"), new("政府采购执行率", 3m, ScoringMethod.Positive),
                ]),
                new("预算管理", [new("管理制度健全性", 3m, D), new("资金使用合规性", 3m, D), new("预决算信息公开性", 2m, D), new("基础信息完善性", 2m, D)]),
                new("资产管理", [new("资产管理制度健全性", 2m, D), new("资产管理安全性", 2m, D), new("固定资产利用率", 2m, ScoringMethod.Positive)]),
            ], "过程情况"),
            new("产出", 25m,
            [
                new("职责履行", [new("实际完成率", 8m, ScoringMethod.Positive), new("完成及时率", 6m, ScoringMethod.Positive), new("质量达标率", 6m, ScoringMethod.Positive), new("重点工作办结率", 5m, ScoringMethod.Positive)]),
            ], "产出情况"),
            new("效果", 20m,
            [
                new("履职效益", [new("经济效益", 4m), new("社会效益", 6m), new("生态效益", 4m), new("社会公众或服务对象满意度", 6m, ScoringMethod.Positive)]),
            ], "效益情况"),
        ],
    };

    /// <summary>部门整体支出, the newer family: 部门管理 / 履职效果 / 能力建设.</summary>
    public static Framework DepartmentDuties { get; } = new()
    {
        Id = DepartmentDutiesId,
        Name = "部门整体支出绩效评价指标体系（部门管理、履职效果、能力建设）",
        Kind = FrameworkKind.Department,
        Levels =
        [
            new("部门管理", 40m,
            [
                new("资金投入", [new("基本支出预算执行率", 4m, ScoringMethod.Positive), new("项目支出预算执行率", 4m, ScoringMethod.Positive), new("“三公经费”控制率", 3m, ScoringMethod.Reverse), new("结转结余变动率", 3m, ScoringMethod.Reverse)]),
                new("财务管理", [new("财务管理制度健全性", 3m, D), new("资金使用合规性", 3m, D)]),
                new("采购管理", [new("政府采购执行率", 4m, ScoringMethod.Positive)]),
                new("资产管理", [new("资产管理规范性", 4m, D)]),
                new("人员管理", [new("在职人员控制率", 4m, ScoringMethod.Reverse)]),
                new("重点工作管理", [new("重点工作管理制度健全性", 4m, D), new("重点工作办结率", 4m, ScoringMethod.Positive)]),
            ], "部门管理情况"),
            new("履职效果", 50m,
            [
                new("部门履职目标", [new("工作完成情况", 20m)]),
                new("部门效果目标", [new("效果目标完成情况", 15m)]),
                new("服务对象满意度", [new("服务对象满意度", 10m, ScoringMethod.Positive)]),
                new("社会影响", [new("社会影响", 5m, D)]),
            ], "履职完成情况"),
            new("能力建设", 10m,
            [
                new("长效管理", [new("中长期规划", 4m, D)]),
                new("人力资源建设", [new("人才培养", 3m, D)]),
                new("档案管理", [new("档案管理规范性", 3m, D)]),
            ], "能力建设情况"),
        ],
    };

    public static IReadOnlyList<Framework> All { get; } = [SelfEvaluation, Project, DepartmentCommon, DepartmentDuties];

    public static Framework? ById(string id) => All.FirstOrDefault(f => string.Equals(f.Id, id, StringComparison.OrdinalIgnoreCase));

    private static SecondLevel Open(string name) => new(name, []);
}
