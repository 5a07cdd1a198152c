using Jixiao.App.Access;
using Jixiao.App.Data;
using Jixiao.App.Evaluations;
using Jixiao.App.Projects;
using Jixiao.Documents.Common;
using Jixiao.Documents.Department;
using Jixiao.Documents.ProjectEvaluation;
using Jixiao.Documents.Templates;
using DocFundingLine = Jixiao.Documents.Common.FundingLine;

namespace Jixiao.App.Reports;

/// <summary>
/// The report of a key evaluation (财政重点评价): 项目支出绩效评价报告 (DOMAIN §7.1) for a project, 部门整体支出绩效评价报告
/// (§7.3) for a department, with the core's scoring table, the findings and the team's narratives. Anything not yet
/// accepted by the performance section says 未定稿 under the title.
/// </summary>
public sealed class KeyEvaluationReports(JixiaoDbContext db, GetEvaluation get, ReportRenderer renderer, EffectiveTemplates templates, TimeProvider time)
{
    public const string KindName = "项目支出绩效评价报告";
    public const string DepartmentKindName = "部门整体支出绩效评价报告";
    private const string EvaluationKindName = "财政重点评价";

    public async Task<DocumentResult<ReportFile>> Run(UserScope scope, Guid evaluationId, ReportFormat format, CancellationToken ct = default)
    {
        if (format is not (ReportFormat.Docx or ReportFormat.Pdf))
        {
            return ReportFormats.Unsupported("评价报告", format, ReportFormat.Docx, ReportFormat.Pdf);
        }
        var data = await KeyEvaluationData.Load(db, get, scope, evaluationId, time, ct);
        return await renderer.Word(Write(data, await templates.For(scope.JurisdictionId, ct)), $"{data.KindName}-{data.Stem}", format, ct);
    }

    /// <summary>The report on the jurisdiction's template, marked 未定稿 while not final.</summary>
    internal static DocumentResult<byte[]> Write(KeyEvaluationData data, TemplateSet templates) => data.Evaluation.Kind switch
    {
        EvaluationKind.Project => ProjectEvaluationWriter.Write(ProjectReport(data), ProjectTemplate(data, templates.ProjectEvaluation)),
        EvaluationKind.Department => DepartmentWriter.Write(DepartmentReport(data), DepartmentTemplate(data, templates.Department)),
    };

    private static ReportTemplate ProjectTemplate(KeyEvaluationData data, ReportTemplate template)
    {
        var signed = data.Lead.Length > 0 ? template : template.WithoutLead();
        return data.IsFinal ? signed : signed.Annotate($"未定稿（{data.Evaluation.Status.ToChinese()}）");
    }

    private static ReportTemplate DepartmentTemplate(KeyEvaluationData data, ReportTemplate template) =>
        data.IsFinal ? template : template.Annotate($"未定稿：{data.Evaluation.Status.ToChinese()}");

    private static EvaluationFacts Facts(KeyEvaluationData data, string kind) => new(kind, data.Bureau, data.Agency, data.Lead, data.ReportDate);

    internal static ProjectFacts ProjectFacts(KeyEvaluationData data)
    {
        var year = data.Evaluation.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return data.Project is { } p
            ? new(p.Name, p.Year, data.Department, p.BudgetUnit?.Name ?? "", p.BudgetUnit?.Code ?? "", $"{year}年1月—{year}年12月")
            : new($"{data.Subject}部门整体支出", data.Evaluation.Year, data.Subject, data.Subject, "", $"{year}年1月—{year}年12月");
    }

    private static ProjectEvaluationReport ProjectReport(KeyEvaluationData data)
    {
        var findings = data.Findings;
        var experience = "（一）主要经验及做法\n" + (data.Evaluation.Experience.Trim() is { Length: > 0 } x ? x : "无。")
            + "\n（二）存在的问题及原因分析\n" + KeyEvaluationText.Lines(KeyEvaluationText.Problems(findings, causes: true), nested: true);
        var narratives = new Dictionary<string, string>
        {
            ["basic"] = data.Evaluation.Basics, ["process"] = KeyEvaluationText.Team(data), ["conclusion"] = data.Evaluation.Summary,
            ["experience"] = experience, ["suggestions"] = KeyEvaluationText.Lines(KeyEvaluationText.Recommendations(findings)), ["other"] = Other(data),
        };
        var funding = data.Project!.FundingLines.OrderBy(l => l.Source)
            .Select(l => new DocFundingLine(l.Source.ToChinese(), l.FullYearBudget, l.Received, l.Spent)).ToList();
        return new ProjectEvaluationReport(ProjectFacts(data), Facts(data, EvaluationKindName), funding, KeyEvaluationText.Scores(data), narratives);
    }

    private static DepartmentReport DepartmentReport(KeyEvaluationData data)
    {
        var duties = string.Join("\n", new[] { data.Evaluation.Summary.Trim(), Prefixed("主要经验及做法：", data.Evaluation.Experience) }.Where(t => t.Length > 0));
        var narratives = new Dictionary<string, string>
        {
            ["overview"] = data.Evaluation.Basics, ["work"] = KeyEvaluationText.Team(data), ["duties"] = duties,
            ["problems"] = KeyEvaluationText.Lines(KeyEvaluationText.Problems(data.Findings, causes: true)),
            ["measures"] = KeyEvaluationText.Lines(KeyEvaluationText.Recommendations(data.Findings)),
        };
        var budget = data.Budget;
        return new DepartmentReport(data.Subject, data.Evaluation.Year, Facts(data, EvaluationKind.Department.ToChinese()), [], KeyEvaluationText.Scores(data), narratives)
        {
            Plan = budget is null ? null : new DepartmentBudgetPlan(budget.PersonnelExpense, budget.PublicExpense, budget.ProjectExpense,
                [.. budget.FunctionalClasses.OrderBy(c => c.ClassCode, StringComparer.Ordinal).Select(c => new FunctionalClassLine(c.ClassCode, c.ClassName, c.Amount))]),
        };
    }

    /// <summary>Findings are only in the report once the user may see them (units: after acceptance), so a draft says so.</summary>
    private static string Other(KeyEvaluationData data) => data.IsFinal
        ? ""
        : $"本报告为未定稿，评价状态为“{data.Evaluation.Status.ToChinese()}”，得分、等级和发现的问题以{data.Bureau}审定结果为准。";

    private static string Prefixed(string prefix, string text) => string.IsNullOrWhiteSpace(text) ? "" : prefix + text.Trim();
}
