using Jixiao.Documents.Demo;
using Jixiao.Documents.SelfEvaluation;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.SelfEvaluation;

public sealed class SelfEvaluationWriterTests
{
    private static readonly byte[] Docx_ = SelfEvaluationWriter.Write(DemoSelfEvaluation.Create()).ValueOrThrow();

    [Fact]
    public void Write_DemoTable_PassesTheValidator() => Docx.AssertValid(Docx_);

    [Fact]
    public void Write_FundingRows_TotalIsTheSumOfTheSourcesWithExecutionScore()
    {
        var funding = Docx.Tables(Docx_)[1];
        Assert.Equal(["年度资金总额", "192.05", "192.05", "189.54", "10.00", "98.69%", "9.87"], funding[1]);
        Assert.Equal(["本年财政拨款", "192.05", "192.05", "189.54", "—", "—", "—"], funding[2]);
    }

    [Fact]
    public void Write_IndicatorRows_EndWithTotalAndGrade()
    {
        var indicators = Docx.TableStartingWith(Docx_, "一级指标");
        Assert.Equal(["总分", "100.00", "98.20", "评价等级：优"], indicators[^1]);
        Assert.Equal(["预算执行率", "100%", "98.69%", "10.00", "9.87", "全年执行数 ÷ 全年预算数 × 分值"], indicators[^2]);
        var rowScores = indicators.Skip(1).SkipLast(2).Sum(r => decimal.Parse(r[6], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(98.20m, rowScores + 9.87m);
        Assert.Equal(["", "", "车辆维护数", "=18辆", "16辆", "6.00", "5.33", "2辆车辆报废停用，未再维护；下年度按在用车辆数设置目标。"], indicators[3]);
    }
}
