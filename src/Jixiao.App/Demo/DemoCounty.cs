using Jixiao.App.Access;
using Jixiao.App.Projects;

namespace Jixiao.App.Demo;

/// <summary>
/// 青禾县, a made-up county: names and figures are invented for demonstration and tests,
/// not taken from any real report.
/// </summary>
internal static class DemoCounty
{
    public const string JurisdictionCode = "DEMO-QH";
    public const string JurisdictionName = "青禾县";
    public const string Bureau = "青禾县财政局";
    public const string Agency = "青禾正信会计师事务所";

    public static readonly string[] Sections = ["行政政法股", "教科文股", "经济建设股"];

    /// <summary>Department, the section in charge, its functional class, its budget units (code, name).</summary>
    public static readonly (string Name, string Section, string ClassCode, string ClassName, (string Code, string Name)[] Units)[] Departments =
    [
        ("青禾县教育局", "教科文股", "205", "教育支出", [("301001", "青禾县教育局机关"), ("301002", "青禾县第一中学"), ("301003", "青禾县实验小学")]),
        ("青禾县卫生健康局", "教科文股", "210", "卫生健康支出", [("302001", "青禾县卫生健康局机关"), ("302002", "青禾县人民医院"), ("302003", "青禾县疾病预防控制中心")]),
        ("青禾县农业农村局", "经济建设股", "213", "农林水支出", [("303001", "青禾县农业农村局机关"), ("303002", "青禾县农业技术推广中心")]),
        ("青禾县交通运输局", "经济建设股", "214", "交通运输支出", [("304001", "青禾县交通运输局机关")]),
        ("青禾县民政局", "行政政法股", "208", "社会保障和就业支出", [("305001", "青禾县民政局机关"), ("305002", "青禾县社会福利院")]),
        ("青禾县人力资源和社会保障局", "行政政法股", "208", "社会保障和就业支出", [("306001", "青禾县人力资源和社会保障局机关")]),
        ("青禾县住房和城乡建设局", "经济建设股", "212", "城乡社区支出", [("307001", "青禾县住房和城乡建设局机关"), ("307002", "青禾县园林绿化中心")]),
        ("青禾县文化和旅游局", "教科文股", "207", "文化旅游体育与传媒支出", [("308001", "青禾县文化和旅游局机关")]),
    ];

    /// <summary>Unit code, project name, category, and 2025 全年预算数 in 元 per source.</summary>
    public static readonly (string Unit, string Name, ProjectCategory Category, (FundingSource Source, decimal Amount)[] Funding)[] Projects =
    [
        ("301001", "义务教育学生营养改善计划", ProjectCategory.SpecificPurpose, [(FundingSource.SuperiorTransfer, 3_264_000m), (FundingSource.GeneralBudget, 816_000m)]),
        ("301001", "学前教育保教费补助", ProjectCategory.SpecificPurpose, [(FundingSource.GeneralBudget, 1_185_600m)]),
        ("301002", "校舍维修改造工程", ProjectCategory.SpecificPurpose, [(FundingSource.GeneralBudget, 2_380_000m), (FundingSource.CarryOver, 412_350.60m)]),
        ("301002", "教师培训经费", ProjectCategory.Operating, [(FundingSource.GeneralBudget, 356_000m)]),
        ("301003", "智慧校园建设", ProjectCategory.SpecificPurpose, [(FundingSource.GeneralBudget, 1_450_000m), (FundingSource.GovernmentFund, 300_000m)]),
        ("302001", "基本公共卫生服务项目", ProjectCategory.SpecificPurpose, [(FundingSource.SuperiorTransfer, 5_870_400m), (FundingSource.GeneralBudget, 1_467_600m)]),
        ("302002", "县域医共体信息化建设", ProjectCategory.SpecificPurpose, [(FundingSource.GeneralBudget, 2_960_000m), (FundingSource.Other, 500_000m)]),
        ("302003", "重大传染病防控经费", ProjectCategory.SpecificPurpose, [(FundingSource.SuperiorTransfer, 1_128_000m)]),
        ("303001", "高标准农田建设", ProjectCategory.SpecificPurpose, [(FundingSource.SuperiorTransfer, 12_000_000m), (FundingSource.GeneralBudget, 3_000_000m), (FundingSource.GovernmentFund, 1_500_000m)]),
        ("303002", "农业技术推广与培训", ProjectCategory.Operating, [(FundingSource.GeneralBudget, 680_000m)]),
        ("304001", "农村公路养护", ProjectCategory.SpecificPurpose, [(FundingSource.GeneralBudget, 4_200_000m), (FundingSource.SuperiorTransfer, 2_600_000m)]),
        ("304001", "公交车辆运营补贴", ProjectCategory.SpecificPurpose, [(FundingSource.GeneralBudget, 1_860_000m), (FundingSource.StateCapital, 240_000m)]),
        ("305001", "城乡最低生活保障资金", ProjectCategory.SpecificPurpose, [(FundingSource.SuperiorTransfer, 9_640_000m), (FundingSource.GeneralBudget, 2_410_000m)]),
        ("305002", "特困人员集中供养经费", ProjectCategory.SpecificPurpose, [(FundingSource.GeneralBudget, 1_372_800m)]),
        ("306001", "就业创业补贴", ProjectCategory.SpecificPurpose, [(FundingSource.SuperiorTransfer, 2_150_000m), (FundingSource.CarryOver, 186_420.35m)]),
        ("307001", "老旧小区改造", ProjectCategory.SpecificPurpose, [(FundingSource.GovernmentFund, 8_500_000m), (FundingSource.SuperiorTransfer, 6_000_000m)]),
        ("307002", "城区绿化养护", ProjectCategory.Operating, [(FundingSource.GeneralBudget, 1_980_000m)]),
        ("307002", "公园提升改造", ProjectCategory.SpecificPurpose, [(FundingSource.GovernmentFund, 2_750_000m)]),
        ("308001", "公共文化服务体系建设", ProjectCategory.SpecificPurpose, [(FundingSource.SuperiorTransfer, 880_000m), (FundingSource.GeneralBudget, 420_000m)]),
        ("308001", "乡村旅游推广", ProjectCategory.SpecificPurpose, [(FundingSource.GeneralBudget, 650_000m), (FundingSource.Other, 120_000m)]),
    ];

    public const string Password = "Demo@2025jx";

    /// <summary>User name, role, organisation (code or name), display name.</summary>
    public static readonly (string UserName, string Role, string Organisation, string DisplayName)[] Users =
    [
        ("admin", Roles.SystemAdmin, Bureau, "系统管理员"),
        ("jixiao", Roles.Performance, Bureau, "绩效科 王敏"),
        ("guikou", Roles.Section, "教科文股", "教科文股 李华"),
        ("bumen", Roles.Department, "青禾县教育局", "教育局 张强"),
        ("danwei", Roles.Unit, "301002", "第一中学 陈静"),
        ("pingjia", Roles.Evaluator, Agency, "正信所 刘洋"),
        ("zhuanjia", Roles.Expert, Bureau, "评审专家 赵磊"),
    ];
}
