using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;
using Jixiao.Scoring.Totals;
using Jixiao.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// The evaluation story in headless chromium: the unit declares targets, the department and the section approve,
/// the unit self-evaluates (scores on screen equal the scoring core's), submits, the department and the bureau accept;
/// then the bureau puts the project in a key-evaluation batch and the story goes on (EvaluationStoryBrowserTests.KeyEvaluation.cs).
/// </summary>
public sealed partial class EvaluationStoryBrowserTests(BrowserFixture web) : IClassFixture<BrowserFixture>
{
    /// <summary>Template row (of the §4.1 skeleton), name, unit, points, target, direction, actual.</summary>
    private static readonly (int Row, string Name, string Unit, string Points, string Target, string? Direction, string Actual)[] Rows =
    [
        (0, "培训教师人次", "人次", "20", "≥400人次", null, "380人次"),
        (1, "培训合格率", "%", "15", "≥95%", null, "96%"),
        (2, "培训完成时间", "月", "5", "≤11月", null, "11月"),
        (3, "培训总成本", "万元", "10", "≤50万元", null, "46.2万元"),
        (5, "教学能力提升机制", "", "30", "健全", "Qualitative", "达成年度指标"),
        (8, "参训教师满意度", "%", "10", "≥90%", null, "94%"),
    ];

    [Fact]
    public async Task UnitDeclaresTargets_SelfEvaluates_ThenTheBureauEvaluatesWithAnAgency_AndTheFindingIsRectified()
    {
        var unit = await web.SignedInPage("danwei");
        await unit.GotoAsync(web.BaseUrl + "/Projects/Edit");
        await unit.FillAsync("#Name", "骨干教师培训");
        await unit.FillAsync("#Year", "2025");
        await unit.SelectOptionAsync("#BudgetUnitId", new SelectOptionValue { Label = "[301002]青禾县第一中学" });
        await unit.FillAsync("[aria-label='一般公共预算 全年预算数']", "500000");
        await unit.FillAsync("[aria-label='一般公共预算 执行数']", "462000");
        await unit.ClickAsync("button:has-text('保存')");
        await unit.WaitForURLAsync("**/Projects/Detail/**");
        var projectId = unit.Url.Split('/').Last();

        // 1. Targets from the template, with the linter beside the table.
        await unit.ClickAsync("a:has-text('绩效目标')");
        await unit.ClickAsync("button:has-text('开始填报')");
        await unit.WaitForSelectorAsync("text=已按模板创建绩效目标表");
        Assert.Equal("产出指标", await unit.InputValueAsync("[aria-label='第1行 一级指标']"));
        Assert.Equal("服务对象满意度指标", await unit.InputValueAsync("[aria-label='第9行 二级指标']"));
        await unit.FillAsync("#OverallGoal", "全年培训骨干教师400人次以上，培训合格率95%以上，参训教师满意度90%以上。");
        foreach (var r in Rows)
        {
            var row = $"第{r.Row + 1}行";
            await unit.FillAsync($"[aria-label='{row} 三级指标']", r.Name);
            await unit.FillAsync($"[aria-label='{row} 计量单位']", r.Unit);
            await unit.FillAsync($"[aria-label='{row} 分值']", r.Points);
            await unit.FillAsync($"[aria-label='{row} 年度指标值']", r.Target);
            if (r.Direction is { } d)
            {
                await unit.SelectOptionAsync($"[aria-label='{row} 指标方向']", d);
            }
        }
        await unit.FillAsync("[aria-label='第5行 三级指标']", "教学质量明显提升");
        await unit.FillAsync("[aria-label='第5行 分值']", "5");
        await unit.FillAsync("[aria-label='第5行 年度指标值']", "有效强化");
        await unit.WaitForSelectorAsync("#findings li:has-text('不可衡量')");
        Assert.Equal("95.00", await unit.TextContentAsync("#points-total"));
        await BrowserFixture.Shot(unit, "evaluations-01-targets-lint");
        await unit.FillAsync("[aria-label='第5行 三级指标']", "");
        await unit.FillAsync("[aria-label='第5行 分值']", "");
        await unit.FillAsync("[aria-label='第5行 年度指标值']", "");
        await unit.ClickAsync("button:has-text('提交审核')");
        await unit.WaitForSelectorAsync("text=已提交，等待主管部门审核。");
        Assert.Contains("待主管部门审核", await unit.TextContentAsync("h1 .status"));
        Assert.True(await unit.IsDisabledAsync("[aria-label='第1行 三级指标']"));

        await Review("bumen", $"/Targets/{projectId}", "审核通过", "已审核通过。");
        var section = await Review("guikou", $"/Targets/{projectId}", "审核通过", "已审核通过。");
        Assert.Contains("第1版 · 已审定", await section.TextContentAsync("h1 .status"));
        await BrowserFixture.Shot(section, "evaluations-02-targets-approved");

        // 2. Self-evaluation: scores update as the unit types, and equal the scoring core's.
        await unit.GotoAsync(web.BaseUrl + $"/SelfEvaluations/{projectId}");
        await unit.ClickAsync("button:has-text('开始自评')");
        await unit.WaitForSelectorAsync("text=已开始自评");
        foreach (var r in Rows)
        {
            await unit.FillAsync($"[aria-label='{r.Name} 实际完成值']", r.Actual);
        }
        await unit.FillAsync("[aria-label='教学能力提升机制 得分']", "35");
        await unit.WaitForSelectorAsync(".live-error:has-text('教学能力提升机制')");
        await unit.FillAsync("[aria-label='教学能力提升机制 得分']", "27");
        var expected = CoreScore();
        await unit.WaitForFunctionAsync($"document.getElementById('total').textContent === '{expected.Total:0.00}'");
        Assert.Equal(expected.Grade.ToChinese(), await unit.TextContentAsync("#grade"));
        Assert.Equal(expected.ExecutionScore!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture), await unit.TextContentAsync("#exec-score"));
        var shown = await unit.Locator("tr[data-indicator] .score").AllTextContentsAsync();
        Assert.Equal(expected.Indicators.Select(i => i.Result.Score!.Value.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)), shown);
        Assert.Equal(expected.Indicators[0].Result.Trace, await unit.TextContentAsync("tr[data-indicator]:first-child .trace"));

        await unit.ClickAsync("button:has-text('提交审核')");
        await unit.WaitForSelectorAsync(".alert.error");
        Assert.Contains("“培训教师人次”：未完全达成目标或超额完成，须填写偏差原因分析及改进措施。", await unit.TextContentAsync(".alert.error"));
        Assert.Equal("380人次", await unit.InputValueAsync("[aria-label='培训教师人次 实际完成值']"));
        await BrowserFixture.Shot(unit, "evaluations-03-selfeval-refused");
        await unit.FillAsync("[aria-label='培训教师人次 偏差原因分析及改进措施']", "两名教师病休，顺延至下年度培训。");
        await unit.FillAsync("[aria-label='教学能力提升机制 偏差原因分析及改进措施']", "机制已建立，考核结果运用尚需加强。");
        await unit.ClickAsync("[data-target='n-Conclusion'] button:has-text('总分和等级')");
        Assert.Equal($"自评总分为{expected.Total:0.00}分，等级为“{expected.Grade.ToChinese()}”。", await unit.InputValueAsync("#n-Conclusion"));
        await BrowserFixture.Shot(unit, "evaluations-04-selfeval-scored");
        await unit.ClickAsync("button:has-text('提交审核')");
        await unit.WaitForSelectorAsync("text=已提交，等待主管部门审核。");

        // 3. Department, then the bureau's performance section accepts: final and read-only.
        await Review("bumen", $"/SelfEvaluations/{projectId}", "审核通过", "已审核通过。");
        var bureau = await Review("jixiao", $"/SelfEvaluations/{projectId}", "审核通过并定稿", "已审核通过。");
        Assert.Equal("已定稿", (await bureau.TextContentAsync("h1 .status"))?.Trim());
        Assert.Equal($"{expected.Total:0.00}", await bureau.TextContentAsync("#total"));
        var history = await bureau.Locator("table.history tbody tr").AllTextContentsAsync();
        Assert.Contains(history, row => row.Contains("jixiao") && row.Contains("状态") && row.Contains("待财政审核") && row.Contains("已审定"));
        Assert.Contains(history, row => row.Contains("danwei") && row.Contains("第1项指标 · 实际完成值") && row.Contains("380人次"));
        await BrowserFixture.Shot(bureau, "evaluations-05-selfeval-final");

        await unit.GotoAsync(web.BaseUrl + $"/SelfEvaluations/{projectId}");
        Assert.True(await unit.IsDisabledAsync("[aria-label='培训教师人次 实际完成值']"));
        Assert.Equal(0, await unit.Locator("button:has-text('提交审核')").CountAsync());
        await unit.GotoAsync(web.BaseUrl + "/");
        await BrowserFixture.Shot(unit, "evaluations-06-home-unit");
        var department = await web.SignedInPage("bumen");
        await department.GotoAsync(web.BaseUrl + "/");
        Assert.True(await department.Locator("h2:has-text('待我审核') .count").TextContentAsync() is { } n && int.Parse(n, System.Globalization.CultureInfo.InvariantCulture) > 0);
        await BrowserFixture.Shot(department, "evaluations-07-home-department");

        await KeyEvaluation("骨干教师培训", 2025);
    }

    private async Task<IPage> Review(string user, string path, string button, string done)
    {
        var page = await web.SignedInPage(user);
        await page.GotoAsync(web.BaseUrl + path);
        await page.ClickAsync($"form.review button:has-text('{button}')");
        await page.WaitForSelectorAsync($".alert.ok:has-text('{done}')");
        return page;
    }

    /// <summary>The same table scored directly by the core (no application code in between).</summary>
    private static ScoreCard CoreScore()
    {
        var level = new[] { ("产出指标", "数量指标"), ("产出指标", "质量指标"), ("产出指标", "时效指标"), ("产出指标", "成本指标"), ("效益指标", "社会效益指标"), ("满意度指标", "服务对象满意度指标") };
        var scored = Rows.Select((r, k) => new ScoredIndicator(level[k].Item1, level[k].Item2, r.Name, IndicatorScorer.Score(new IndicatorInput
        {
            Level1 = level[k].Item1, Level2 = level[k].Item2, Name = r.Name, Points = decimal.Parse(r.Points, System.Globalization.CultureInfo.InvariantCulture),
            Target = TargetParser.Parse(r.Target).Value, Actual = TargetParser.Parse(r.Actual).Value,
            Direction = r.Direction is null ? null : IndicatorDirection.Qualitative, EvaluatorScore = r.Direction is null ? null : 27m,
        }, JurisdictionSettings.Default))).ToList();
        return ScoreCards.Build(scored, JurisdictionSettings.Default, BuiltInFrameworks.SelfEvaluation, IndicatorScorer.ScoreExecution(500_000m, 462_000m, 10m));
    }
}
