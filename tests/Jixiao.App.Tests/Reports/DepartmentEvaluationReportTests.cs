using System.Globalization;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Jixiao.App.Findings;
using Jixiao.App.Reports;
using Jixiao.App.SelfEvaluations;
using Jixiao.Documents.Tests.Support;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Settings;
using Jixiao.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Tests.Reports;

/// <summary>A department evaluation (部门整体支出) of the demo county: budget plan, the core's scoring table, findings.</summary>
public sealed class DepartmentEvaluationReportTests
{
    /// <summary>A department evaluation of a 2024 budget on the common framework, scored in full except one deduction; still being evaluated.</summary>
    private static async Task<(Evaluation Evaluation, App.Budgets.DepartmentBudget Budget, string Department)> Evaluated(DemoWorld world)
    {
        await using var s = world.Scope("pingjia");
        var db = world.Get<JixiaoDbContext>(s);
        var budget = await db.DepartmentBudgets.AsNoTracking().Include(b => b.FunctionalClasses)
            .Where(b => b.Year == 2024 && !db.Evaluations.Any(x => x.DepartmentBudgetId == b.Id)).OrderBy(b => b.Id).FirstAsync();
        var department = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == budget.OrganisationId);
        var agency = await world.Organisation("青禾正信会计师事务所");
        var e = new Evaluation
        {
            JurisdictionId = budget.JurisdictionId, Kind = EvaluationKind.Department, Year = 2024, DepartmentBudgetId = budget.Id, SubjectOrganisationId = department.Id,
            AgencyId = agency.Id, FrameworkId = BuiltInFrameworks.DepartmentCommonId, Status = EvaluationStatus.InProgress, DueAt = new DateTime(2025, 9, 30, 0, 0, 0, DateTimeKind.Utc),
            Basics = "部门承担全县教育管理职能。", Summary = "部门整体履职情况较好。",
        };
        e.Indicators.AddRange(EvaluationTemplates.Rows(e.Id, BuiltInFrameworks.DepartmentCommon));
        foreach (var row in e.Indicators)
        {
            if (row.TargetText.Length > 0)
            {
                row.ActualText = "100%";
            }
            else if (row.Name == "资金使用合规性")
            {
                row.Deductions.Add(new IndicatorDeduction { IndicatorId = row.Id, EvaluationId = e.Id, Order = 1, Points = 1m, Reason = "个别支出凭证附件不全" });
            }
            else
            {
                (row.EvaluatorScore, row.ScoreReason) = (row.Points, "经核查，符合评分标准。");
            }
        }
        e.Findings.Add(new Finding
        {
            EvaluationId = e.Id, JurisdictionId = e.JurisdictionId, Order = 1, Category = FindingCategory.FundManagement, Problem = "个别支出凭证附件不全。",
            Cause = "报销审核不严。", Recommendation = "完善报销审核。", ResponsibleUnitId = department.Id, DueAt = new DateTime(2025, 12, 31, 0, 0, 0, DateTimeKind.Utc),
        });
        e.Team.Add(new EvaluationMember { EvaluationId = e.Id, UserId = "x", UserName = "pingjia", DisplayName = "评价组长", Role = TeamRole.Lead, Conflict = ConflictAnswer.NoConflict });
        db.Evaluations.Add(e);
        await db.SaveChangesAsync();
        return (e, budget, department.Name);
    }

    [Theory, DatabaseData]
    public async Task DepartmentReport_PrintsTheBudgetPlan_TheCoresScoringTable_AndTheFindings_AsADraft(DatabaseProvider provider)
    {
        await using var world = await DemoWorld.Create(provider);
        var (e, budget, department) = await Evaluated(world);
        JurisdictionSettings settings;
        await using (var read = world.Scope())
        {
            settings = EvaluationSettings.Read(await world.Get<JixiaoDbContext>(read).Jurisdictions.Where(j => j.Id == e.JurisdictionId).Select(j => j.SettingsJson).SingleAsync());
        }
        var score = EvaluationScoring.Score(e, settings);
        Assert.True(score.IsComplete, string.Join("；", score.Problems.Select(p => p.Message)));
        var total = score.Card.Total.ToString("0.00", CultureInfo.InvariantCulture);
        var evaluator = await world.UserScopeOf("pingjia");

        await using var s = world.Scope("pingjia");
        var file = (await world.Get<KeyEvaluationReports>(s).Run(evaluator, e.Id, ReportFormat.Docx)).Value!;

        Assert.Equal($"部门整体支出绩效评价报告-{department}-2024.docx", file.FileName);
        Docx.AssertValid(file.Bytes);
        var paragraphs = Docx.Paragraphs(file.Bytes);
        Assert.Equal($"{department}2024年度部门整体支出绩效评价报告", paragraphs[0]);
        Assert.Contains("（未定稿：评价中）", paragraphs);
        Assert.Contains(paragraphs, p => p.Contains($"综合得分{total}分（满分100.00分），评价等级为“{score.Card.Grade.ToChinese()}”", StringComparison.Ordinal));
        Assert.Equal(DemoBatch.Wan(budget.Total), Docx.TableStartingWith(file.Bytes, "人员经费")[1][4]);
        Assert.Equal(["合计", DemoBatch.Wan(budget.FunctionalClasses.Sum(c => c.Amount))], Docx.TableStartingWith(file.Bytes, "科目编码")[^1]);
        var scoring = Docx.TableStartingWith(file.Bytes, "一级指标");
        Assert.Equal(total, scoring[^1][^1]);
        Assert.Contains("个别支出凭证附件不全。原因：报销审核不严。", paragraphs);
        Assert.Contains(paragraphs, p => p.StartsWith("完善报销审核。（整改责任单位：" + department, StringComparison.Ordinal));
    }
}
