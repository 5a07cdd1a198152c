namespace Jixiao.Scoring.Frameworks;

/// <summary>The framework a table uses, told from its first-level names (CLARIFICATIONS 9).</summary>
public static class FrameworkInference
{
    /// <summary>The framework, or a Chinese message naming the choices.</summary>
    public static (Framework? Framework, string? Error) Infer(IEnumerable<string> level1Names)
    {
        var names = level1Names.Select(LevelNames.Canonical).Where(n => n.Length > 0).ToHashSet();
        if (names.Contains("决策") || names.Contains("过程") && !names.Contains("投入"))
        {
            return (BuiltInFrameworks.Project, null);
        }
        if (names.Contains("部门管理") || names.Contains("履职效果") || names.Contains("能力建设"))
        {
            return (BuiltInFrameworks.DepartmentDuties, null);
        }
        if (names.Contains("投入") || names.Contains("效果"))
        {
            return (BuiltInFrameworks.DepartmentCommon, null);
        }
        if (names.Contains("产出") || names.Contains("效益") || names.Contains("满意度"))
        {
            return (BuiltInFrameworks.SelfEvaluation, null);
        }
        var found = names.Count == 0 ? "（表中没有一级指标）" : "（表中的一级指标：" + string.Join("、", names) + "）";
        return (null, "无法从一级指标判断评价框架" + found + "；请用 --framework 指定：self（单位自评：产出/效益/满意度）、project（项目评价：决策/过程/产出/效益）或 department（部门整体：投入/过程/产出/效果 或 部门管理/履职效果/能力建设）");
    }

    /// <summary>A framework by the CLI's name: self, project, department (family chosen from the names when given).</summary>
    public static Framework? ByOption(string option, IEnumerable<string> level1Names) => option.Trim().ToLowerInvariant() switch
    {
        "self" or "自评" => BuiltInFrameworks.SelfEvaluation,
        "project" or "项目" => BuiltInFrameworks.Project,
        "department" or "部门" => level1Names.Select(LevelNames.Canonical).Any(n => n is "部门管理" or "履职效果" or "能力建设")
            ? BuiltInFrameworks.DepartmentDuties
            : BuiltInFrameworks.DepartmentCommon,
        "department-duties" => BuiltInFrameworks.DepartmentDuties,
        _ => null,
    };
}
