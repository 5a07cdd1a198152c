using System.Globalization;
using Jixiao.Documents.Common;
using Jixiao.Documents.Demo;
using Jixiao.Documents.Department;
using Jixiao.Documents.Tests.Support;

namespace Jixiao.Documents.Tests.Department;

public sealed class DepartmentWriterTests
{
    private static readonly byte[] Docx_ = DepartmentWriter.Write(DemoDepartmentReport.Create()).ValueOrThrow();

    private static decimal Parse(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    [Fact]
    public void Write_DemoReport_PassesTheValidator() => Docx.AssertValid(Docx_);

    [Fact]
    public void Write_BudgetTable_TotalRowIsTheRoundedExactSumOfEachColumn()
    {
        var table = Docx.TableStartingWith(Docx_, "功能分类");
        var lines = DemoDepartmentReport.Create().Budget;
        Assert.Equal(["合计", "721.83", "425.67", "123.46", "549.12", "165.47", "714.59"], table[^1]);
        Assert.Equal(Money.ToWan(lines.Sum(l => l.AllocatedYuan)), Parse(table[^1][1]));
        Assert.Equal(Money.ToWan(lines.Sum(l => l.SpentYuan)), Parse(table[^1][6]));
        // Each printed row: 基本支出小计 and 支出合计 are the 元 sums of their parts, rounded once.
        Assert.Equal(["一般公共服务支出", "612.35", "321.10", "123.46", "444.56", "161.23", "605.79"], table[1]);
    }

    [Fact]
    public void Write_BudgetTableWhoseLinesDoNotAddUp_CarriesTheRoundingNote()
    {
        var table = Docx.TableStartingWith(Docx_, "功能分类");
        var shownBasic = table.Skip(1).SkipLast(1).Sum(r => Parse(r[4]));
        Assert.Equal(549.13m, shownBasic);
        Assert.Contains(Money.RoundingNote, Docx.Paragraphs(Docx_));
    }

    [Fact]
    public void Write_BudgetThatAddsUp_HasNoRoundingNote()
    {
        var report = DemoDepartmentReport.Create() with { Budget = [new("一般公共服务支出", 1_000_000m, 600_000m, 100_000m, 300_000m)] };
        Assert.DoesNotContain(Money.RoundingNote, Docx.Paragraphs(DepartmentWriter.Write(report).ValueOrThrow()));
    }

    [Fact]
    public void Write_ScoringTable_HasTheDepartmentColumnsAndTotal()
    {
        var table = Docx.TableStartingWith(Docx_, "一级指标");
        Assert.Equal(["一级指标", "二级指标", "三级指标", "分值", "目标值", "业绩值", "完成率", "得分"], table[0]);
        Assert.Equal(["", "采购管理", "政府采购执行率", "5.00", "=100%", "96.5%", "96.50%", "4.83"], table[6]);
        Assert.Equal(["合计", "100.00", "评价等级：优", "91.33"], table[^1]);
        Assert.Contains("经评价，万载县机关事务管理中心2022年度部门整体支出绩效综合得分91.33分（满分100.00分），评价等级为“优”。", Docx.Paragraphs(Docx_));
    }
}
