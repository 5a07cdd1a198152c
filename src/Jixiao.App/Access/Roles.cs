namespace Jixiao.App.Access;

/// <summary>The roles of DOMAIN §1; names are stable identifiers, the Chinese is for people.</summary>
public static class Roles
{
    public const string SystemAdmin = "SystemAdmin";
    public const string Performance = "Performance";
    public const string Section = "Section";
    public const string Department = "Department";
    public const string Unit = "Unit";
    public const string Evaluator = "Evaluator";
    public const string Expert = "Expert";

    public static readonly IReadOnlyList<string> All = [SystemAdmin, Performance, Section, Department, Unit, Evaluator, Expert];

    public static string ToChinese(string role) => role switch
    {
        SystemAdmin => "系统管理员",
        Performance => "绩效科",
        Section => "归口科室",
        Department => "主管部门",
        Unit => "预算单位",
        Evaluator => "第三方评价人员",
        Expert => "评审专家",
        _ => role,
    };
}
