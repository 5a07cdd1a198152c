namespace Jixiao.Review.Tests.Documents;

/// <summary>
/// A consistent whole-department self-evaluation (部门整体支出) written for these tests: money by
/// source, 基本/项目支出, functional classes, and a 部门管理/履职效果/能力建设 scoring table whose
/// merged 一级/二级 cells are left out on continuation rows.
/// </summary>
public static class DepartmentReport
{
    public const string Title = "某县教育体育局2023年度部门整体支出绩效自评报告";

    public static readonly string[] Intro =
    [
        Title,
        "一、部门概况",
        "（一）部门职能",
        "负责全县学前教育、义务教育、高中教育和体育事业的统筹管理。",
        "（二）机构设置及人员情况",
        "本部门内设机构6个，编制数45人，实有在职人数42人，其中：行政人员30人，事业人员12人。",
        "（三）部门预算执行情况",
        "2023年度部门收入预算总额3560.48万元，其中：一般公共预算拨款3320.48万元，政府性基金预算拨款200.00万元，上年结转40.00万元。",
        "全年支出3482.15万元，其中：基本支出1560.30万元（其中人员经费1380.25万元，公用经费180.05万元），项目支出1921.85万元，预算执行率97.80%。",
        "按支出功能分类，全年支出3482.15万元，其中：教育支出2980.60万元，社会保障和就业支出301.25万元，卫生健康支出95.30万元，住房保障支出105.00万元。",
        "二、评价工作开展情况",
        "（一）评价指标体系",
        "评价采用部门管理、履职效果、能力建设三类一级指标，评分表如下：",
    ];

    /// <summary>一级, 二级, 三级, 权重, 目标值, 业绩值, 完成率, 得分; null = merged with the cell above.</summary>
    public static readonly string?[][] Rows =
    [
        ["部门管理", "资金投入", "基本支出预算执行率", "5", "100%", "99.20%", "99.20%", "4.96"],
        [null, null, "项目支出预算执行率", "5", "100%", "96.80%", "96.80%", "4.84"],
        [null, null, "“三公经费”控制率", "5", "≤100%", "85.00%", "100%", "5"],
        [null, "财务管理", "财务管理制度健全性", "5", "健全", "健全", "100%", "5"],
        [null, "资产管理", "资产管理规范性", "5", "规范", "规范", "100%", "5"],
        [null, "人员管理", "在职人员控制率", "5", "≤100%", "93.33%", "100%", "5"],
        ["履职效果", "部门履职目标", "重点工作完成率", "20", "100%", "100%", "100%", "20"],
        [null, null, "学生资助覆盖率", "10", "≥95%", "98%", "100%", "10"],
        [null, "部门效果目标", "义务教育巩固率", "10", "≥98%", "99.1%", "100%", "10"],
        [null, "服务对象满意度", "群众满意度", "10", "≥90%", "93%", "100%", "10"],
        ["能力建设", "长效管理", "中长期规划制定", "5", "健全", "健全", "100%", "5"],
        [null, "人力资源建设", "人员培训计划执行率", "5", "100%", "95%", "95%", "4.75"],
        [null, "档案管理", "档案管理规范性", "10", "规范", "基本规范", "90%", "9"],
        ["合计", null, null, "100", null, null, null, "98.55"],
    ];

    public static readonly string[] Headers = ["一级指标", "二级指标", "三级指标", "权重", "目标值", "业绩值", "完成率", "得分"];

    public static readonly string[] Outro =
    [
        "（二）综合评价结论",
        "经评价，本部门综合评价得分98.55分，评价等级为优。群众满意度为93%。",
        "三、存在的问题",
        "1.人员培训计划执行率为95%，个别培训因故延期。",
        "2.档案管理仍需进一步规范。",
        "四、整改措施",
        "1.按计划补办延期培训。",
        "2.完善档案管理制度。",
    ];

    /// <summary>The report as text: one cell per line, a blank line between rows, merged cells left out.</summary>
    public static string Text(Func<string, string>? mutate = null)
    {
        var lines = new List<string>(Intro);
        lines.AddRange(Headers);
        lines.Add(string.Empty);
        foreach (var row in Rows)
        {
            if (row[0] == "合计")
            {
                lines.AddRange(["合计", "100", "98.55"]);
            }
            else
            {
                lines.AddRange(row.SkipWhile(c => c is null).Select(c => c!));
            }

            lines.Add(string.Empty);
        }

        lines.AddRange(Outro);
        var text = string.Join("\n", lines);
        return mutate is null ? text : mutate(text);
    }
}
