namespace Jixiao.Review.Tests.Documents;

/// <summary>
/// A consistent third-party project evaluation written for these tests: 年初/全年 budgets with an
/// addition, arrival and execution rates, a 决策/过程/产出/效益 table with 评分标准 text, 小计 rows per
/// first level and a 合计 row, section scores with 得分率, a grade, problems and recommendations.
/// </summary>
public static class ProjectEvaluationReport
{
    public static readonly string[] Intro =
    [
        "2023年度某县农村公路养护项目绩效评价报告",
        "受某县财政局委托，某会计师事务所对2023年度农村公路养护项目开展了财政重点绩效评价。",
        "一、基本情况",
        "（一）项目概况",
        "项目年初预算400.00万元，全年预算420.00万元（年中追加20.00万元），到位420.00万元，资金到位率100%，实际支出398.50万元，预算执行率94.88%。",
        "全年预算420.00万元，其中：一般公共预算350.00万元，上级转移支付70.00万元。",
        "二、绩效评价工作开展情况",
        "评价采用决策、过程、产出、效益四类一级指标，其中决策20分、过程20分、产出40分、效益20分，满分100分。",
        "三、综合评价情况及评价结论",
        "评分结果如下表：",
    ];

    public static readonly string[] Headers = ["一级指标", "二级指标", "三级指标", "分值", "评分标准", "得分", "扣分原因"];

    public static readonly string?[][] Rows =
    [
        ["决策", "项目立项", "立项依据充分性", "5", "依据充分得满分，每缺一项依据扣1分", "5", null],
        [null, null, "立项程序规范性", "5", "程序规范得满分", "5", null],
        [null, "绩效目标", "绩效目标合理性", "5", "目标合理得满分，不合理酌情扣分", "4", "部分指标未量化"],
        [null, "资金投入", "预算编制科学性", "5", "编制科学得满分", "5", null],
        ["决策", "小计", null, "20", null, "19", null],
        ["过程", "资金管理", "资金到位率", "5", "到位率×分值", "5", null],
        [null, null, "预算执行率", "5", "执行率×分值", "4.74", null],
        [null, "组织实施", "管理制度健全性", "5", "制度健全得满分", "4", "缺少养护巡查制度"],
        [null, null, "制度执行有效性", "5", "执行有效得满分", "4", "台账不完整"],
        ["过程", "小计", null, "20", null, "17.74", null],
        ["产出", "产出数量", "养护里程完成率", "15", "完成率×分值", "15", null],
        [null, "产出质量", "路面优良率", "10", "≥80%得满分", "8", "优良率76%"],
        [null, "产出时效", "养护及时性", "5", "按时完成得满分", "5", null],
        [null, "产出成本", "成本控制率", "10", "不超预算得满分", "10", null],
        ["产出", "小计", null, "40", null, "38", null],
        ["效益", "项目效益", "通行条件改善", "10", "明显改善得满分", "8", "部分路段仍有坑槽"],
        [null, "满意度", "群众满意度", "10", "≥90%得满分", "9.5", "满意度85.5%"],
        ["效益", "小计", null, "20", null, "17.5", null],
        ["合计", null, null, "100", null, "92.24", null],
    ];

    public static readonly string[] Outro =
    [
        "综合评价得分92.24分，评价等级为“优”。",
        "四、绩效评价指标分析",
        "（一）项目决策情况",
        "决策类指标分值20分，得分19分，得分率95%。",
        "（二）项目过程情况",
        "过程类指标分值20分，得分17.74分，得分率88.70%。",
        "五、存在的问题及原因分析",
        "1.绩效目标部分指标未量化。",
        "2.管理制度不够健全。",
        "六、有关建议",
        "1.细化量化绩效指标。",
        "2.建立养护巡查制度。",
    ];

    public static byte[] Docx() => new DocxBuilder().Paragraphs(Intro).Table(Headers, Rows).Paragraphs(Outro).Build();
}
