using System.Globalization;
using Jixiao.Documents.Charts;
using Jixiao.Documents.Common;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Scores;
using Jixiao.Documents.Templates;

namespace Jixiao.Documents.Department;

/// <summary>Writes a whole-department evaluation report with its budget table and §4.3 scoring table.</summary>
public static class DepartmentWriter
{
    public static readonly IReadOnlyList<string> SectionKeys = ["overview", "work", "analysis", "duties", "problems", "measures"];

    public static DocumentResult<byte[]> Write(DepartmentReport report, ReportTemplate? template = null)
    {
        template ??= DepartmentTemplates.Default;
        var errors = template.Check(DepartmentTemplates.Kind, "部门整体支出绩效评价报告", [.. SectionKeys]);
        if (errors.Count > 0)
        {
            return DocumentResult<byte[]>.Fail(errors);
        }

        using var composer = new ReportComposer(template, Values(report));
        composer.Cover();
        foreach (var section in template.Included)
        {
            composer.Section(section);
            WriteSection(composer, report, section.Key);
        }

        composer.SignatureBlock();
        return composer.Finish();
    }

    private static Dictionary<string, string> Values(DepartmentReport report)
    {
        var totals = BudgetTotals.Of(report.Budget);
        var values = new Dictionary<string, string>
        {
            ["部门名称"] = report.Department,
            ["年度"] = report.Year.ToString(CultureInfo.InvariantCulture),
            ["评价类型"] = report.Evaluation.Kind,
            ["评价组织机构"] = report.Evaluation.Organizer,
            ["评价机构"] = report.Evaluation.Agency,
            ["出具单位"] = report.Evaluation.Agency.Length > 0 ? report.Evaluation.Agency : report.Evaluation.Organizer,
            ["报告日期"] = ReportComposer.Date(report.Evaluation.ReportDate),
            ["下达资金"] = Money.WanPlain(totals.Allocated.TotalYuan),
            ["支出合计"] = Money.WanPlain(totals.Spent.TotalYuan),
            ["基本支出"] = Money.WanPlain(totals.Basic.TotalYuan),
            ["人员经费"] = Money.WanPlain(totals.Personnel.TotalYuan),
            ["公用经费"] = Money.WanPlain(totals.Public.TotalYuan),
            ["项目支出"] = Money.WanPlain(totals.Project.TotalYuan),
        };
        foreach (var (key, value) in ScoreTables.Values(report.Scores).Concat(report.Plan?.Values() ?? []))
        {
            values[key] = value;
        }

        return values;
    }

    private static void WriteSection(ReportComposer c, DepartmentReport r, string key)
    {
        switch (key)
        {
            case "overview":
                c.Narrative(r.Narratives, key);
                WritePlan(c, r.Plan);
                if (r.Budget.Count > 0)
                {
                    c.Writer.Body(c.Fill("{年度}年度，{部门名称}下达资金{下达资金}万元，全年支出{支出合计}万元，其中基本支出{基本支出}万元（人员经费{人员经费}万元、公用经费{公用经费}万元），项目支出{项目支出}万元。"));
                    var totals = BudgetTotals.Of(r.Budget);
                    c.Table("预算执行情况（单位：万元）", BudgetTable(r.Budget, totals), totals.NeedsRoundingNote);
                }

                break;
            case "work":
                c.Narrative(r.Narratives, key);
                if (r.IsScored)
                {
                    c.Writer.Body(c.Fill("经评价，{部门名称}{年度}年度部门整体支出绩效综合得分{总分}分（满分{满分}分），评价等级为“{等级}”。"));
                    c.Table("部门整体支出绩效评价评分表", ScoreTables.Indicators(r.Scores, noteHeader: string.Empty, completion: true, targetHeader: "目标值", actualHeader: "业绩值"));
                }

                break;
            case "analysis":
                if (c.Template.Charts && r.Scores.Levels.Any(l => l.Rate is not null))
                {
                    c.Writer.Image(ChartImages.LevelRates(r.Scores.Levels.Where(l => l.Rate is not null).Select(l => new ChartBar(l.Name, l.Rate!.Value))), 14.5);
                    c.Writer.Caption("图1  一级指标得分率");
                }

                var number = 0;
                foreach (var level in r.Scores.Levels)
                {
                    c.Writer.Heading2(ChineseNumerals.Subsection(++number, $"{level.Name}情况"));
                    c.Writer.Body($"{level.Name}类指标权重{Money.Points(level.Points)}分，得分{Money.Points(level.Score)}分，得分率{Money.Percent(level.Rate)}。");
                    c.Narrative(r.Narratives, $"analysis:{level.Name}");
                }

                break;
            default:
                c.Narrative(r.Narratives, key, noneWhenMissing: true);
                break;
        }
    }

    private static void WritePlan(ReportComposer c, DepartmentBudgetPlan? plan)
    {
        if (plan is null)
        {
            return;
        }

        c.Writer.Body(c.Fill(DepartmentBudgetPlan.Sentence));
        var (composition, compositionNote) = plan.CompositionTable();
        c.Table("部门预算构成（单位：万元）", composition, compositionNote);
        if (plan.Classes.Count > 0)
        {
            var (classes, classNote) = plan.ClassTable();
            c.Table("部门预算按功能分类（单位：万元）", classes, classNote);
        }
    }

    private static DocxTable BudgetTable(IReadOnlyList<DepartmentBudgetLine> lines, BudgetTotals totals)
    {
        List<DocxColumn> columns =
        [
            new("功能分类", 22),
            new("下达资金", 13, CellAlign.Right),
            new("人员经费", 13, CellAlign.Right),
            new("公用经费", 13, CellAlign.Right),
            new("基本支出小计", 13, CellAlign.Right),
            new("项目支出", 13, CellAlign.Right),
            new("支出合计", 13, CellAlign.Right),
        ];
        var rows = lines
            .Select(l => DocxRow.Of(l.FunctionalClass, Money.Wan(l.AllocatedYuan), Money.Wan(l.PersonnelYuan), Money.Wan(l.PublicYuan), Money.Wan(l.BasicYuan), Money.Wan(l.ProjectYuan), Money.Wan(l.SpentYuan)))
            .Append(DocxRow.Total(
                new DocxCell("合计", Align: CellAlign.Center),
                new DocxCell(Money.Wan(totals.Allocated.TotalYuan)),
                new DocxCell(Money.Wan(totals.Personnel.TotalYuan)),
                new DocxCell(Money.Wan(totals.Public.TotalYuan)),
                new DocxCell(Money.Wan(totals.Basic.TotalYuan)),
                new DocxCell(Money.Wan(totals.Project.TotalYuan)),
                new DocxCell(Money.Wan(totals.Spent.TotalYuan))))
            .ToList();
        return new DocxTable(columns, rows);
    }

    internal sealed record BudgetTotals(MoneyColumn Allocated, MoneyColumn Personnel, MoneyColumn Public, MoneyColumn Basic, MoneyColumn Project, MoneyColumn Spent)
    {
        // Row subtotals (基本支出小计, 支出合计) are rounded from their exact 元 sums too, so a row can also
        // disagree with its rounded parts; the note covers rows and columns alike.
        public bool NeedsRoundingNote =>
            MoneyColumn.AnyNeedsNote(Allocated, Personnel, Public, Basic, Project, Spent)
            || Basic.LinesYuan.Select((_, i) => i).Any(i => RowGap(i));

        private bool RowGap(int i) =>
            Money.ToWan(Personnel.LinesYuan[i]) + Money.ToWan(Public.LinesYuan[i]) != Money.ToWan(Basic.LinesYuan[i])
            || Money.ToWan(Basic.LinesYuan[i]) + Money.ToWan(Project.LinesYuan[i]) != Money.ToWan(Spent.LinesYuan[i]);

        public static BudgetTotals Of(IReadOnlyList<DepartmentBudgetLine> lines) => new(
            new([.. lines.Select(l => l.AllocatedYuan)]),
            new([.. lines.Select(l => l.PersonnelYuan)]),
            new([.. lines.Select(l => l.PublicYuan)]),
            new([.. lines.Select(l => l.BasicYuan)]),
            new([.. lines.Select(l => l.ProjectYuan)]),
            new([.. lines.Select(l => l.SpentYuan)]));
    }
}
