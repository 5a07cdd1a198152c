using Jixiao.Documents.Charts;
using Jixiao.Documents.Common;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Scores;
using Jixiao.Documents.Templates;

namespace Jixiao.Documents.ProjectEvaluation;

/// <summary>Writes a 项目支出绩效评价报告 (.docx) from a <see cref="ProjectEvaluationReport"/> and a template.</summary>
public static class ProjectEvaluationWriter
{
    public static readonly IReadOnlyList<string> SectionKeys =
        ["basic", "process", "conclusion", "analysis", "deviation", "experience", "suggestions", "other", "annex"];

    public static DocumentResult<byte[]> Write(ProjectEvaluationReport report, ReportTemplate? template = null)
    {
        template ??= ProjectEvaluationTemplates.Default;
        var templateErrors = template.Check(ProjectEvaluationTemplates.Kind, "项目支出绩效评价报告", [.. SectionKeys]);
        if (templateErrors.Count > 0)
        {
            return DocumentResult<byte[]>.Fail(templateErrors);
        }

        using var composer = new ReportComposer(template, Values(report));
        composer.Cover();
        foreach (var section in template.Included.Where(s => s.Key != "annex"))
        {
            composer.Section(section);
            WriteSection(composer, report, section.Key);
        }

        composer.SignatureBlock();
        if (template.Included.FirstOrDefault(s => s.Key == "annex") is { } annex)
        {
            composer.Writer.PageBreak();
            composer.Writer.AnnexLabel("附件");
            composer.Writer.Title(composer.Fill(annex.Heading));
            composer.Writer.Table(ScoreTables.Indicators(report.Scores));
        }

        return composer.Finish();
    }

    internal static Dictionary<string, string> Values(ProjectEvaluationReport report)
    {
        var funding = FundingColumns(report.Funding);
        var values = new Dictionary<string, string>
        {
            ["项目名称"] = report.Project.Name,
            ["年度"] = report.Project.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["主管部门"] = report.Project.Department,
            ["实施单位"] = report.Project.Unit,
            ["单位编码"] = report.Project.UnitCode,
            ["项目期限"] = report.Project.Period,
            ["评价类型"] = report.Evaluation.Kind,
            ["评价组织机构"] = report.Evaluation.Organizer,
            ["评价机构"] = report.Evaluation.Agency,
            ["出具单位"] = report.Evaluation.Agency.Length > 0 ? report.Evaluation.Agency : report.Evaluation.Organizer,
            ["主评人"] = report.Evaluation.LeadEvaluator,
            ["报告日期"] = ReportComposer.Date(report.Evaluation.ReportDate),
            ["全年预算"] = Money.WanPlain(funding.Budget.TotalYuan),
            ["到位资金"] = Money.WanPlain(funding.Arrived.TotalYuan),
            ["执行数"] = Money.WanPlain(funding.Spent.TotalYuan),
            ["预算执行率"] = Money.Percent(report.ExecutionRate),
        };
        foreach (var (key, value) in ScoreTables.Values(report.Scores))
        {
            values[key] = value;
        }

        return values;
    }

    private static void WriteSection(ReportComposer c, ProjectEvaluationReport r, string key)
    {
        switch (key)
        {
            case "basic":
                c.Narrative(r.Narratives, key);
                c.Writer.Body(c.Fill("{项目名称}全年预算{全年预算}万元，实际到位{到位资金}万元，实际支出{执行数}万元，预算执行率{预算执行率}。项目由{实施单位}实施，主管部门为{主管部门}，实施期限为{项目期限}。"));
                var funding = FundingColumns(r.Funding);
                c.Table("项目资金情况（单位：万元）", FundingTable(r.Funding, funding), MoneyColumn.AnyNeedsNote(funding.Budget, funding.Arrived, funding.Spent));
                break;
            case "process":
                c.Writer.Body(c.Fill(r.Evaluation.Agency.Length > 0
                    ? "本次评价为{评价类型}，由{评价组织机构}组织，委托{评价机构}具体实施，主评人为{主评人}。"
                    : "本次评价为{评价类型}，由{评价组织机构}组织实施。"));
                c.Narrative(r.Narratives, key);
                break;
            case "conclusion":
                c.Writer.Body(c.Fill("经评价，{项目名称}综合得分{总分}分（满分{满分}分），评价等级为“{等级}”。") + LevelSentence(r.Scores));
                c.Table("一级指标得分情况", ScoreTables.Levels(r.Scores));
                c.Narrative(r.Narratives, key);
                break;
            case "analysis":
                WriteAnalysis(c, r);
                break;
            case "deviation":
                c.Writer.Body(c.Fill("项目全年预算{全年预算}万元，实际支出{执行数}万元，预算执行率{预算执行率}；综合得分{总分}分。"));
                c.Narrative(r.Narratives, key);
                break;
            default:
                c.Narrative(r.Narratives, key, noneWhenMissing: true);
                break;
        }
    }

    private static string LevelSentence(ScoreSummary scores) =>
        scores.Levels.Count == 0
            ? string.Empty
            : "其中，" + string.Join("；", scores.Levels.Select(l =>
                $"{l.Name}类指标分值{Money.Points(l.Points)}分，得分{Money.Points(l.Score)}分，得分率{Money.Percent(l.Rate)}")) + "。";

    private static void WriteAnalysis(ReportComposer c, ProjectEvaluationReport r)
    {
        if (c.Template.Charts && r.Scores.Levels.Any(l => l.Rate is not null))
        {
            var png = ChartImages.LevelRates(r.Scores.Levels.Where(l => l.Rate is not null).Select(l => new ChartBar(l.Name, l.Rate!.Value)));
            c.Writer.Image(png, 14.5);
            c.Writer.Caption("图1  一级指标得分率");
        }

        // An analysis written as one text (a unit's self-evaluation) precedes the per-level subsections.
        c.Narrative(r.Narratives, "analysis");
        var number = 0;
        foreach (var level in r.Scores.Levels)
        {
            c.Writer.Heading2(ChineseNumerals.Subsection(++number, $"项目{level.Name}情况"));
            c.Writer.Body($"{level.Name}类指标分值{Money.Points(level.Points)}分，实际得分{Money.Points(level.Score)}分，得分率{Money.Percent(level.Rate)}。");
            foreach (var line in r.Scores.Lines.Where(l => l.Level1 == level.Name && l.Score is { } s && s < l.Weight))
            {
                var reason = line.Note.Length > 0 ? $"，扣分原因：{line.Note.TrimEnd('。')}" : string.Empty;
                c.Writer.Body($"“{line.Level3}”分值{Money.Points(line.Weight)}分，得{Money.Points(line.Score)}分{reason}。");
            }

            c.Narrative(r.Narratives, $"analysis:{level.Name}");
        }
    }

    internal sealed record Funding(MoneyColumn Budget, MoneyColumn Arrived, MoneyColumn Spent);

    internal static Funding FundingColumns(IReadOnlyList<FundingLine> lines) => new(
        new([.. lines.Select(l => l.BudgetYuan)]),
        new([.. lines.Select(l => l.ArrivedYuan)]),
        new([.. lines.Select(l => l.SpentYuan)]));

    private static DocxTable FundingTable(IReadOnlyList<FundingLine> lines, Funding totals)
    {
        List<DocxColumn> columns =
        [
            new("资金来源", 34),
            new("全年预算数", 22, CellAlign.Right),
            new("到位数", 22, CellAlign.Right),
            new("执行数", 22, CellAlign.Right),
        ];
        var rows = lines
            .Select(l => DocxRow.Of(l.Source, Money.Wan(l.BudgetYuan), Money.Wan(l.ArrivedYuan), Money.Wan(l.SpentYuan)))
            .Append(DocxRow.Total(
                new DocxCell("合计", Align: CellAlign.Center),
                new DocxCell(Money.Wan(totals.Budget.TotalYuan)),
                new DocxCell(Money.Wan(totals.Arrived.TotalYuan)),
                new DocxCell(Money.Wan(totals.Spent.TotalYuan))))
            .ToList();
        return new DocxTable(columns, rows);
    }
}
