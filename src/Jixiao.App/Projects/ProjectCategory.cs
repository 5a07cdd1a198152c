namespace Jixiao.App.Projects;

public enum ProjectCategory
{
    Operating,
    SpecificPurpose,
    Capital,
    Other,
}

public static class ProjectCategoryNames
{
    public static string ToChinese(this ProjectCategory category) => category switch
    {
        ProjectCategory.Operating => "运转类",
        ProjectCategory.SpecificPurpose => "特定目标类",
        ProjectCategory.Capital => "基本建设类",
        ProjectCategory.Other => "其他",
    };
}
