using System.Globalization;
using Jixiao.App.Access;
using Jixiao.App.Batches;
using Jixiao.App.Evaluations;
using Jixiao.App.Findings;
using Jixiao.Documents.Common;
using Jixiao.Documents.Spreadsheets;

namespace Jixiao.App.Reports;

/// <summary>
/// The lists the pages show, as styled sheets (shaded frozen header, widths, scores 0.00): key and department evaluations,
/// "my" findings, batches. Each is built from the page's own use case with the page's filter, so a user downloads exactly
/// the rows (and order) the page shows, within the same scope.
/// </summary>
public sealed class ListSheets(GetEvaluation evaluations, ListFindings findings, GetBatch batches, Budgets.ListDepartmentBudgets budgets)
{
    public const string EvaluationsName = "财政评价清单", FindingsName = "问题整改清单", BatchesName = "重点评价批次清单", BudgetsName = "部门预算清单";

    /// <summary>Department budgets in 万元 (cells hold the exact value; 0.00 shown) with a bold 合计 row that is the exact sum.</summary>
    public async Task<DocumentResult<ReportFile>> Budgets(UserScope scope, int? year, ReportFormat format, CancellationToken ct = default)
    {
        if (format != ReportFormat.Xlsx)
        {
            return ReportFormats.Unsupported(BudgetsName, format, ReportFormat.Xlsx);
        }
        var rows = await budgets.Run(scope, year, ct);
        List<SheetColumn> columns =
        [
            new("序号", 6, ColumnFormat.Integer), new("年度", 8, ColumnFormat.Integer), new("部门", 30), new("人员经费（万元）", 16, ColumnFormat.Wan),
            new("公用经费（万元）", 16, ColumnFormat.Wan), new("基本支出（万元）", 16, ColumnFormat.Wan), new("项目支出（万元）", 16, ColumnFormat.Wan),
            new("合计（万元）", 16, ColumnFormat.Wan),
        ];
        static decimal Wan(decimal yuan) => yuan / 10000m;
        var body = rows.Select((b, i) => (IReadOnlyList<object?>)
            [i + 1, b.Year, b.Department, Wan(b.PersonnelExpense), Wan(b.PublicExpense), Wan(b.BasicExpense), Wan(b.ProjectExpense), Wan(b.Total)]).ToList();
        body.Add([null, null, "合计", Wan(rows.Sum(b => b.PersonnelExpense)), Wan(rows.Sum(b => b.PublicExpense)), Wan(rows.Sum(b => b.BasicExpense)),
            Wan(rows.Sum(b => b.ProjectExpense)), Wan(rows.Sum(b => b.Total))]);
        var stem = BudgetsName + (year is { } y ? $"-{y.ToString(CultureInfo.InvariantCulture)}" : "");
        return ReportRenderer.Excel(XlsxWriter.Write(new SheetSpec(BudgetsName, columns, body) { TotalRows = new HashSet<int> { body.Count - 1 } }), stem);
    }

    public async Task<DocumentResult<ReportFile>> Evaluations(UserScope scope, int? year, EvaluationStatus? status, ReportFormat format, CancellationToken ct = default)
    {
        if (format != ReportFormat.Xlsx)
        {
            return ReportFormats.Unsupported(EvaluationsName, format, ReportFormat.Xlsx);
        }
        var rows = await evaluations.List(scope, year, status, ct);
        List<SheetColumn> columns =
        [
            new("序号", 6, ColumnFormat.Integer), new("评价对象", 36), new("类型", 12), new("被评价单位", 26), new("评价机构", 26),
            new("状态", 12), new("得分", 10, ColumnFormat.Score), new("等级", 8), new("截止日期", 12),
        ];
        var body = rows.Select((r, i) => (IReadOnlyList<object?>)[i + 1, r.Name, r.Kind, r.SubjectUnit, r.Agency ?? "—", r.StatusText, r.Total, r.Grade ?? "—", Date(r.DueAt)]).ToList();
        return Excel(new SheetSpec(EvaluationsName, columns, body), EvaluationsName + (year is { } y ? $"-{y.ToString(CultureInfo.InvariantCulture)}" : ""));
    }

    public async Task<DocumentResult<ReportFile>> Findings(UserScope scope, FindingFilter filter, ReportFormat format, CancellationToken ct = default)
    {
        if (format != ReportFormat.Xlsx)
        {
            return ReportFormats.Unsupported(FindingsName, format, ReportFormat.Xlsx);
        }
        var rows = OverdueFirst(await findings.Mine(scope, filter, ct));
        List<SheetColumn> columns =
        [
            new("序号", 6, ColumnFormat.Integer), new("项目", 30), new("类别", 16), new("存在的问题", 40), new("原因分析", 30), new("整改建议", 30),
            new("责任单位", 24), new("整改期限", 12), new("状态", 10), new("逾期天数", 10, ColumnFormat.Integer),
        ];
        var body = rows.Select((f, i) => (IReadOnlyList<object?>)
            [i + 1, f.ProjectName ?? "", f.Category, f.Problem, f.Cause, f.Recommendation, f.ResponsibleUnit, Date(f.DueAt), f.StatusText, f.Overdue ? f.DaysOverdue : null]).ToList();
        return Excel(new SheetSpec(FindingsName, columns, body), FindingsName);
    }

    public async Task<DocumentResult<ReportFile>> Batches(UserScope scope, ReportFormat format, CancellationToken ct = default)
    {
        if (format != ReportFormat.Xlsx)
        {
            return ReportFormats.Unsupported(BatchesName, format, ReportFormat.Xlsx);
        }
        var rows = await batches.List(scope, ct);
        List<SheetColumn> columns =
        [
            new("序号", 6, ColumnFormat.Integer), new("年度", 8, ColumnFormat.Integer), new("批次", 40), new("项目数", 10, ColumnFormat.Integer),
            new("已委托", 10, ColumnFormat.Integer), new("报告截止", 12),
        ];
        var body = rows.Select((b, i) => (IReadOnlyList<object?>)[i + 1, b.Year, b.Name, b.Projects, b.Commissioned, Date(b.DueAt)]).ToList();
        return Excel(new SheetSpec(BatchesName, columns, body), BatchesName);
    }

    /// <summary>The order of the /Findings page: overdue first, then by deadline.</summary>
    public static IReadOnlyList<FindingView> OverdueFirst(IEnumerable<FindingView> rows) =>
        rows.OrderByDescending(f => f.Overdue).ThenBy(f => f.DueAt).ToList();

    private static string Date(DateTime at) => at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DocumentResult<ReportFile> Excel(SheetSpec sheet, string stem) => ReportRenderer.Excel(XlsxWriter.Write(sheet), stem);
}
