using System.Globalization;
using Jixiao.App.Projects;
using Jixiao.App.SelfEvaluations;
using Jixiao.App.Targets;
using Jixiao.App.Workflow;
using Jixiao.Scoring.Rules;
using Jixiao.Scoring.Settings;

namespace Jixiao.App.Demo;

/// <summary>
/// Targets and self-evaluations of the demo county in every state, so a newcomer sees a living system:
/// 2024 projects have approved targets and self-evaluations from draft to final (and one reopened);
/// 2025 projects have target tables from draft to approved. Scores are the scoring core's.
/// </summary>
internal static class DemoEvaluations
{
    private static readonly ReviewStatus?[] EvaluationStates =
        [ReviewStatus.Approved, ReviewStatus.Draft, ReviewStatus.Submitted, ReviewStatus.Returned, ReviewStatus.DepartmentApproved, ReviewStatus.Reopened, null];

    private static readonly ReviewStatus?[] TargetStates =
        [ReviewStatus.Approved, ReviewStatus.Draft, ReviewStatus.Submitted, ReviewStatus.Returned, ReviewStatus.DepartmentApproved, null];

    public static (List<TargetSheet> Sheets, List<SelfEvaluation> Evaluations) Create(IReadOnlyList<Project> projects, Func<Guid, string> unitName)
    {
        var sheets = new List<TargetSheet>();
        var evaluations = new List<SelfEvaluation>();
        var index = 0;
        foreach (var project in projects.OrderBy(p => p.Year).ThenBy(p => p.Code, StringComparer.Ordinal))
        {
            var i = index++;
            // The demo unit (第一中学) keeps 2025 projects without targets, so a newcomer can declare some.
            var state = project.Year == 2024 ? ReviewStatus.Approved : project.Code.Contains("-301002-", StringComparison.Ordinal) ? null : TargetStates[i % TargetStates.Length];
            if (state is not { } targetState)
            {
                continue;
            }
            var sheet = Sheet(project, targetState, i);
            sheets.Add(sheet);
            if (project.Year == 2024 && EvaluationStates[i % EvaluationStates.Length] is { } evaluationState)
            {
                evaluations.Add(Evaluation(project, unitName(project.BudgetUnitId), sheet, evaluationState, i));
            }
        }
        return (sheets, evaluations);
    }

    private static TargetSheet Sheet(Project project, ReviewStatus status, int i)
    {
        var wan = decimal.Round(project.BudgetTotal / 10000m, 2);
        var sheet = new TargetSheet
        {
            JurisdictionId = project.JurisdictionId, ProjectId = project.Id, Status = status,
            OverallGoal = $"按计划完成{project.Name}年度任务，资金使用规范，服务对象满意度不低于90%。",
            SubmittedAt = status == ReviewStatus.Draft ? null : new DateTime(project.Year - 1, 11, 20, 2, 0, 0, DateTimeKind.Utc),
            ApprovedAt = status == ReviewStatus.Approved ? new DateTime(project.Year - 1, 12, 28, 2, 0, 0, DateTimeKind.Utc) : null,
            ReviewComment = status == ReviewStatus.Returned ? "成本指标应与预算一致，请核实后重新提交。" : null,
        };
        var n = 4 + i % 5;
        (string, string, string, string, decimal, string, IndicatorDirection?)[] rows =
        [
            ("产出指标", "数量指标", "计划任务完成数", "项", 15m, $"={n}项", IndicatorDirection.Equal),
            ("产出指标", "质量指标", "验收合格率", "%", 15m, "≥95%", IndicatorDirection.Positive),
            ("产出指标", "时效指标", "任务完成时间", "月", 10m, "≤12月", IndicatorDirection.Reverse),
            ("产出指标", "成本指标", "项目总成本", "万元", 10m, "≤" + wan.ToString("0.##", CultureInfo.InvariantCulture) + "万元", IndicatorDirection.Reverse),
            ("效益指标", "社会效益指标", "服务群众覆盖率", "%", 15m, "≥90%", IndicatorDirection.Positive),
            ("效益指标", "可持续影响指标", "长效管理机制", "", 15m, "健全", IndicatorDirection.Qualitative),
            ("满意度指标", "服务对象满意度指标", "服务对象满意度", "%", 10m, "≥90%", IndicatorDirection.Positive),
        ];
        sheet.Indicators.AddRange(rows.Select((r, k) => new TargetIndicator
        {
            SheetId = sheet.Id, Order = k + 1, Level1 = r.Item1, Level2 = r.Item2, Name = r.Item3, Unit = r.Item4, Points = r.Item5, TargetText = r.Item6, Direction = r.Item7,
        }));
        return sheet;
    }

    private static SelfEvaluation Evaluation(Project project, string unit, TargetSheet sheet, ReviewStatus status, int i)
    {
        var funding = ProjectFunding.Of(project.FundingLines);
        var evaluation = new SelfEvaluation
        {
            JurisdictionId = project.JurisdictionId, ProjectId = project.Id, TargetSheetId = sheet.Id, TargetSheet = sheet, Status = status,
            FullYearBudget = funding.FullYearBudget, Spent = funding.Spent, DueAt = SelfEvaluation.DefaultDue(project.Year),
            SubmittedAt = status == ReviewStatus.Draft ? null : new DateTime(project.Year + 1, 3, 20, 2, 0, 0, DateTimeKind.Utc),
            AcceptedAt = status is ReviewStatus.Approved or ReviewStatus.Reopened ? new DateTime(project.Year + 1, 4, 15, 2, 0, 0, DateTimeKind.Utc) : null,
            ReviewComment = status == ReviewStatus.Returned ? "偏差原因说明过于简单，请补充佐证材料。" : null,
            ReopenReason = status == ReviewStatus.Reopened ? "决算数据调整，需更新全年执行数相关说明。" : null,
        };
        var indicators = sheet.Indicators.OrderBy(x => x.Order).ToList();
        var n = 4 + i % 5;
        var shortfall = i % 2 == 0;
        var spentWan = decimal.Round(funding.Spent / 10000m, 2).ToString("0.##", CultureInfo.InvariantCulture);
        string[] actuals = [$"{(shortfall ? n - 1 : n)}项", "97%", "12月", spentWan + "万元", "92%", "达成年度指标", "93%"];
        var complete = status != ReviewStatus.Draft;
        var inputs = indicators.Select((x, k) => new EntryInput(x.Id,
            complete || k < 4 ? actuals[k] : null,
            k == 5 && complete ? 14m : null,
            k == 0 && shortfall ? "一项任务因场地审批延后至次年实施，已列入下年计划。" : k == 5 && complete ? "制度已建立，执行检查尚待加强。" : null,
            complete ? "验收报告、支付凭证、满意度调查表" : null)).ToList();
        evaluation.Entries.AddRange(indicators.Select(x => new SelfEvaluationEntry { EvaluationId = evaluation.Id, IndicatorId = x.Id, Order = x.Order }));
        var score = SelfEvaluationScoring.Score(indicators, inputs, evaluation.FullYearBudget, evaluation.Spent, JurisdictionSettings.Default);
        var narrative = new Narrative(
            $"{project.Name}年度目标基本完成。", $"{project.Name}由{unit}实施。", "单位成立自评工作组，对照绩效目标逐项核实。",
            complete ? $"自评得分{score.Card.Total.ToString("0.00", CultureInfo.InvariantCulture)}分，等级为“{score.Card.Grade.ToChinese()}”。" : "",
            "", "", "", "");
        SaveSelfEvaluation.Apply(evaluation, new SelfEvaluationInput(inputs, narrative), score);
        evaluation.TargetSheet = null;
        return evaluation;
    }
}
