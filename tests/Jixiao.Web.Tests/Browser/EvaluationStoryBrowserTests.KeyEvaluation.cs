using System.Globalization;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;
using Jixiao.Scoring.Totals;
using Jixiao.Tests.Infrastructure;
using Microsoft.Playwright;

namespace Jixiao.Web.Tests.Browser;

/// <summary>
/// The second half of the story: the bureau creates a batch and commissions the agency; the evaluator declares no
/// conflict, scores every indicator (deductions with reasons; one without a reason is refused and kept), records a
/// finding and submits; the bureau accepts; the unit answers the finding; the bureau verifies it. The total and each
/// indicator's score on screen equal the scoring core's for the same inputs.
/// </summary>
public sealed partial class EvaluationStoryBrowserTests
{
    /// <summary>What the evaluator typed on one card, to score the same inputs with the core.</summary>
    private sealed record Typed(string Name, decimal Points, string Target, string Actual, decimal? EvaluatorScore, IReadOnlyList<Deduction> Deductions);

    private async Task KeyEvaluation(string project, int year)
    {
        // 4. The performance section creates the batch, picks the project with a reason and commissions the agency.
        var bureau = await web.SignedInPage("jixiao");
        await bureau.GotoAsync(web.BaseUrl + "/Batches");
        await bureau.FillAsync("#Name", $"{year}年度财政重点绩效评价（教育专项）");
        await bureau.FillAsync("#Year", year.ToString(CultureInfo.InvariantCulture));
        await bureau.ClickAsync("button:has-text('创建')");
        await bureau.WaitForSelectorAsync("text=批次已创建，请选取项目。");
        await bureau.CheckAsync($"[aria-label='选取 {project}']");
        await bureau.FillAsync($"[aria-label='{project} 选取理由']", "教师队伍建设重点项目，社会关注度高");
        await bureau.ClickAsync("button:has-text('加入批次')");
        await bureau.WaitForSelectorAsync("text=已加入批次。");
        await bureau.SelectOptionAsync("[aria-label='第三方机构']", new SelectOptionValue { Label = "青禾正信会计师事务所" });
        await bureau.ClickAsync("button:has-text('委托')");
        await bureau.WaitForSelectorAsync("text=已委托第三方机构。");

        // 5. The evaluator sees nothing of the project until declaring no conflict of interest.
        var evaluator = await web.SignedInPage("pingjia");
        await evaluator.GotoAsync(web.BaseUrl + "/");
        await evaluator.ClickAsync($"table a:has-text('{project}')");
        await evaluator.WaitForURLAsync("**/Evaluations/**");
        var evaluationUrl = evaluator.Url.Split('#')[0];
        Assert.Equal(0, await evaluator.Locator("section.indicator").CountAsync());
        await BrowserFixture.Shot(evaluator, "evaluations-09-declaration");
        await evaluator.ClickAsync("button:has-text('提交声明')");
        await evaluator.WaitForSelectorAsync(".alert.ok:has-text('已声明无利害关系')");

        var typed = new List<Typed>();
        var cards = await evaluator.Locator("section.indicator").CountAsync();
        Assert.Equal(BuiltInFrameworks.Project.AllIndicators().Count(), cards);
        var deductionRows = 0;
        for (var k = 0; k < cards; k++)
        {
            var card = evaluator.Locator("section.indicator").Nth(k);
            var name = await card.GetAttributeAsync("data-indicator") ?? "";
            var points = decimal.Parse(await card.GetAttributeAsync("data-points") ?? "0", CultureInfo.InvariantCulture);
            var target = await card.Locator("[name='Edit.TargetText']").InputValueAsync();
            var actual = await card.Locator("[name='Edit.ActualText']").InputValueAsync();
            if (target.Length > 0)
            {
                actual = actual.Length > 0 ? actual : name switch { "实际完成率" => "96%", "服务对象满意度" => "93%", _ => "100%" };
                await card.Locator("[name='Edit.ActualText']").FillAsync(actual);
                typed.Add(new(name, points, target, actual, null, []));
            }
            else if (deductionRows++ < 2)
            {
                var reason = deductionRows == 1 ? "立项依据不充分，缺少可行性论证" : "绩效目标未细化量化";
                if (deductionRows == 1)
                {
                    // A deduction without its reason is refused at its card, and what was typed stays.
                    await card.Locator("[name='Edit.Deductions']").FillAsync("1.5");
                    await SubmitAndWait(evaluator, card.Locator("button:has-text('保存本指标')"));
                    Assert.Contains($"“{name}”", await evaluator.TextContentAsync(".alert.error"));
                    card = evaluator.Locator("section.indicator").Nth(k);
                    Assert.Equal("1.5", await card.Locator("[name='Edit.Deductions']").InputValueAsync());
                    await BrowserFixture.Shot(evaluator, "evaluations-10-deduction-refused");
                }
                await card.Locator("[name='Edit.Deductions']").FillAsync($"1.5 {reason}");
                await card.Locator("[name='Edit.Facts']").FillAsync("查阅了立项申报材料和年度工作计划。");
                typed.Add(new(name, points, "", "", null, [new Deduction(1.5m, reason)]));
            }
            else
            {
                await card.Locator("[name='Edit.EvaluatorScore']").FillAsync(points.ToString(CultureInfo.InvariantCulture));
                typed.Add(new(name, points, "", "", points, []));
            }
            await SubmitAndWait(evaluator, card.Locator("button:has-text('保存本指标')"));
            Assert.Equal(0, await evaluator.Locator(".alert.error").CountAsync());
        }

        var expected = CoreScore(typed);
        await AssertScoresShown(evaluator, expected);
        await BrowserFixture.Shot(evaluator, "evaluations-11-workspace-scored");

        await evaluator.GotoAsync(evaluationUrl + "/Findings");
        await evaluator.SelectOptionAsync("select[name=Category]", "立项");
        await evaluator.FillAsync("textarea[name=Problem]", "项目立项缺少可行性论证，培训需求调研不充分。");
        await evaluator.FillAsync("textarea[name=Cause]", "单位对事前绩效评估重视不够。");
        await evaluator.FillAsync("textarea[name=Recommendation]", "新设项目开展事前绩效评估，培训计划以需求调研为依据。");
        await evaluator.FillAsync("input[name=DueAt]", $"{year + 2}-03-31");
        await evaluator.ClickAsync("button:has-text('记录问题')");
        await evaluator.WaitForSelectorAsync(".alert.ok:has-text('问题已记录。')");
        await BrowserFixture.Shot(evaluator, "evaluations-12-findings");
        await evaluator.GotoAsync(evaluationUrl);
        await evaluator.FillAsync("textarea[name=Summary]", $"项目总体完成年度目标，综合评价得分{expected.Total:0.00}分。");
        await evaluator.FillAsync("textarea[name=Experience]", "培训与教研活动结合，参训教师满意度较高。");
        await evaluator.ClickAsync("button:has-text('保存报告内容')");
        await evaluator.WaitForSelectorAsync(".alert.ok:has-text('评价报告内容已保存。')");
        await evaluator.ClickAsync("button:has-text('提交绩效科审核')");
        await evaluator.WaitForSelectorAsync(".alert.ok:has-text('已提交财政局绩效科审核。')");

        // 6. The bureau accepts: final, read-only, the same total and grade.
        await bureau.GotoAsync(web.BaseUrl + "/");
        await bureau.ClickAsync($"table a:has-text('{project}')");
        await bureau.ClickAsync("button:has-text('审定通过')");
        await bureau.WaitForSelectorAsync(".alert.ok:has-text('已审定，评价结果定稿。')");
        Assert.Equal("已审定", (await bureau.TextContentAsync("h1 .status"))?.Trim());
        await AssertScoresShown(bureau, expected);
        Assert.Equal($"等级：{expected.Grade.ToChinese()}", (await bureau.TextContentAsync(".score-card .grade"))?.Trim());
        await BrowserFixture.Shot(bureau, "evaluations-13-accepted");
        await evaluator.GotoAsync(evaluationUrl);
        Assert.Equal(0, await evaluator.Locator("button:has-text('保存本指标')").CountAsync());

        // 7. The unit answers the finding with measures and evidence; the bureau verifies it.
        var unit = await web.SignedInPage("danwei");
        await unit.GotoAsync(web.BaseUrl + "/");
        await unit.ClickAsync("a:has-text('项目立项缺少可行性论证')");
        await unit.FillAsync("textarea[name=Measures]", "已补充开展培训需求调研，2026年起新设项目均开展事前绩效评估。");
        await unit.SetInputFilesAsync("input[name=file]", new FilePayload { Name = "需求调研报告.pdf", MimeType = "application/pdf", Buffer = "%PDF-1.4\n%调研\n"u8.ToArray() });
        await unit.ClickAsync("button:has-text('提交整改情况')");
        await unit.WaitForSelectorAsync(".alert.ok:has-text('整改情况已提交，等待财政局核实。')");
        var findingUrl = unit.Url;
        await BrowserFixture.Shot(unit, "evaluations-14-finding-answered");

        await bureau.GotoAsync(findingUrl);
        Assert.Contains("需求调研报告.pdf", await bureau.TextContentAsync("ul.evidence"));
        await bureau.FillAsync("input[name=Comment]", "整改措施已落实，佐证材料齐全。");
        await bureau.ClickAsync("button:has-text('核实整改到位')");
        await bureau.WaitForSelectorAsync(".alert.ok:has-text('已核实整改到位。')");
        Assert.Equal("已核实", (await bureau.TextContentAsync("h1 .status"))?.Trim());
        await BrowserFixture.Shot(bureau, "evaluations-15-finding-verified");
    }

    /// <summary>Posts a card's form and waits for the new page (the old one has the same alerts and cards).</summary>
    private static async Task SubmitAndWait(IPage page, ILocator button)
    {
        await page.EvaluateAsync("() => { window.__stale = true; }");
        await button.ClickAsync();
        await page.WaitForFunctionAsync("() => window.__stale !== true && document.readyState !== 'loading'");
    }

    private static async Task AssertScoresShown(IPage page, ScoreCard expected)
    {
        Assert.Equal($"总分 {expected.Total:0.00}", (await page.TextContentAsync(".score-card .total"))?.Trim());
        var shown = await page.Locator("section.indicator .score").AllTextContentsAsync();
        Assert.Equal(expected.Indicators.Select(i => $"得分 {i.Result.Score!.Value:0.00}"), shown.Select(s => s.Trim()));
    }

    /// <summary>The same inputs scored by the core alone, on the §4.2 framework, as the application must.</summary>
    private static ScoreCard CoreScore(IReadOnlyList<Typed> typed)
    {
        var framework = BuiltInFrameworks.Project;
        var settings = framework.ApplyTo(JurisdictionSettings.Default);
        var levels = framework.AllIndicators().ToDictionary(x => x.Indicator.Name, x => (x.Level1.Name, x.Level2.Name));
        var scored = typed.Select(t => new ScoredIndicator(levels[t.Name].Item1, levels[t.Name].Item2, t.Name, IndicatorScorer.Score(new IndicatorInput
        {
            Level1 = levels[t.Name].Item1, Level2 = levels[t.Name].Item2, Name = t.Name, Points = t.Points,
            Target = t.Target.Length > 0 ? TargetParser.Parse(t.Target).Value : null, Actual = t.Actual.Length > 0 ? TargetParser.Parse(t.Actual).Value : null,
            EvaluatorScore = t.EvaluatorScore, Deductions = t.Deductions,
        }, settings))).ToList();
        return ScoreCards.Build(scored, JurisdictionSettings.Default, framework);
    }
}
