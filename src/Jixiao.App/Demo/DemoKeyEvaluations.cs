using System.Globalization;
using Jixiao.App.Batches;
using Jixiao.App.Evaluations;
using Jixiao.App.Findings;
using Jixiao.App.Organisations;
using Jixiao.App.Projects;
using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Settings;

namespace Jixiao.App.Demo;

/// <summary>
/// The demo county's 2024 key-evaluation batch: the seven largest 2024 projects, commissioned to the demo agency, with
/// evaluations in every state (commissioned, in progress, submitted, returned, accepted) and findings from open and
/// overdue to verified. Scores are the scoring core's (EvaluationScoring), never typed in.
/// </summary>
internal static class DemoKeyEvaluations
{
    private static readonly EvaluationStatus[] States =
        [EvaluationStatus.Accepted, EvaluationStatus.Accepted, EvaluationStatus.Accepted, EvaluationStatus.Submitted, EvaluationStatus.Returned, EvaluationStatus.InProgress, EvaluationStatus.Commissioned];

    public static EvaluationBatch Create(Guid jurisdictionId, IReadOnlyList<Project> projects, Organisation agency)
    {
        var batch = new EvaluationBatch
        {
            JurisdictionId = jurisdictionId, Year = 2024, Name = "2024年度财政重点绩效评价（第一批）", DueAt = new DateTime(2025, 6, 30, 9, 0, 0, DateTimeKind.Utc),
        };
        var picked = projects.Where(p => p.Year == 2024).OrderByDescending(p => p.BudgetTotal).Take(States.Length).ToList();
        batch.Projects.AddRange(picked.Select(p => new BatchProject { BatchId = batch.Id, ProjectId = p.Id, AgencyId = agency.Id, Reason = p.BudgetTotal >= 5_000_000m ? "资金量大，涉及面广" : "民生项目，社会关注度高" }));
        return batch;
    }

    public static List<Evaluation> Evaluations(EvaluationBatch batch, IReadOnlyList<Project> projects, Organisation agency, (string Id, string Name, string Display) evaluator, (string Id, string Name, string Display) expert)
    {
        var list = new List<Evaluation>();
        var byId = projects.ToDictionary(p => p.Id);
        var i = 0;
        foreach (var pick in batch.Projects.OrderByDescending(p => byId[p.ProjectId].BudgetTotal))
        {
            var project = byId[pick.ProjectId];
            var status = States[i];
            var evaluation = new Evaluation
            {
                JurisdictionId = batch.JurisdictionId, Kind = EvaluationKind.Project, Year = batch.Year, BatchId = batch.Id, ProjectId = project.Id,
                SubjectOrganisationId = project.BudgetUnitId, AgencyId = agency.Id, FrameworkId = BuiltInFrameworks.ProjectId, DueAt = batch.DueAt, Status = status,
            };
            evaluation.Indicators.AddRange(EvaluationTemplates.Rows(evaluation.Id, BuiltInFrameworks.Project, ProjectFunding.Of(project.FundingLines)));
            if (status != EvaluationStatus.Commissioned)
            {
                var declared = new DateTime(2025, 3, 3, 2, 0, 0, DateTimeKind.Utc);
                evaluation.Team.Add(Member(evaluation, evaluator, TeamRole.Lead, declared));
                evaluation.Team.Add(Member(evaluation, expert, TeamRole.Expert, declared));
                Score(evaluation, i, complete: status != EvaluationStatus.InProgress);
                evaluation.Basics = string.Create(CultureInfo.InvariantCulture, $"{project.Description.TrimEnd('。')}，全年预算{project.BudgetTotal / 10000m:0.00}万元。");
            }
            if (status is EvaluationStatus.Submitted or EvaluationStatus.Returned or EvaluationStatus.Accepted)
            {
                evaluation.SubmittedAt = new DateTime(2025, 5, 20 + i, 2, 0, 0, DateTimeKind.Utc);
                evaluation.Summary = "项目总体按计划实施，资金管理基本规范，部分产出与效益指标未完全达标。";
                evaluation.Experience = "建立了项目台账和月度调度机制，资金拨付与工程进度挂钩。";
            }
            if (status == EvaluationStatus.Returned)
            {
                evaluation.ReviewComment = "“资金使用合规性”扣分理由不充分，请补充核查的凭证编号后重新提交。";
            }
            if (status == EvaluationStatus.Accepted)
            {
                evaluation.AcceptedAt = new DateTime(2025, 6, 25, 2, 0, 0, DateTimeKind.Utc);
                evaluation.Findings.AddRange(Findings(evaluation, i));
            }
            list.Add(evaluation);
            i++;
        }
        return list;
    }

    /// <summary>
    /// Whole-department evaluations of 2024 (DOMAIN §4.3): the first department's accepted with findings, the second's
    /// accepted and then reopened by the bureau with a reason (so the demo has every state). Same agency and team as the batch.
    /// </summary>
    public static List<Evaluation> Departments(IReadOnlyList<Budgets.DepartmentBudget> budgets, Organisation agency, (string Id, string Name, string Display) evaluator, (string Id, string Name, string Display) expert, Organisation? school = null)
    {
        var list = new List<Evaluation>();
        foreach (var (budget, k) in budgets.Where(b => b.Year == 2024).Take(2).Select((b, k) => (b, k)))
        {
            var accepted = k == 0;
            var reopened = k == 1;
            var e = new Evaluation
            {
                JurisdictionId = budget.JurisdictionId, Kind = EvaluationKind.Department, Year = budget.Year, DepartmentBudgetId = budget.Id,
                SubjectOrganisationId = budget.OrganisationId, AgencyId = agency.Id, FrameworkId = BuiltInFrameworks.DepartmentDutiesId,
                DueAt = new DateTime(2025, 8, 31, 9, 0, 0, DateTimeKind.Utc), Status = accepted ? EvaluationStatus.Accepted : EvaluationStatus.Reopened,
                Basics = string.Create(CultureInfo.InvariantCulture, $"{budget.Year}年部门预算{budget.Total / 10000m:0.00}万元，其中基本支出{budget.BasicExpense / 10000m:0.00}万元、项目支出{budget.ProjectExpense / 10000m:0.00}万元。"),
            };
            e.Indicators.AddRange(EvaluationTemplates.Rows(e.Id, BuiltInFrameworks.DepartmentDuties));
            var declared = new DateTime(2025, 7, 1, 2, 0, 0, DateTimeKind.Utc);
            e.Team.Add(Member(e, evaluator, TeamRole.Lead, declared));
            e.Team.Add(Member(e, expert, TeamRole.Expert, declared));
            foreach (var row in e.Indicators)
            {
                switch (row.Method)
                {
                    case Scoring.Rules.ScoringMethod.Positive: row.ActualText = $"{97 - (row.Order % 4) * 3}%"; break;
                    case Scoring.Rules.ScoringMethod.Reverse: (row.TargetText, row.ActualText) = ("≤100%", "98%"); break;
                    default:
                        if (row.Order % 3 == 0)
                        {
                            row.Deductions.Add(new IndicatorDeduction { IndicatorId = row.Id, EvaluationId = e.Id, Order = 1, Points = decimal.Round(row.Points * 0.25m, 1), Reason = "相关制度未及时修订，执行记录不完整" });
                            row.Facts = "经核查相关资料，存在扣分情形。";
                        }
                        else
                        {
                            row.EvaluatorScore = row.Points;
                            row.Facts = "资料齐全，符合评分标准。";
                        }
                        break;
                }
                row.UpdatedBy = "pingjia";
                row.UpdatedAt = new DateTime(2025, 7, 20, 2, 0, 0, DateTimeKind.Utc);
            }
            EvaluationScoring.Apply(e, JurisdictionSettings.Default);
            if (accepted)
            {
                e.Summary = "部门预算管理总体规范，重点工作基本完成，部分管理制度有待完善。";
                e.Experience = "建立了预算执行月通报制度，重点工作实行清单化管理。";
                e.SubmittedAt = new DateTime(2025, 8, 20, 2, 0, 0, DateTimeKind.Utc);
                e.AcceptedAt = new DateTime(2025, 8, 28, 2, 0, 0, DateTimeKind.Utc);
                e.Findings.AddRange(Findings(e, 1));
                if (school is not null)
                {
                    // A department evaluation's finding may fall to one of its units: the demo school must rectify it (overdue by now).
                    e.Findings.Add(new Finding
                    {
                        EvaluationId = e.Id, JurisdictionId = e.JurisdictionId, Order = e.Findings.Count + 1, Category = FindingCategory.OrganisationAndRules,
                        Problem = "所属学校固定资产账实不符，部分教学设备未登记入账。", Cause = "资产管理制度执行不到位，年度盘点流于形式。",
                        Recommendation = "开展资产清查，补登入账，建立年度盘点和责任追究制度。", ResponsibleUnitId = school.Id, Status = FindingStatus.Open,
                        DueAt = new DateTime(2026, 6, 30, 16, 0, 0, DateTimeKind.Utc),
                    });
                }
            }
            if (reopened)
            {
                e.Summary = "部门预算执行总体较好，履职效果目标基本完成。";
                e.SubmittedAt = new DateTime(2025, 8, 22, 2, 0, 0, DateTimeKind.Utc);
                e.ReviewComment = "同意。";
                e.ReopenReason = "部门补充提供了重点工作办结的佐证材料，请评价机构重新核定“重点工作办结率”。";
            }
            list.Add(e);
        }
        return list;
    }

    private static EvaluationMember Member(Evaluation e, (string Id, string Name, string Display) user, TeamRole role, DateTime at) => new()
    {
        EvaluationId = e.Id, UserId = user.Id, UserName = user.Name, DisplayName = user.Display, Role = role,
        Conflict = ConflictAnswer.NoConflict, ConflictNote = "本人与被评价单位及项目不存在利害关系，承诺客观公正开展评价。", DeclaredAt = at,
    };

    /// <summary>Deductions grow with <paramref name="k"/> so the batch spans grades; an in-progress one leaves the 效益 rows unscored.</summary>
    private static void Score(Evaluation e, int k, bool complete)
    {
        var cut = 0.5m + k * 1.5m;
        foreach (var row in e.Indicators)
        {
            switch (row.Name)
            {
                case "实际完成率": row.ActualText = $"{100 - k * 4}%"; break;
                case "质量达标率": row.ActualText = $"{100 - k * 3}%"; break;
                case "服务对象满意度": row.ActualText = complete ? $"{95 - k * 4}%" : ""; break;
                case "资金到位率" or "预算执行率": break;
                default:
                    if (!complete && row.Level1 == "效益")
                    {
                        break;
                    }
                    var deduct = Math.Min(row.Points, decimal.Round(row.Points * cut / 10m, 1));
                    if (deduct > 0m && row.Order % 2 == 0)
                    {
                        row.Deductions.Add(new IndicatorDeduction { IndicatorId = row.Id, EvaluationId = e.Id, Order = 1, Points = deduct, Reason = Reason(row.Level2) });
                        row.Facts = "经核查相关资料，存在扣分情形。";
                    }
                    else
                    {
                        row.EvaluatorScore = row.Points;
                        row.Facts = "资料齐全，符合评分标准。";
                    }
                    break;
            }
            row.UpdatedBy = "pingjia";
            row.UpdatedAt = new DateTime(2025, 5, 10, 2, 0, 0, DateTimeKind.Utc);
        }
        EvaluationScoring.Apply(e, JurisdictionSettings.Default);
    }

    private static string Reason(string level2) => level2 switch
    {
        "项目立项" or "绩效目标" => "绩效目标未细化量化，部分指标无法考核",
        "资金投入" or "资金管理" => "部分支出未按合同约定节点支付",
        "组织实施" => "项目管理制度未及时修订，验收资料不全",
        _ => "效益未达预期，缺少长效管护机制",
    };

    private static IEnumerable<Finding> Findings(Evaluation e, int k)
    {
        (FindingCategory, string, string, string, FindingStatus, DateTime)[] rows =
        [
            (FindingCategory.TargetsAndIndicators, "绩效目标设置不够细化，部分指标无法量化考核。", "单位对绩效目标管理重视不够。", "按“可衡量、可考核”要求细化年度绩效指标。",
                k == 0 ? FindingStatus.Verified : FindingStatus.Answered, new DateTime(2025, 9, 30, 16, 0, 0, DateTimeKind.Utc)),
            (FindingCategory.FundManagement, "部分资金未按合同约定节点支付，存在提前支付情况。", "内部审批流程执行不严。", "严格执行合同支付条款，完善资金支付审批。",
                k == 2 ? FindingStatus.Returned : FindingStatus.Open, new DateTime(2025, 10, 31, 16, 0, 0, DateTimeKind.Utc)),
        ];
        return rows.Select((r, n) => new Finding
        {
            EvaluationId = e.Id, JurisdictionId = e.JurisdictionId, Order = n + 1, Category = r.Item1, Problem = r.Item2, Cause = r.Item3, Recommendation = r.Item4,
            ResponsibleUnitId = e.SubjectOrganisationId, Status = r.Item5, DueAt = r.Item6.AddYears(1),
            Measures = r.Item5 is FindingStatus.Answered or FindingStatus.Verified or FindingStatus.Returned ? "已修订绩效目标，补充量化指标并报主管部门审核。" : "",
            AnsweredAt = r.Item5 is FindingStatus.Answered or FindingStatus.Verified or FindingStatus.Returned ? new DateTime(2025, 9, 1, 2, 0, 0, DateTimeKind.Utc) : null,
            AnsweredBy = r.Item5 is FindingStatus.Answered or FindingStatus.Verified or FindingStatus.Returned ? "danwei" : null,
            VerifiedAt = r.Item5 == FindingStatus.Verified ? new DateTime(2025, 9, 20, 2, 0, 0, DateTimeKind.Utc) : null,
            VerifiedBy = r.Item5 == FindingStatus.Verified ? "jixiao" : null,
            VerifyComment = r.Item5 == FindingStatus.Returned ? "整改措施未附支付凭证，请补充。" : "",
        });
    }
}
