using Jixiao.Documents.BatchSummary;

namespace Jixiao.Documents.Demo;

/// <summary>
/// A batch of ten key evaluations by a county finance bureau, for screenshots and tests. The first
/// project's score is the demo project's (scored by the core); the others stand for results of their own evaluations.
/// </summary>
public static class DemoBatchReport
{
    private const string General = "一般公共预算";
    private const string Fund = "政府性基金";
    private const string Transfer = "上级转移支付";

    public static IReadOnlyList<BatchProject> Projects { get; } =
    [
        new("行政政法科", "昌江区政府机关事务管理中心", "昌江区政府机关事务管理中心", "213001", "2023年度昌江区政府各办公大楼管理费项目", [new(General, 9_036_512.37m), new("上年结转", 506_000.00m)], DemoScores.OfficeBuildings().Total, DemoScores.OfficeBuildings().Grade),
        new("行政政法科", "昌江区公安分局", "昌江区公安分局", "205001", "智慧警务平台运行维护经费", [new(General, 3_280_000.00m)], 86.50m, "良"),
        new("教科文科", "昌江区教育体育局", "昌江区第一中学", "301012", "义务教育学校校舍维修改造项目", [new(General, 2_150_000.00m), new(Transfer, 4_800_000.00m)], 91.20m, "优"),
        new("教科文科", "昌江区教育体育局", "昌江区教育体育局", "301001", "学生资助补助经费", [new(Transfer, 6_723_456.78m)], 88.75m, "良"),
        new("社会保障科", "昌江区民政局", "昌江区民政局", "208001", "城乡居民最低生活保障资金", [new(General, 12_560_000.00m), new(Transfer, 8_400_000.00m)], 92.30m, "优"),
        new("社会保障科", "昌江区卫生健康委员会", "昌江区疾病预防控制中心", "210003", "基本公共卫生服务项目", [new(Transfer, 5_604_321.09m), new(General, 1_200_000.00m)], 84.10m, "良"),
        new("农业农村科", "昌江区农业农村局", "昌江区农业农村局", "212001", "高标准农田建设项目", [new(Transfer, 15_000_000.00m), new(General, 2_345_678.90m)], 78.60m, "中"),
        new("经济建设科", "昌江区住房和城乡建设局", "昌江区住房和城乡建设局", "215001", "老旧小区改造项目", [new(Fund, 18_765_432.10m)], 81.40m, "良"),
        new("经济建设科", "昌江区住房和城乡建设局", "昌江区市政公用事业服务中心", "215006", "城区道路照明维护经费", [new(Fund, 1_896_543.21m)], 58.90m, "差"),
        new("经济建设科", "昌江区交通运输局", "昌江区交通运输局", "216001", "农村公路养护资金", [new(Transfer, 3_500_000.00m), new(General, 987_654.32m)], 86.05m, "良"),
    ];

    public static BatchSummaryReport Create() => new(
        "昌江区财政局",
        2023,
        new DateOnly(2024, 5, 6),
        new DateOnly(2024, 8, 30),
        new DateOnly(2024, 10, 15),
        ["景德镇保记会计师事务所", "江西正信工程咨询有限公司"],
        9,
        Projects,
        [
            new("立项方面", "部分项目立项依据金额与预算金额相差较大，立项依据存在瑕疵。"),
            new("目标与指标方面", "多数项目绩效目标未细化分解为具体指标，指标值不可衡量，如“有效强化”“明显提升”。"),
            new("资金管理与执行方面", "个别项目存在虚列、借款挤占项目资金，合同费用承担不明确。"),
            new("组织管理与制度方面", "部分单位缺少服务事项登记、跟踪检查和结果评价制度。"),
            new("满意度调查方面", "部分项目未开展服务对象满意度调查，满意度指标无数据支撑。"),
        ],
        new Dictionary<string, string>
        {
            ["recommendations"] = "一是严格预算编制，预算内容与工作任务相匹配。\n二是将绩效目标细化为清晰、可衡量的指标值。\n三是健全项目管理制度，落实管理责任。",
            ["achievements"] = "通过重点评价，摸清了{项目个数}个项目的资金使用和管理情况，推动各部门强化绩效理念，为编制下年度预算提供了依据。",
            ["next"] = "一是督促各部门于收到反馈之日起30日内报送整改情况；二是按照“谁评价、谁公开”的要求公开评价结果；三是将评价结果作为{年度}年以后年度预算安排的重要依据，对评价等级为“差”的项目压减预算。",
        });
}
