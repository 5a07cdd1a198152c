using System.Globalization;
using Jixiao.Documents.Common;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Templates;

namespace Jixiao.Documents.Targets;

/// <summary>One third-level indicator of a target table, as declared (年度指标值 as typed).</summary>
public sealed record TargetRow(string Level1, string Level2, string Name, string Unit, decimal Points, string Target, string Direction);

/// <summary>项目支出绩效目标表 (DOMAIN §3): the project, its budget in 元, the overall goal and the indicators.</summary>
public sealed record TargetTable(ProjectFacts Project, decimal BudgetYuan, int Version, string Status, string OverallGoal, IReadOnlyList<TargetRow> Rows);

public static class TargetTableTemplates
{
    public const string Kind = "target-table";

    public static ReportTemplate Default { get; } = new(Kind, "{年度}年度项目支出绩效目标表", [new("project", "项目信息"), new("goal", "总体目标"), new("indicators", "绩效指标")])
    {
        Subtitle = "（第{版本}版 · {状态}）",
    };
}

/// <summary>Writes the target table as a printable Word table; 分值 adds up to the 合计 row.</summary>
public static class TargetTableWriter
{
    public static readonly IReadOnlyList<string> SectionKeys = ["project", "goal", "indicators"];

    public static DocumentResult<byte[]> Write(TargetTable table, ReportTemplate? template = null)
    {
        template ??= TargetTableTemplates.Default;
        var errors = template.Check(TargetTableTemplates.Kind, "项目支出绩效目标表", [.. SectionKeys]);
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
            ["版本"] = table.Version.ToString(CultureInfo.InvariantCulture),
            ["状态"] = table.Status,
        };
        using var composer = new ReportComposer(template, values);
        composer.Cover();
        foreach (var section in template.Included)
        {
            switch (section.Key)
            {
                case "project":
                    composer.Writer.Table(new DocxTable([new("", 16), new("", 36), new("", 18), new("", 30)],
                    [
                        DocxRow.Of("项目名称", table.Project.Name, "主管部门", table.Project.Department),
                        DocxRow.Of("实施单位", table.Project.Unit, "全年预算数（万元）", Money.Wan(table.BudgetYuan)),
                    ]) { ShowHeader = false });
                    break;
                case "goal":
                    composer.Writer.Table(new DocxTable([new("", 20), new("", 80)],
                        [new DocxRow([new DocxCell(composer.Fill(section.Heading), Align: CellAlign.Center), new DocxCell(table.OverallGoal, Prose: true)])]) { ShowHeader = false });
                    break;
                case "indicators":
                    composer.Writer.Table(Indicators(table.Rows));
                    break;
                default:
                    throw new InvalidOperationException($"未处理的章节 {section.Key}");
            }
        }

        return composer.Finish();
    }

    private static DocxTable Indicators(IReadOnlyList<TargetRow> rows)
    {
        List<DocxColumn> columns =
        [
            new("一级指标", 12), new("二级指标", 16), new("三级指标", 30), new("计量单位", 10, CellAlign.Center),
            new("分值", 8, CellAlign.Right), new("年度指标值", 14), new("指标方向", 10, CellAlign.Center),
        ];
        var body = rows.Select(r => DocxRow.Of(r.Level1, r.Level2, r.Name, r.Unit, Money.Points(r.Points), r.Target, r.Direction))
            .Append(DocxRow.Total(new DocxCell("合计", Span: 4, Align: CellAlign.Center), new DocxCell(Money.Points(rows.Sum(r => r.Points))), new DocxCell(""), new DocxCell("")))
            .ToList();
        return new DocxTable(columns, body) { MergeColumns = [0, 1] };
    }
}
