namespace Jixiao.App.Organisations;

public enum OrganisationKind
{
    FinanceBureau,
    FinanceSection,
    Department,
    BudgetUnit,
    ThirdPartyAgency,
}

public static class OrganisationKindNames
{
    public static string ToChinese(this OrganisationKind kind) => kind switch
    {
        OrganisationKind.FinanceBureau => "财政局",
        OrganisationKind.FinanceSection => "归口科室",
        OrganisationKind.Department => "主管部门",
        OrganisationKind.BudgetUnit => "预算单位",
        OrganisationKind.ThirdPartyAgency => "第三方机构",
    };

    public static OrganisationKind? FromChinese(string? text) =>
        Enum.GetValues<OrganisationKind>().Cast<OrganisationKind?>()
            .FirstOrDefault(k => k!.Value.ToChinese() == text?.Trim() || k.Value.ToString() == text?.Trim());
}
