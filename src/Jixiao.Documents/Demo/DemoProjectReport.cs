using Jixiao.Documents.Common;
using Jixiao.Documents.ProjectEvaluation;

namespace Jixiao.Documents.Demo;

/// <summary>A project evaluation report modelled on the public 昌江区 2023 evaluation (samples/).</summary>
public static class DemoProjectReport
{
    public static ProjectFacts Project { get; } = new(
        "2023年度昌江区政府各办公大楼管理费项目", 2023, "昌江区政府机关事务管理中心",
        "昌江区政府机关事务管理中心", "213001", "2023年1月—2023年12月");

    public static EvaluationFacts Evaluation { get; } = new(
        "财政重点评价", "昌江区财政局", "景德镇保记会计师事务所", "王立新", new DateOnly(2024, 8, 26));

    public static ProjectEvaluationReport Create() => new(
        Project,
        Evaluation,
        [
            new("一般公共预算", 9_036_512.37m, 9_036_512.37m, 8_967_235.80m),
            new("上年结转", 506_000.00m, 506_000.00m, 502_564.18m),
        ],
        DemoScores.OfficeBuildings(),
        new Dictionary<string, string>
        {
            ["basic"] = "昌江区政府机关事务管理中心负责区级党政机关办公区的安保、园林绿化、卫生保洁、会议、物业及全区党政机关办公用房日常管理等保障工作。区政府各办公大楼管理费主要用于水电费、绿植管理维护费、物业安保费及人员用膳费等。",
            ["process"] = "评价组按照前期准备、组织实施、分析评价、撰写报告四个阶段开展工作，通过查阅预算批复、会计凭证、合同等资料，实地查看各办公大楼，并对入驻单位工作人员进行访谈。",
            ["conclusion"] = "项目立项依据较充分，资金到位率和成本节约率较好，数量、质量、时效目标完成较好，得到服务对象较高评价；但绩效目标设置不明确，预算编制不够科学、规范，制度不够健全，可持续影响存在一定隐患。",
            ["analysis:效益"] = "在全市率先开展“抬杆行动”，错时开放内部停车场；创建“健康食堂”，开展反食品浪费，社会效益较好。",
            ["experience"] = "主要经验：通过公开方式选择物业、安保、绿化服务供应商并签订服务合同，使日常管理便捷化、规范化。\n存在的问题：一是预算编制不精细，立项依据金额与预算金额相差较大；二是绩效目标未细化为可衡量的指标；三是业务管理制度不够健全，缺乏年度工作计划和总结。",
            ["suggestions"] = "（一）严格预算管理，预算内容与工作任务相匹配，预算金额执行预算标准。\n（二）将绩效目标细化分解为清晰、可衡量的绩效指标，认真开展绩效自评。\n（三）建立服务事项登记、跟踪检查和结果评价制度，每年制定工作计划并进行总结。",
        });
}
