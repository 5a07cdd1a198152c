using Jixiao.Documents.BatchSummary;
using Jixiao.Documents.Scores;
using Jixiao.Documents.SelfEvaluation;

namespace Jixiao.Documents.Spreadsheets;

/// <summary>One funding line of a project as the project list shows it (one row per 资金来源).</summary>
public sealed record ProjectListRow(string Code, int Year, string Name, string Department, string Unit, string UnitCode, string Source, decimal BudgetYuan);

/// <summary>
/// The standard tables as worksheets. Money cells hold exact 万元 (元 ÷ 10000) shown with two
/// decimals, so Excel's own SUM agrees with the 合计 row to the cent.
/// </summary>
public static class StandardSheets
{
    public static readonly IReadOnlyList<string> SelfEvaluationHeaders =
        ["一级指标", "二级指标", "三级指标", "分值", "年度指标值", "实际完成值", "得分", "偏差原因分析及改进措施"];

    public static SheetSpec ProjectList(IReadOnlyList<ProjectListRow> rows)
    {
        List<SheetColumn> columns =
        [
            new("序号", 6, ColumnFormat.Integer), new("项目编码", 14), new("年度", 8, ColumnFormat.Integer), new("项目名称", 36),
            new("主管部门", 24), new("实施单位", 24), new("单位编码", 10), new("资金来源", 14), new("预算批复金额（万元）", 16, ColumnFormat.Wan),
        ];
        var body = rows.Select((r, i) => (IReadOnlyList<object?>)[i + 1, r.Code, r.Year, r.Name, r.Department, r.Unit, r.UnitCode, r.Source, Wan(r.BudgetYuan)]).ToList();
        body.Add(["合计", null, null, null, null, null, null, null, Wan(rows.Sum(r => r.BudgetYuan))]);
        return new SheetSpec("项目清单", columns, body) { TotalRows = new HashSet<int> { body.Count - 1 } };
    }

    /// <summary>The indicator/target table (绩效目标表): the tree, points and target values.</summary>
    public static SheetSpec Targets(ScoreSummary scores)
    {
        List<SheetColumn> columns = [new("一级指标", 12), new("二级指标", 14), new("三级指标", 28), new("分值", 8, ColumnFormat.Score), new("年度指标值", 16)];
        var body = scores.Lines.Select(l => (IReadOnlyList<object?>)[l.Level1, l.Level2, l.Level3, l.Weight, l.Target]).ToList();
        return new SheetSpec("绩效指标", columns, body);
    }

    /// <summary>
    /// The indicator part of the self-evaluation table. With <paramref name="blankActuals"/> the
    /// 实际完成值 and 得分 cells are left for the unit to fill, then imported back.
    /// </summary>
    public static SheetSpec SelfEvaluation(SelfEvaluationTable table, bool blankActuals = false)
    {
        List<SheetColumn> columns =
        [
            new(SelfEvaluationHeaders[0], 12), new(SelfEvaluationHeaders[1], 14), new(SelfEvaluationHeaders[2], 26),
            new(SelfEvaluationHeaders[3], 8, ColumnFormat.Score), new(SelfEvaluationHeaders[4], 16), new(SelfEvaluationHeaders[5], 16),
            new(SelfEvaluationHeaders[6], 8, ColumnFormat.Score), new(SelfEvaluationHeaders[7], 36),
        ];
        var body = table.Scores.Lines.Select(l => (IReadOnlyList<object?>)
            [l.Level1, l.Level2, l.Level3, l.Weight, l.Target, blankActuals ? null : l.Actual, blankActuals ? null : l.Score, blankActuals ? null : l.Note]).ToList();
        return new SheetSpec("自评表", columns, body);
    }

    /// <summary>
    /// The whole self-evaluation table as a workbook: indicators first (the sheet imported back),
    /// then the funding rows with 年度资金总额 as their exact total.
    /// </summary>
    public static SheetSpec[] SelfEvaluationWorkbook(SelfEvaluationTable table, bool blankActuals = false) =>
        [SelfEvaluation(table, blankActuals), SelfEvaluationFunding(table)];

    public static SheetSpec SelfEvaluationFunding(SelfEvaluationTable table)
    {
        List<SheetColumn> columns =
        [
            new("项目资金（万元）", 16), new("年初预算数", 14, ColumnFormat.Wan), new("全年预算数（A）", 16, ColumnFormat.Wan),
            new("全年执行数（B）", 16, ColumnFormat.Wan), new("分值", 8, ColumnFormat.Score), new("执行率（B/A）", 14, ColumnFormat.Percent), new("得分", 8, ColumnFormat.Score),
        ];
        List<IReadOnlyList<object?>> body =
        [
            ["年度资金总额", Wan(table.Funding.Sum(f => f.InitialYuan)), Wan(table.Funding.Sum(f => f.FullYearYuan)), Wan(table.Funding.Sum(f => f.SpentYuan)), table.ExecutionWeight, table.ExecutionRate, table.ExecutionScore],
            .. table.Funding.Select(f => (IReadOnlyList<object?>)[f.Name, Wan(f.InitialYuan), Wan(f.FullYearYuan), Wan(f.SpentYuan), null, null, null]),
        ];
        return new SheetSpec("项目资金", columns, body) { TotalRows = new HashSet<int> { 0 } };
    }

    /// <summary>Annex 1 (项目清单 with 合计) and Annex 2 (评分及等级) of a batch report, as two sheets.</summary>
    public static SheetSpec[] BatchAnnexes(BatchSummaryReport report)
    {
        var projects = report.Projects;
        List<SheetColumn> listColumns =
        [
            new("序号", 6, ColumnFormat.Integer), new("归口科室", 14), new("实施单位", 30), new("项目名称", 36), new("预算批复金额（万元）", 18, ColumnFormat.Wan),
        ];
        var list = projects.Select((p, i) => (IReadOnlyList<object?>)[i + 1, p.BudgetSection, BatchAnnexTables.UnitWithCode(p), p.Name, Wan(p.BudgetYuan)]).ToList();
        list.Add(["合计", null, null, null, Wan(projects.Sum(p => p.BudgetYuan))]);

        List<SheetColumn> resultColumns =
        [
            new("序号", 6, ColumnFormat.Integer), new("实施单位", 30), new("项目名称", 36), new("财政综合评分", 14, ColumnFormat.Score), new("等级", 8),
        ];
        var results = projects.Select((p, i) => (IReadOnlyList<object?>)[i + 1, p.Unit, p.Name, p.Score, p.Score is null ? BatchFigures.NotScored : p.Grade]).ToList();
        return
        [
            new SheetSpec("附件1 项目清单", listColumns, list) { TotalRows = new HashSet<int> { list.Count - 1 } },
            new SheetSpec("附件2 评价结果", resultColumns, results),
        ];
    }

    private static decimal Wan(decimal yuan) => yuan / 10000m;
}
