using Jixiao.Documents.Templates;

namespace Jixiao.Documents.Department;

public static class DepartmentTemplates
{
    public const string Kind = "department-evaluation";

    public static ReportTemplate Default { get; } = new(
        Kind,
        "{部门名称}{年度}年度部门整体支出绩效评价报告",
        [
            new("overview", "部门概况"),
            new("work", "评价工作开展情况"),
            new("analysis", "绩效分析"),
            new("duties", "履职完成情况"),
            new("problems", "存在的问题"),
            new("measures", "整改措施或建议"),
        ])
    {
        Signature = ["{出具单位}", "{报告日期}"],
    };
}
