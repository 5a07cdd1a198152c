namespace Jixiao.Review.Facts;

/// <summary>Names the role of a money amount from the words just before it; the rightmost keyword wins.</summary>
public static class AmountClassifier
{
    /// <summary>The functional classes of the government expenditure classification (支出功能分类).</summary>
    public static readonly string[] FunctionalClasses =
    [
        "一般公共服务支出", "外交支出", "国防支出", "公共安全支出", "教育支出", "科学技术支出",
        "文化旅游体育与传媒支出", "社会保障和就业支出", "卫生健康支出", "节能环保支出", "城乡社区支出",
        "农林水支出", "交通运输支出", "资源勘探工业信息等支出", "商业服务业等支出", "金融支出",
        "自然资源海洋气象等支出", "住房保障支出", "粮油物资储备支出", "灾害防治及应急管理支出",
    ];

    static readonly (string Keyword, AmountRole Role)[] Keywords =
    [
        .. FunctionalClasses.Select(c => (c, AmountRole.Functional)),
        ("收入预算总额", AmountRole.WholeBudget), ("收入预算", AmountRole.WholeBudget), ("收入总额", AmountRole.WholeBudget),
        ("收入合计", AmountRole.WholeBudget), ("部门预算总额", AmountRole.WholeBudget), ("单位预算总额", AmountRole.WholeBudget),
        ("部门预算", AmountRole.WholeBudget), ("支出预算总额", AmountRole.WholeBudget),
        ("预算数", AmountRole.Budget), ("预算金额", AmountRole.Budget), ("预算安排", AmountRole.Budget), ("预算批复", AmountRole.Budget),
        ("批复金额", AmountRole.Budget), ("预算资金", AmountRole.Budget), ("安排资金", AmountRole.Budget), ("资金总数", AmountRole.Budget),
        ("总投资", AmountRole.Budget), ("预算总额", AmountRole.Budget), ("全年预算", AmountRole.Budget), ("年初预算", AmountRole.Budget),
        ("预算支出", AmountRole.Budget), ("预算", AmountRole.Budget), ("安排", AmountRole.Budget), ("计划投入", AmountRole.Budget),
        ("到位", AmountRole.Arrived), ("下达", AmountRole.Arrived), ("拨付", AmountRole.Arrived),
        ("实际支出", AmountRole.Executed), ("支出金额", AmountRole.Executed), ("执行数", AmountRole.Executed), ("资金执行", AmountRole.Executed),
        ("已支出", AmountRole.Executed), ("实际执行", AmountRole.Executed), ("累计支出", AmountRole.Executed), ("支出数", AmountRole.Executed),
        ("决算数", AmountRole.Executed), ("全年支出", AmountRole.Executed), ("总支出", AmountRole.Executed), ("支出合计", AmountRole.Executed), ("执行金额", AmountRole.Executed), ("实际使用", AmountRole.Executed), ("本年支出", AmountRole.Executed),
        ("基本支出", AmountRole.BasicExpense),
        ("人员经费", AmountRole.Personnel), ("人员支出", AmountRole.Personnel), ("工资福利支出", AmountRole.Personnel),
        ("公用经费", AmountRole.PublicExpense), ("公用支出", AmountRole.PublicExpense), ("商品和服务支出", AmountRole.PublicExpense),
        ("项目支出", AmountRole.ProjectExpense), ("项目经费", AmountRole.ProjectExpense),
        ("一般公共预算", AmountRole.FundSource), ("政府性基金", AmountRole.FundSource), ("政府性基金预算", AmountRole.FundSource), ("国有资本经营", AmountRole.FundSource), ("国有资本经营预算", AmountRole.FundSource),
        ("转移支付", AmountRole.FundSource), ("上级补助", AmountRole.FundSource), ("上年结转", AmountRole.FundSource),
        ("上年结余", AmountRole.FundSource), ("结转资金", AmountRole.FundSource), ("其他资金", AmountRole.FundSource),
        ("财政拨款", AmountRole.FundSource), ("自筹", AmountRole.FundSource), ("中央财政", AmountRole.FundSource),
        ("省级财政", AmountRole.FundSource), ("市级财政", AmountRole.FundSource), ("县级财政", AmountRole.FundSource),
        ("本级财政", AmountRole.FundSource), ("自治区财政", AmountRole.FundSource), ("本级财力", AmountRole.FundSource),
    ];

    public static AmountRole Classify(string label)
    {
        var best = AmountRole.Other;
        var bestEnd = -1;
        var bestLength = 0;
        foreach (var (keyword, role) in Keywords)
        {
            var at = label.LastIndexOf(keyword, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var end = at + keyword.Length;
            if (end > bestEnd || (end == bestEnd && keyword.Length > bestLength))
            {
                best = role;
                bestEnd = end;
                bestLength = keyword.Length;
            }
        }

        return best;
    }

    public static BudgetBasis Basis(string label) =>
        label.Contains("年初", StringComparison.Ordinal) ? BudgetBasis.Initial
        : label.Contains("全年", StringComparison.Ordinal) || label.Contains("调整后", StringComparison.Ordinal) ? BudgetBasis.FullYear
        : BudgetBasis.Unspecified;
}
