namespace Jixiao.Review.Tests.Checks;

/// <summary>DOMAIN §8's conventions that keep the reviewer from crying wolf.</summary>
public sealed class ConventionTests
{
    const string Heading = "某项目绩效自评报告\n一、基本情况\n";

    [Fact]
    public void FiguresWithFewerDigits_StandForARange_AndAgree()
    {
        var review = TestSupport.Review(Heading + "项目总投入1980.53万元，其中：财政资金1250.5万元，自筹资金730万元。");
        var finding = Assert.Single(review.Of(FindingCodes.PartsTotal));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(1980.5m, finding.Numbers["sum"]);
    }

    [Fact]
    public void PartsOffByFiveCents_AtTwoDecimals_DoNotAgree()
    {
        var review = TestSupport.Review(Heading + "项目支出623.62万元，其中：人员经费612.40万元，公用经费8.15万元，其他3.02万元。");
        var finding = Assert.Single(review.Of(FindingCodes.PartsTotal));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(623.57m, finding.Numbers["sum"]);
        Assert.Equal(-0.05m, finding.Numbers["difference"]);
    }

    [Fact]
    public void YuanAndWanYuan_AreAddedInOneUnit()
    {
        var review = TestSupport.Review(Heading + "项目资金合计10.5万元，其中：中央财政拨款50000元，本级财政拨款5.5万元。");
        var finding = Assert.Single(review.Of(FindingCodes.PartsTotal));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(10.5m, finding.Numbers["sum"]);
    }

    [Fact]
    public void PartLargerThanWhole_OfPossiblyDifferentBudgets_IsAWarningNamingTheExplanation()
    {
        var review = TestSupport.Review(Heading + "单位收入预算总额500.00万元。\n本年安排项目经费600.00万元。");
        var finding = Assert.Single(review.Of(FindingCodes.PartsTotal));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("年初预算", finding.Message);
    }

    [Fact]
    public void PartLargerThanWhole_OfTheSameBudgetBasis_IsAnError()
    {
        var review = TestSupport.Review(Heading + "全年收入预算总额500.00万元。\n全年项目支出600.00万元。");
        var finding = Assert.Single(review.Of(FindingCodes.PartsTotal));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal(100m, finding.Numbers["difference"]);
    }

    [Fact]
    public void AbsentScore_IsNotScored_NotAMismatch()
    {
        var review = TestSupport.Review(Heading + string.Join("\n",
            "三级指标", "分值", "得分", "",
            "培训人次", "50", "50", "",
            "培训合格率", "50", "\t", "",
            "合计", "100", "50", ""));
        Assert.Empty(review.Errors());
        var finding = Assert.Single(review.Of(FindingCodes.ScoreTotal));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("视为未评分", finding.Message);
    }

    [Fact]
    public void Counts_AreNotComparedWithCategoryHeadings()
    {
        var review = TestSupport.Review(Heading + string.Join("\n",
            "四、绩效评价指标分析",
            "（一）项目产出情况。",
            "产出类指标由3个三级指标构成。",
            "（1）数量指标",
            "（2）质量指标"));
        Assert.Empty(review.Of(FindingCodes.CountMismatch));
    }

    [Fact]
    public void BudgetYearBeforeReportYear_IsNormal()
    {
        var review = TestSupport.Review("2022年度项目支出绩效自评报告\n评价时间：2023年5月\n一、基本情况\n2022年预算安排100.00万元，实际支出100.00万元，预算执行率100%。");
        Assert.DoesNotContain(review.Findings, f => f.Severity != Severity.Info);
        Assert.Contains(review.Facts, f => f.Name == "年度" && f.Value == "2022");
    }

    [Fact]
    public void SatisfactionTargets_AreNotComparedWithResults()
    {
        var review = TestSupport.Review(Heading + "“群众满意度”指标，预期指标值为≥90%。\n群众满意度达到96%。\n经调查，群众满意度为96%。");
        Assert.DoesNotContain(review.Of(FindingCodes.SameFigureDiffers), f => f.Severity != Severity.Info);
    }

    [Fact]
    public void TwoSatisfactionIndicators_AreComparedSubjectBySubject()
    {
        var review = TestSupport.Review(Heading + "“学生满意度”指标，预期指标值为≥90%。\n“家长满意度”指标，预期指标值为≥90%。\n学生满意度为96%，家长满意度为92%。");
        Assert.Empty(review.Of(FindingCodes.SameFigureDiffers));
    }

    [Fact]
    public void RateStatedWithoutItsAmountsNearby_IsNotRecomputed()
    {
        var review = TestSupport.Review(Heading + "项目预算100.00万元。\n二、其他\n（一）说明\n本年度预算执行率为80%。");
        Assert.Empty(review.Of(FindingCodes.RateRecompute));
    }
}

public sealed class ReadingAmbiguityTests
{
    const string Heading = "某单位绩效自评报告\n一、基本情况\n";

    [Fact]
    public void PartsAfterAChangeFigure_AreComparedWithTheWholeTheyAddUpTo()
    {
        var review = TestSupport.Review(Heading + "全年支出100.00万元，比上年增加20.00万元，其中：人员经费60.00万元，公用经费40.00万元。");
        var finding = Assert.Single(review.Of(FindingCodes.PartsTotal));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(100m, finding.Numbers["total"]);
    }

    [Fact]
    public void LevelRowsWithPoints_AreNotCountedTwiceInTheWeights()
    {
        var review = TestSupport.Review(Heading + string.Join("\n",
            "一级指标", "三级指标", "分值", "得分", "",
            "产出", "\t", "60", "55", "",
            "\t", "培训人次", "30", "25", "",
            "\t", "培训合格率", "30", "30", "",
            "效益", "\t", "40", "40", "",
            "\t", "群众满意度", "40", "40", "",
            "合计", "100", "95", ""));
        Assert.True(!review.Errors().Any(), review.Dump());
        Assert.Contains(review.Of(FindingCodes.WeightsSum), f => f.Severity == Severity.Info && f.Numbers["sum"] == 100m);
    }

    [Fact]
    public void SameFigureInYuanAndWan_IsAUnitMismatch()
    {
        var review = TestSupport.Review(Heading + "项目预算192.05万元。\n截至年底，项目预算192.05元已全部支出。");
        var finding = Assert.Single(review.Of(FindingCodes.UnitMismatch));
        Assert.Equal([3, 4], finding.Lines);
    }
}

public sealed class WrittenArithmeticTests
{
    [Fact]
    public void ADivisionWrittenOut_IsRecomputed()
    {
        var review = TestSupport.Review("部门整体支出绩效评价报告\n一、部门概况\n在职人员控制率=在职人数/编制数=42/45=93.33%。\n三公经费控制率=18.5/20=95%。");
        var findings = review.Of(FindingCodes.RateRecompute).ToList();
        Assert.Contains(findings, f => f.Severity == Severity.Info && f.Numbers["stated"] == 93.33m && f.Message.StartsWith("在职人员控制率", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Severity == Severity.Error && f.Numbers["stated"] == 95m && f.Message.Contains("92.50%"));
    }
}

public sealed class ItemScoreTests
{
    [Fact]
    public void ItemScoreAboveItsStatedPoints_IsAnError()
    {
        var review = TestSupport.Review("项目支出绩效评价报告\n四、绩效评价指标分析\n（1）立项依据充分性：依据充分，得6分（满分5分）。\n（2）立项程序规范性：程序规范，分值5分，得5分。");
        var finding = Assert.Single(review.Of(FindingCodes.ScoreExceedsWeight));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Equal([3], finding.Lines);
        Assert.Equal(6m, finding.Numbers["score"]);
    }
}

public sealed class NarrativeTests
{
    [Fact]
    public void AllTargetsMetClaim_BesideAnIncompleteIndicator_IsAContradiction()
    {
        var review = TestSupport.Review(string.Join("\n",
            "某项目绩效自评报告", "一、基本情况",
            "三级指标", "分值", "完成率", "得分", "",
            "培训人次", "50", "100%", "50", "",
            "培训合格率", "50", "92%", "46", "",
            "二、评价结论",
            "本项目各项指标均已完成。"));
        var finding = Assert.Single(review.Of(FindingCodes.Contradiction));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("培训合格率", finding.Message);
        Assert.Equal(92m, finding.Numbers["completion"]);
    }

    [Fact]
    public void ASurveyScoreLargerThanTheSection_IsNotReadAsAnItem()
    {
        var review = TestSupport.Review(string.Join("\n",
            "某项目支出绩效评价报告", "四、绩效评价指标分析", "（一）项目效益情况",
            "效益类指标权重分为20分，实际得分18分。",
            "（1）群众满意度：问卷满意度得分为90分，得8分。",
            "（2）社会效益：得10分。"));
        Assert.Empty(review.Errors());
    }
}

public sealed class HistoryAndChangeTests
{
    [Fact]
    public void LastYearsScoreAndSatisfactionChanges_AreNotThisReportsFigures()
    {
        var review = TestSupport.Review(string.Join("\n",
            "某项目绩效自评报告", "一、基本情况",
            "“群众满意度”指标，预期指标值为≥90%。",
            "本项目上年自评得分为88分。",
            "群众满意度为95%，较上年提高5%。",
            "经自评，本项目总得分为96分，评价等级为优。"));
        Assert.DoesNotContain(review.Findings, f => f.Severity != Severity.Info);
        Assert.Contains(review.Of(FindingCodes.GradeBand), f => f.Numbers["score"] == 96m);
    }
}

public sealed class ProjectBudgetTests
{
    [Fact]
    public void ProjectBudgetStatedTwiceDifferently_IsWarned()
    {
        var review = TestSupport.Review("某项目绩效自评报告\n一、基本情况\n本项目预算安排192.05万元。\n三、评价结论\n该项目总投资190.05万元，已全部完成。");
        var finding = Assert.Single(review.Of(FindingCodes.SameFigureDiffers), f => f.Severity == Severity.Warning);
        Assert.Equal(2m, finding.Numbers["difference"]);
    }

    [Fact]
    public void InitialAndFullYearBudgets_AreNotTheSameFigure()
    {
        var review = TestSupport.Review("某项目绩效自评报告\n一、基本情况\n本项目年初预算400.00万元，本项目全年预算420.00万元。");
        Assert.DoesNotContain(review.Of(FindingCodes.SameFigureDiffers), f => f.Severity != Severity.Info);
    }
}
