using System.Text.RegularExpressions;

namespace Jixiao.Review.Tables;

/// <summary>What a table column means, whatever words its header uses.</summary>
public enum ColumnRole
{
    Other,
    Index,
    Level1,
    Level2,
    Level3,
    Measure,
    Weight,
    Target,
    Actual,
    Completion,
    Score,
    Explanation,
    Grade,
    Project,
    Organisation,
    Department,
    Amount,
    InitialBudget,
    FullYearBudget,
    Executed,
    Total,
    BasicExpense,
    Personnel,
    PublicExpense,
    ProjectExpense,
    ScoreRate,
}

/// <summary>Recognises header cells by meaning: 三级指标 / 指标名称; 分值 / 权重; 年度指标值 / 目标值 …</summary>
public static partial class ColumnRoles
{
    static readonly (Regex Pattern, ColumnRole Role)[] Headers =
    [
        (new(@"^(序号|编号|NO\.?)$", RegexOptions.IgnoreCase), ColumnRole.Index),
        (new(@"^一级(指标)?$"), ColumnRole.Level1),
        (new(@"^二级(指标)?$"), ColumnRole.Level2),
        (new(@"^(三级(指标)?|指标名称|指标|绩效指标|评价指标|具体指标|考核指标)$"), ColumnRole.Level3),
        (new(@"^(计量单位|度量单位)$"), ColumnRole.Measure),
        (new(@"^(分值|权重|权重分|满分|标准分|指标分值|权重\(分\)|分值\(分\))$"), ColumnRole.Weight),
        (new(@"^(年度指标值|年度目标值|目标值|指标值|预期指标值|预期目标值|计划值|年度目标|绩效目标值|预期值)$"), ColumnRole.Target),
        (new(@"^(实际完成值|全年实际完成值|完成值|业绩值|实际值|实际完成|实际完成情况|全年完成值|实际完成数)$"), ColumnRole.Actual),
        (new(@"^(完成率|完成比例|指标完成率|实现率|目标完成率)$"), ColumnRole.Completion),
        (new(@"^(得分|评价得分|自评得分|实际得分|评分|财政综合评分|综合评分|综合得分|评价分值|最终得分|复核得分)$"), ColumnRole.Score),
        (new(@"^(偏差原因分析及改进措施|偏差原因|偏差原因分析|未完成原因|扣分原因|扣分理由|原因分析|备注|说明|评分依据|评分说明|评分依据及扣分原因|扣分原因及依据|评分理由|扣分说明|扣分情况|得分说明)$"), ColumnRole.Explanation),
        (new(@"^(得分率|得分比例)$"), ColumnRole.ScoreRate),
        (new(@"^(等级|评价等级|评级|评价结论|评价结果|绩效等级|评定等级)$"), ColumnRole.Grade),
        (new(@"^(项目名称|项目|评价项目|项目全称)$"), ColumnRole.Project),
        (new(@"^(实施单位|项目单位|单位名称|预算单位|项目实施单位|被评价单位|部门名称|单位)$"), ColumnRole.Organisation),
        (new(@"^(归口科室|归口处室|主管部门|项目主管部门|业务科室|主管科室)$"), ColumnRole.Department),
        (new(@"^(预算批复金额|批复金额|预算金额|金额|资金金额|资金规模|预算数|评价金额|涉及资金|下达资金)$"), ColumnRole.Amount),
        (new(@"^(年初预算数|年初预算)$"), ColumnRole.InitialBudget),
        (new(@"^(全年预算数|全年预算数\(A\)|全年预算|调整后预算数|全年预算数A)$", RegexOptions.IgnoreCase), ColumnRole.FullYearBudget),
        (new(@"^(全年执行数|全年执行数\(B\)|执行数|实际支出|支出数|决算数|全年执行数B)$", RegexOptions.IgnoreCase), ColumnRole.Executed),
        (new(@"^(合计|总计|小计|支出合计|总额)$"), ColumnRole.Total),
        (new(@"^(基本支出|基本支出小计)$"), ColumnRole.BasicExpense),
        (new(@"^(人员经费|人员支出|工资福利支出)$"), ColumnRole.Personnel),
        (new(@"^(公用经费|公用支出|商品和服务支出)$"), ColumnRole.PublicExpense),
        (new(@"^(项目支出|项目经费)$"), ColumnRole.ProjectExpense),
        (new(@"^(执行率|执行率\(B/A\)|预算执行率|执行率B/A)$", RegexOptions.IgnoreCase), ColumnRole.Completion),
        (new(@"^(评分标准|指标解释|评价要点|指标说明|评价标准|资金来源|项目期限|评价机构|科目|科目名称|科目编码|功能分类科目|支出功能分类|功能分类|支出类别|类别|资金性质|名称|内容|指标内容|年度|备注说明|项目资金|资金|经费|资金类别|资金项目)$"), ColumnRole.Other),
    ];

    /// <summary>The role of a header cell, or null when the cell is not a header word.</summary>
    public static ColumnRole? Recognise(string cell)
    {
        var key = Key(cell);
        if (key.Length == 0 || key.Length > 16)
        {
            return null;
        }

        foreach (var (pattern, role) in Headers)
        {
            if (pattern.IsMatch(key))
            {
                return role;
            }
        }

        return null;
    }

    /// <summary>"预算批复金额（万元）" → "预算批复金额"; spaces inside headers ("得 分") go.</summary>
    static string Key(string cell)
    {
        var s = Spaces().Replace(cell, string.Empty);
        s = UnitSuffix().Replace(s, string.Empty);
        return s;
    }

    /// <summary>Money columns whose header names 元 rather than 万元.</summary>
    public static bool HeaderInYuan(string header) =>
        header.Contains('元') && !header.Contains("万元", StringComparison.Ordinal);

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"\((万元|元|亿元|分|%|[A-Za-z](/[A-Za-z])?)\)$|(万元|元)$")]
    private static partial Regex UnitSuffix();

    public static bool IsNumericRole(ColumnRole role) => role is ColumnRole.Index or ColumnRole.Weight or ColumnRole.Completion or ColumnRole.ScoreRate
        or ColumnRole.Score or ColumnRole.Amount or ColumnRole.InitialBudget or ColumnRole.FullYearBudget or ColumnRole.Executed
        or ColumnRole.Total or ColumnRole.BasicExpense or ColumnRole.Personnel or ColumnRole.PublicExpense or ColumnRole.ProjectExpense;

    public static bool IsTextRole(ColumnRole role) => role is ColumnRole.Level1 or ColumnRole.Level2 or ColumnRole.Level3
        or ColumnRole.Project or ColumnRole.Organisation or ColumnRole.Department or ColumnRole.Explanation or ColumnRole.Grade
        or ColumnRole.Measure;

    public static bool IsMoneyRole(ColumnRole role) => role is ColumnRole.Amount or ColumnRole.InitialBudget or ColumnRole.FullYearBudget
        or ColumnRole.Executed or ColumnRole.Total or ColumnRole.BasicExpense or ColumnRole.Personnel or ColumnRole.PublicExpense
        or ColumnRole.ProjectExpense;
}
