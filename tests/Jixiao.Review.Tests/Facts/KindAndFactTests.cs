using Jixiao.Review.Facts;
using Jixiao.Review.Text;

namespace Jixiao.Review.Tests.Facts;

public sealed class KindAndFactTests
{
    static ReportAnalysis Analyze(string text) => ReportAnalyzer.Analyze(ReportText.FromString(text), new ReviewBudget(ReviewBudget.DefaultSteps));

    [Theory]
    [InlineData("XX区财政支出绩效评价结果反馈\n评价项目：某项目\n评价分值\n85\n评价结论\n良", "result-feedback")]
    [InlineData("2023年度XX项目支出绩效评价报告\n受XX局委托，XX会计师事务所对该项目开展绩效评价。\n一、基本情况\n四、绩效评价指标分析\n项目预算资金100万元。", "project-evaluation")]
    [InlineData("2022年度XX项目绩效自评报告\n一、基本情况\n我单位对项目资金开展了绩效自评。", "self-evaluation")]
    [InlineData("XX局2023年度部门整体支出绩效评价报告\n一、部门概况\n部门预算资金执行情况良好，评价指标含履职效果。", "department-evaluation")]
    [InlineData("关于2023年度重点绩效评价情况的报告\n共对12个项目开展重点绩效评价，涉及资金3000万元。", "batch-summary")]
    [InlineData("The quick brown fox jumps over the lazy dog.", "unknown")]
    [InlineData("今天天气很好，我们去公园散步，看见许多花开了，心情愉快。晚上回家吃饭。", "unknown")]
    public void Kind_IsRecognisedFromTitleAndWording(string text, string slug) =>
        Assert.Equal(slug, ReportKinds.Slug(Analyze(text).Kind));

    [Theory]
    [InlineData("年初预算数120.00万元", AmountRole.Budget, BudgetBasis.Initial)]
    [InlineData("全年预算数130.00万元", AmountRole.Budget, BudgetBasis.FullYear)]
    [InlineData("资金到位120.00万元", AmountRole.Arrived, BudgetBasis.Unspecified)]
    [InlineData("全年执行数118.20万元", AmountRole.Executed, BudgetBasis.FullYear)]
    [InlineData("基本支出80.00万元", AmountRole.BasicExpense, BudgetBasis.Unspecified)]
    [InlineData("人员经费60.00万元", AmountRole.Personnel, BudgetBasis.Unspecified)]
    [InlineData("公用经费20.00万元", AmountRole.PublicExpense, BudgetBasis.Unspecified)]
    [InlineData("项目支出40.00万元", AmountRole.ProjectExpense, BudgetBasis.Unspecified)]
    [InlineData("社会保障和就业支出15.00万元", AmountRole.Functional, BudgetBasis.Unspecified)]
    [InlineData("上年结转资金5.00万元", AmountRole.FundSource, BudgetBasis.Unspecified)]
    [InlineData("政府性基金预算拨款200.00万元", AmountRole.FundSource, BudgetBasis.Unspecified)]
    [InlineData("部门收入预算总额3560.48万元", AmountRole.WholeBudget, BudgetBasis.Unspecified)]
    public void Amounts_AreNamedByRole(string text, AmountRole role, BudgetBasis basis)
    {
        var money = Assert.Single(Analyze(text).Money);
        Assert.Equal(role, money.Role);
        Assert.Equal(basis, money.Basis);
    }

    [Fact]
    public void NestedQiZhong_GroupsEachLevelSeparately()
    {
        var groups = Analyze("全年支出100.00万元，其中：基本支出60.00万元（其中人员经费50.00万元，公用经费10.00万元），项目支出40.00万元。").Parts;
        Assert.Equal(2, groups.Count);
        Assert.Equal([60.00m, 40.00m], groups[0].Parts.Select(p => p.Value));
        Assert.Equal(60.00m, groups[1].Total.Value);
        Assert.Equal([50.00m, 10.00m], groups[1].Parts.Select(p => p.Value));
    }

    [Fact]
    public void Scores_AreClassified()
    {
        var scores = Analyze("本项目总得分为92.5分。\n决策类指标得分18分，过程类指标得分17.5分。\n权重分为20分，实际得分18分，得分率为90%。\n该指标不扣分，得5分。\n合计得10分。").Scores;
        Assert.Equal(
            [ScoreKind.Total, ScoreKind.Level, ScoreKind.Level, ScoreKind.Section, ScoreKind.Item, ScoreKind.Subtotal],
            scores.Select(s => s.Kind));
    }

    [Fact]
    public void Counts_AreReadInDigitsAndChineseNumerals()
    {
        var counts = Analyze("由二十二个三级指标构成。\n本次共选取11个项目。").Counts;
        Assert.Equal([(22, "三级指标"), (11, "项目")], counts.Select(c => (c.Count, c.Noun)));
    }

    [Fact]
    public void ProblemsAndRecommendations_AreTheListsUnderTheirHeadings()
    {
        var report = Analyze("五、存在的问题及原因分析\n1.资金支付滞后。\n2.档案不全。\n六、有关建议\n1.加快支付。\n七、其他需要说明的问题\n无。");
        Assert.Equal(2, report.Problems!.Items.Count);
        Assert.Single(report.Recommendations!.Items);
    }

    [Fact]
    public void NoProblems_WhenTheListSaysNone()
    {
        var report = Analyze("五、存在的问题\n无。\n六、有关建议\n无");
        Assert.Empty(report.Problems!.Items);
    }
}
