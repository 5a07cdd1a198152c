using Jixiao.Documents.Feedback;

namespace Jixiao.Documents.Demo;

/// <summary>The 昌江区 2023 feedback sheet (samples/feedback-changjiang-…), shortened.</summary>
public static class DemoFeedback
{
    public static FeedbackSheet Create()
    {
        var scores = DemoScores.OfficeBuildings();
        return Create(scores.Total, scores.Grade);
    }

    private static FeedbackSheet Create(decimal? total, string grade) => new(
        "昌江区",
        DemoProjectReport.Project with { Period = "2023年度" },
        DemoProjectReport.Evaluation,
        total,
        grade,
        "负责区级党政机关办公区的安保、园林绿化、卫生保洁、会议、物业、全区党政机关办公用房日常管理等保障工作。项目立项依据较充分，资金到位率和成本节约率较好，工作目标完成很好，获得了较好的社会效益；但项目绩效目标设置不明确，资金投入预算编制不够科学、规范，组织实施方面制度不够健全，可持续影响存在一定的隐患。",
        "管理中心对各大楼食堂、物业安保、绿化等服务采取公开方式选择供应商，依据服务特征签订服务合同，使日常管理便捷化、规范化。在全市率先开展“抬杆行动”，免费错时开放机关企事业单位内部停车场；创建“健康食堂”，开展反食品浪费；开展节能宣传周活动，营造崇尚节俭、厉行节约的良好氛围。",
        [
            new("预算、财务问题", "区政府办公大楼管理费立项依据金额与预算金额相差较大，且立项依据存在瑕疵；存在虚列、借款挤占项目资金，合同签订费用支出承担不明确等问题。"),
            new("绩效管理问题", "项目设定了总体目标，但未细化分解为具体的绩效指标，也没有清晰、可衡量的指标值；绩效自评流于形式，只有自评表，没有完整的自评报告。"),
            new("可持续影响存在隐患", "未建立服务事项登记、记录制度和过程跟踪检查、结果评价制度；缺乏各大楼专项服务事项的年度工作计划和总结。"),
        ],
        [
            new("加强预算管理、提高资金管理水平", "严格遵守预算编制程序，预算内容与工作任务相匹配；对挤占、虚列项目费用进行处置，完善合同、明确双方责任。"),
            new("提高绩效管理认识、提升绩效管理水平", "将项目绩效目标细化分解为具体的绩效指标，以清晰、可衡量的指标值体现，认真开展绩效自评。"),
            new("建立健全管理制度，消除可持续影响隐患", "建立以岗位责任制为先导、以服务事项登记和监督检查为核心的管理制度；每年制定年度工作计划并进行总结。"),
        ]);
}
