using System.Globalization;
using Jixiao.Documents.Common;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.BatchSummary;

/// <summary>Annex 1 (项目清单 with 合计) and Annex 2 (评分及等级) of a batch report.</summary>
public static class BatchAnnexTables
{
    public static DocxTable ProjectList(IReadOnlyList<BatchProject> projects)
    {
        List<DocxColumn> columns =
        [
            new("序号", 7, CellAlign.Center),
            new("归口科室", 13, CellAlign.Center),
            new("实施单位", 27),
            new("项目名称", 35),
            new("预算批复金额（万元）", 18, CellAlign.Right),
        ];
        var total = new MoneyColumn([.. projects.Select(p => p.BudgetYuan)]);
        var rows = projects
            .Select((p, i) => DocxRow.Of(Number(i), p.BudgetSection, UnitWithCode(p), p.Name, Money.Wan(p.BudgetYuan)))
            .Append(DocxRow.Total(new DocxCell("合计", Span: 4, Align: CellAlign.Center), new DocxCell(Money.Wan(total.TotalYuan))))
            .ToList();
        return new DocxTable(columns, rows);
    }

    public static DocxTable Results(IReadOnlyList<BatchProject> projects)
    {
        List<DocxColumn> columns =
        [
            new("序号", 7, CellAlign.Center),
            new("实施单位", 30),
            new("项目名称", 37),
            new("财政综合评分", 15, CellAlign.Right),
            new("等级", 11, CellAlign.Center),
        ];
        var rows = projects
            .Select((p, i) => DocxRow.Of(Number(i), p.Unit, p.Name, Money.Points(p.Score), p.Score is null ? BatchFigures.NotScored : p.Grade))
            .ToList();
        return new DocxTable(columns, rows);
    }

    public static string UnitWithCode(BatchProject project) =>
        project.UnitCode.Length > 0 ? $"[{project.UnitCode}]{project.Unit}" : project.Unit;

    private static string Number(int index) => (index + 1).ToString(CultureInfo.InvariantCulture);
}
