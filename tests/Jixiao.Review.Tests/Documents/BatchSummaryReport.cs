namespace Jixiao.Review.Tests.Documents;

/// <summary>
/// A consistent finance-bureau batch summary (重点绩效评价情况的报告) written for these tests, with the
/// two usual annex tables: the project list with amounts and a 合计 row, and the scores with grades.
/// </summary>
public static class BatchSummaryReport
{
    public static readonly string[] Body =
    [
        "关于2023年度重点项目财政绩效评价情况的报告",
        "县人大常委会：",
        "根据《中华人民共和国预算法》和全面实施预算绩效管理的要求，县财政局组织开展了2023年度重点项目财政绩效评价工作。现将有关情况报告如下：",
        "一、基本情况",
        "本次重点绩效评价共选取5个项目，涉及资金合计2860.50万元，其中一般公共预算资金2460.50万元，政府性基金预算资金400.00万元。",
        "评价工作委托2家第三方机构实施，于2024年3月至6月开展。评价结果为：优2个，良2个，中1个，差0个。",
        "二、发现的主要问题",
        "（一）立项论证不充分。个别项目未开展事前绩效评估。",
        "（二）绩效目标设定不够科学。部分项目绩效指标不够细化量化。",
        "（三）资金管理和执行不规范。个别项目预算执行率偏低。",
        "三、整改建议",
        "（一）加强事前绩效评估。",
        "（二）提高绩效目标编制质量。",
        "四、下一步工作",
        "将评价结果反馈各单位，督促整改，并将结果作为2025年预算安排的重要依据。",
        "附件1",
        "2023年度重点绩效评价项目清单",
    ];

    public static readonly string[] ListHeaders = ["序号", "归口科室", "实施单位", "项目名称", "预算批复金额（万元）"];

    public static readonly string?[][] ListRows =
    [
        ["1", "教科文科", "[101001]县教育体育局", "农村义务教育营养改善计划", "860.00"],
        ["2", "社保科", "[201003]县人力资源和社会保障局", "就业创业补助资金", "450.50"],
        ["3", "农业科", "[301002]县农业农村局", "高标准农田建设项目", "1000.00"],
        ["4", "经建科", "[401001]县交通运输局", "农村公路养护", "400.00"],
        ["5", "行政政法科", "[501001]县机关事务服务中心", "机关办公楼维修改造", "150.00"],
        ["合计", null, null, null, "2860.50"],
    ];

    public static readonly string[] ScoreHeaders = ["序号", "实施单位", "项目名称", "财政综合评分", "等级"];

    public static readonly string?[][] ScoreRows =
    [
        ["1", "县教育体育局", "农村义务教育营养改善计划", "92.50", "优"],
        ["2", "县人力资源和社会保障局", "就业创业补助资金", "85.30", "良"],
        ["3", "县农业农村局", "高标准农田建设项目", "90.00", "优"],
        ["4", "县交通运输局", "农村公路养护", "78.60", "中"],
        ["5", "县机关事务服务中心", "机关办公楼维修改造", "81.20", "良"],
    ];

    /// <summary>One cell per line; rows separated by a line holding only a tab (as some exports write).</summary>
    public static string Text(Func<string, string>? mutate = null)
    {
        var lines = new List<string>(Body);
        AppendTable(lines, ListHeaders, ListRows);
        lines.Add("附件2");
        lines.Add("2023年度重点绩效评价项目评分结果");
        AppendTable(lines, ScoreHeaders, ScoreRows);
        var text = string.Join("\n", lines);
        return mutate is null ? text : mutate(text);
    }

    static void AppendTable(List<string> lines, string[] headers, string?[][] rows)
    {
        lines.AddRange(headers);
        lines.Add("\t");
        foreach (var row in rows)
        {
            lines.AddRange(row.Where(c => c is not null).Select(c => c!));
            lines.Add("\t");
        }
    }
}
