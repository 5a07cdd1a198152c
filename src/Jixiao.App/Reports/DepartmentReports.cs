using Jixiao.App.Access;
using Jixiao.App.Common;
using Jixiao.App.Data;
using Jixiao.Documents.Common;
using Jixiao.Documents.Department;
using Jixiao.Documents.Scores;
using Jixiao.Documents.Templates;
using Microsoft.EntityFrameworkCore;

namespace Jixiao.App.Reports;

/// <summary>
/// 部门整体支出绩效评价报告 (DOMAIN §7.3) from a department budget. Department evaluations (scores, narratives,
/// spending by class) do not exist yet, so the report prints the approved budget and says it has not been
/// evaluated; the scoring sections are left out rather than filled with blanks.
/// </summary>
public sealed class DepartmentReports(JixiaoDbContext db, ReportRenderer renderer, EffectiveTemplates templates, TimeProvider time)
{
    public const string KindName = "部门整体支出绩效评价报告";

    /// <summary>Only 部门概况 can be written from a budget; the subtitle says why the other sections are absent.</summary>
    public static ReportTemplate BudgetOnlyTemplate(ReportTemplate template) => template.Annotate("部门预算情况 · 尚未开展部门整体支出绩效评价") with
    {
        Sections = [.. template.Sections.Select(s => s with { Include = s.Key == "overview" })],
    };

    public async Task<DocumentResult<ReportFile>> Run(UserScope scope, Guid budgetId, ReportFormat format, CancellationToken ct = default)
    {
        if (format == ReportFormat.Xlsx)
        {
            return ReportFormats.Unsupported(KindName, format, ReportFormat.Docx, ReportFormat.Pdf);
        }
        var budget = await db.DepartmentBudgets.AsNoTracking().VisibleTo(db.Organisations, scope).Include(b => b.FunctionalClasses)
            .FirstOrDefaultAsync(b => b.Id == budgetId, ct)
            ?? throw new NotFoundException("部门预算不存在或无权查看。");
        var department = await db.Organisations.AsNoTracking().Where(o => o.Id == budget.OrganisationId).Select(o => o.Name).FirstAsync(ct);
        // Dates print in China Standard Time (UTC+8), where every jurisdiction of this system lies.
        var today = DateOnly.FromDateTime(time.GetUtcNow().UtcDateTime.AddHours(8));
        var report = new DepartmentReport(
            department, budget.Year, new EvaluationFacts("部门评价", department, "", "", today), [],
            new ScoreSummary([], [], 0m, null, ""), new Dictionary<string, string>())
        {
            Plan = new DepartmentBudgetPlan(budget.PersonnelExpense, budget.PublicExpense, budget.ProjectExpense,
                [.. budget.FunctionalClasses.OrderBy(c => c.ClassCode, StringComparer.Ordinal).Select(c => new FunctionalClassLine(c.ClassCode, c.ClassName, c.Amount))]),
        };
        var stem = $"{KindName}-{department}-{budget.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        return await renderer.Word(DepartmentWriter.Write(report, BudgetOnlyTemplate((await templates.For(scope.JurisdictionId, ct)).Department)), stem, format, ct);
    }
}
