namespace Jixiao.Review.Tests.Samples;

/// <summary>The "done" list for selfeval-aketao: what must be found, and what must pass.</summary>
public sealed class AketaoSampleTests
{
    static readonly ReviewResult Review = TestSupport.ReviewSample("selfeval-aketao-office-funds-2022.txt");

    [Fact]
    public void Kind_IsSelfEvaluation() => Assert.Equal("self-evaluation", Review.KindSlug);

    [Fact]
    public void DecisionSection_Claims22IndicatorsButLists6()
    {
        var finding = Assert.Single(Review.Of(FindingCodes.CountMismatch), f => f.Lines.Contains(203));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(22m, finding.Numbers["stated"]);
        Assert.Equal(6m, finding.Numbers["listed"]);
        Assert.Contains("决策部分称由 22 个三级指标构成", finding.Message);
    }

    [Fact]
    public void ProcessSection_CountOf5Agrees()
    {
        var finding = Assert.Single(Review.Of(FindingCodes.CountMismatch), f => f.Lines.Contains(219));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(5m, finding.Numbers["listed"]);
    }

    [Fact]
    public void Satisfaction_99And95_IsSameFigureDiffers()
    {
        var finding = Assert.Single(Review.Of(FindingCodes.SameFigureDiffers), f => f.Severity != Severity.Info && f.Message.Contains("满意度"));
        Assert.Equal(99m, finding.Numbers["first"]);
        Assert.Equal(95m, finding.Numbers["second"]);
        Assert.Equal([198, 295], finding.Lines);
    }

    [Fact]
    public void FundComplianceRate_UnderQualityAndTimeliness_IsDuplicate()
    {
        var finding = Assert.Single(Review.Of(FindingCodes.DuplicateIndicator), f => f.Message.Contains("资金使用合规率"));
        Assert.Equal([65, 69], finding.Lines);
        Assert.Contains("质量指标", finding.Message);
        Assert.Contains("时效指标", finding.Message);
    }

    [Fact]
    public void WaterAndPowerMonths_MeasuredInWan_AreUnitMismatches()
    {
        var findings = Review.Of(FindingCodes.UnitMismatch).ToList();
        Assert.Contains(findings, f => f.Lines.SequenceEqual([77]) && f.Message.Contains("水费缴费月数") && f.Message.Contains("万元"));
        Assert.Contains(findings, f => f.Lines.SequenceEqual([79]) && f.Message.Contains("电费缴费月数"));
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void VagueTargets_YouXiaoQiangHuaAndBaoZhang_AreFlagged()
    {
        var findings = Review.Of(FindingCodes.VagueTarget).ToList();
        Assert.Contains(findings, f => f.Lines.SequenceEqual([99]) && f.Message.Contains("有效强化"));
        Assert.Contains(findings, f => f.Lines.SequenceEqual([107]) && f.Message.Contains("有效保障"));
    }

    [Fact]
    public void PerfectSelfScore_BesideOwnProblems_IsWarned()
    {
        var finding = Assert.Single(Review.Of(FindingCodes.SelfScoreWithProblems));
        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(100m, finding.Numbers["score"]);
        Assert.Contains(307, finding.Lines);
        Assert.Contains(309, finding.Lines);
    }

    [Fact]
    public void CostIndicators_SumToBudget19205_AsInfo()
    {
        var finding = Assert.Single(Review.Findings, f => f.Message.StartsWith("成本指标合计", StringComparison.Ordinal));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(192.05m, finding.Numbers["sum"]);
        Assert.Equal(192.05m, finding.Numbers["budget"]);
        Assert.Contains("成本指标合计 192.05 万元 = 预算 192.05 万元", finding.Message);
    }

    [Fact]
    public void FourFirstLevelScores_SumTo100_AsInfo()
    {
        var finding = Assert.Single(Review.Of(FindingCodes.ScoreTotal), f => f.Lines.SequenceEqual([194]));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(100m, finding.Numbers["sum"]);
        Assert.Equal(4m, finding.Numbers["count"]);
    }

    [Fact]
    public void ProcessScores_SumTo20_AsInfo()
    {
        var finding = Assert.Single(Review.Of(FindingCodes.ScoreTotal), f => f.Message.StartsWith("过程各项得分", StringComparison.Ordinal));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(20m, finding.Numbers["sum"]);
        Assert.Equal(20m, finding.Numbers["total"]);
    }

    [Fact]
    public void DecisionItemsWithoutScore_AreNotScored_NotAMismatch()
    {
        var finding = Assert.Single(Review.Of(FindingCodes.ScoreTotal), f => f.Message.StartsWith("决策", StringComparison.Ordinal));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(3m, finding.Numbers["unscored"]);
    }

    [Fact]
    public void Grade_100IsExcellent_AsInfo()
    {
        var finding = Assert.Single(Review.Of(FindingCodes.GradeBand));
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("“优”", finding.Message);
    }

    [Fact]
    public void NoErrors_OnThisReport() => Assert.Empty(Review.Errors());

    [Fact]
    public void Facts_CarryLinesAndUnits()
    {
        Assert.Contains(Review.Facts, f => f.Name == "执行数" && f.Value == "192.05" && f.Unit == "万元" && f.Line == 33);
        Assert.Contains(Review.Facts, f => f.Name == "三级指标个数" && f.Value == "22" && f.Line == 203);
        Assert.Contains(Review.Facts, f => f.Name == "项目名称" && f.Value == "工作经费");
        Assert.Contains(Review.Facts, f => f.Name == "存在的问题" && f.Line == 309);
    }
}
