using System.Globalization;
using Jixiao.Documents.Common;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Scores;
using Jixiao.Documents.Templates;

namespace Jixiao.Documents.SelfEvaluation;

/// <summary>Writes the self-evaluation table as a printable Word document.</summary>
public static class SelfEvaluationWriter
{
    public static readonly IReadOnlyList<string> SectionKeys = ["project", "funding", "goal", "indicators"];

    public static DocumentResult<byte[]> Write(SelfEvaluationTable table, ReportTemplate? template = null)
    {
        template ??= SelfEvaluationTemplates.Default;
        var errors = template.Check(SelfEvaluationTemplates.Kind, "项目支出绩效自评表", [.. SectionKeys]);
        if (errors.Count > 0)
        {
            return DocumentResult<byte[]>.Fail(errors);
        }

        var values = new Dictionary<string, string>
        {
            ["项目名称"] = table.Project.Name,
            ["年度"] = table.Project.Year.ToString(CultureInfo.InvariantCulture),
            ["主管部门"] = table.Project.Department,
            ["实施单位"] = table.Project.Unit,
        };
        foreach (var (key, value) in ScoreTables.Values(table.Scores))
        {
            values[key] = value;
        }

        using var composer = new ReportComposer(template, values);
        composer.Cover();
        var needsNote = false;
        foreach (var section in template.Included)
        {
            switch (section.Key)
            {
                case "project":
                    composer.Writer.Table(ProjectRows(table));
                    break;
                case "funding":
                    var funding = FundingTable(table, composer.Fill(section.Heading));
                    needsNote = funding.NeedsNote;
                    composer.Writer.Table(funding.Table);
                    break;
                case "goal":
                    composer.Writer.Table(GoalRows(table, composer.Fill(section.Heading)));
                    break;
                case "indicators":
                    composer.Writer.Table(Indicators(table));
                    break;
                default:
                    throw new InvalidOperationException($"未处理的章节 {section.Key}");
            }
        }

        if (needsNote)
        {
            composer.Writer.Note(Money.RoundingNote);
        }

        composer.SignatureBlock();
        return composer.Finish();
    }

    private static DocxTable ProjectRows(SelfEvaluationTable t)
    {
        DocxCell Label(string text) => new(text, Align: CellAlign.Center, Shaded: true);
        return new DocxTable(
            [new("", 18), new("", 32), new("", 18), new("", 32)],
            [
                new([Label("项目名称"), new(t.Project.Name, 3)]),
                new([Label("主管部门"), new(t.Project.Department), Label("实施单位"), new(t.Project.Unit)]),
            ])
        { ShowHeader = false };
    }

    internal sealed record Funding(DocxTable Table, MoneyColumn Initial, MoneyColumn FullYear, MoneyColumn Spent)
    {
        public bool NeedsNote => MoneyColumn.AnyNeedsNote(Initial, FullYear, Spent);
    }

    internal static Funding FundingTable(SelfEvaluationTable t, string heading)
    {
        var initial = new MoneyColumn([.. t.Funding.Select(f => f.InitialYuan)]);
        var fullYear = new MoneyColumn([.. t.Funding.Select(f => f.FullYearYuan)]);
        var spent = new MoneyColumn([.. t.Funding.Select(f => f.SpentYuan)]);
        List<DocxColumn> columns =
        [
            new(heading, 22, CellAlign.Center),
            new("年初预算数", 14, CellAlign.Right),
            new("全年预算数（A）", 14, CellAlign.Right),
            new("全年执行数（B）", 14, CellAlign.Right),
            new("分值", 11, CellAlign.Right),
            new("执行率（B/A）", 14, CellAlign.Right),
            new("得分", 11, CellAlign.Right),
        ];
        var rows = new List<DocxRow>
        {
            DocxRow.Total(
                new DocxCell("年度资金总额"),
                new DocxCell(Money.Wan(initial.TotalYuan)),
                new DocxCell(Money.Wan(fullYear.TotalYuan)),
                new DocxCell(Money.Wan(spent.TotalYuan)),
                new DocxCell(Money.Points(t.ExecutionWeight)),
                new DocxCell(Money.Percent(t.ExecutionRate)),
                new DocxCell(Money.Points(t.ExecutionScore))),
        };
        rows.AddRange(t.Funding.Select(f => DocxRow.Of(
            f.Name, Money.Wan(f.InitialYuan), Money.Wan(f.FullYearYuan), Money.Wan(f.SpentYuan), "—", "—", "—")));
        return new Funding(new DocxTable(columns, rows), initial, fullYear, spent);
    }

    // The national form: the heading cell spans the label row and the text row.
    private static DocxTable GoalRows(SelfEvaluationTable t, string heading) => new(
        [new(heading, 16, CellAlign.Center), new("预期目标", 42), new("实际完成情况", 42)],
        [
            new([new(heading, Shaded: true), new("预期目标", Align: CellAlign.Center, Shaded: true), new("实际完成情况", Align: CellAlign.Center, Shaded: true)]),
            new([new(heading, Shaded: true), new(t.GoalExpected), new(t.GoalActual)]),
        ])
    { ShowHeader = false, MergeColumns = [0] };

    private static DocxTable Indicators(SelfEvaluationTable t)
    {
        List<DocxColumn> columns =
        [
            new("一级指标", 8, CellAlign.Center),
            new("二级指标", 9, CellAlign.Center),
            new("三级指标", 16),
            new("年度指标值", 12, CellAlign.Center),
            new("实际完成值", 12, CellAlign.Center),
            new("分值", 10, CellAlign.Right),
            new("得分", 10, CellAlign.Right),
            new("偏差原因分析及改进措施", 23),
        ];
        var rows = t.Scores.Lines
            .Select(l => DocxRow.Of(l.Level1, l.Level2, l.Level3, l.Target, l.Actual, Money.Points(l.Weight), Money.Points(l.Score), l.Note))
            .ToList();

        // The execution score belongs to the total too: printing its row here lets the table add up
        // on its own (rows + 预算执行率 = 总分), which is what a reviewer recomputes.
        rows.Add(new DocxRow(
        [
            new("预算执行率", Span: 3, Align: CellAlign.Center),
            new("100%", Align: CellAlign.Center),
            new(Money.Percent(t.ExecutionRate), Align: CellAlign.Center),
            new(Money.Points(t.ExecutionWeight)),
            new(Money.Points(t.ExecutionScore)),
            new("全年执行数 ÷ 全年预算数 × 分值"),
        ]));
        rows.Add(DocxRow.Total(
            new DocxCell("总分", Span: 5, Align: CellAlign.Center),
            new DocxCell(Money.Points(t.Scores.TotalPoints)),
            new DocxCell(Money.Points(t.Scores.Total)),
            new DocxCell($"评价等级：{t.Scores.Grade}")));
        return new DocxTable(columns, rows) { MergeColumns = [0, 1] };
    }
}
