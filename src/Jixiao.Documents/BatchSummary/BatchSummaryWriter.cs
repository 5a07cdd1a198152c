using System.Globalization;
using Jixiao.Documents.Charts;
using Jixiao.Documents.Common;
using Jixiao.Documents.Templates;

namespace Jixiao.Documents.BatchSummary;

/// <summary>Writes the finance bureau's batch summary report with Annex 1 (project list) and Annex 2 (results).</summary>
public static class BatchSummaryWriter
{
    public static readonly IReadOnlyList<string> SectionKeys =
        ["basic", "problems", "recommendations", "achievements", "next", "annex1", "annex2"];

    private static readonly string[] Annexes = ["annex1", "annex2"];

    public static DocumentResult<byte[]> Write(BatchSummaryReport report, ReportTemplate? template = null)
    {
        template ??= BatchSummaryTemplates.Default;
        var errors = template.Check(BatchSummaryTemplates.Kind, "重点绩效评价情况的报告", [.. SectionKeys]);
        if (errors.Count > 0)
        {
            return DocumentResult<byte[]>.Fail(errors);
        }

        var figures = BatchFigures.Of(report);
        using var composer = new ReportComposer(template, Values(report, figures));
        composer.Cover();
        foreach (var section in template.Included.Where(s => !Annexes.Contains(s.Key)))
        {
            composer.Section(section);
            WriteSection(composer, report, figures, section.Key);
        }

        composer.SignatureBlock();
        var annexNumber = 0;
        foreach (var annex in template.Included.Where(s => Annexes.Contains(s.Key)))
        {
            composer.Writer.PageBreak();
            composer.Writer.AnnexLabel($"附件{(++annexNumber).ToString(CultureInfo.InvariantCulture)}");
            composer.Writer.Title(composer.Fill(annex.Heading));
            if (annex.Key == "annex1")
            {
                composer.Writer.Table(BatchAnnexTables.ProjectList(report.Projects));
                if (figures.ProjectBudgets.NeedsRoundingNote)
                {
                    composer.Writer.Note(Money.RoundingNote);
                }
            }
            else
            {
                composer.Writer.Table(BatchAnnexTables.Results(report.Projects));
            }
        }

        return composer.Finish();
    }

    private static Dictionary<string, string> Values(BatchSummaryReport report, BatchFigures figures) => new()
    {
        ["发文单位"] = report.Issuer,
        ["年度"] = report.Year.ToString(CultureInfo.InvariantCulture),
        ["项目个数"] = figures.ProjectCount.ToString(CultureInfo.InvariantCulture),
        ["部门个数"] = figures.DepartmentCount.ToString(CultureInfo.InvariantCulture),
        ["预算合计"] = Money.WanPlain(figures.ProjectBudgets.TotalYuan),
        ["评价机构"] = string.Join("、", report.Agencies),
        ["开始日期"] = ReportComposer.Date(report.EvaluationStart),
        ["结束日期"] = ReportComposer.Date(report.EvaluationEnd),
        ["反馈部门数"] = report.DepartmentsReplied.ToString(CultureInfo.InvariantCulture),
        ["报告日期"] = ReportComposer.Date(report.ReportDate),
        ["等级分布"] = string.Join("、", figures.ByGrade.Select(g => $"{g.Grade}{g.Count.ToString(CultureInfo.InvariantCulture)}个")),
    };

    private static void WriteSection(ReportComposer c, BatchSummaryReport r, BatchFigures f, string key)
    {
        switch (key)
        {
            case "basic":
                var sources = string.Join("、", f.BySource.Select(s => $"{s.Source}{Money.WanPlain(s.Yuan)}万元"));
                c.Writer.Body(c.Fill("{年度}年度，{发文单位}选取{部门个数}个部门的{项目个数}个项目开展重点绩效评价，涉及预算批复金额{预算合计}万元，其中") + sources + "。");
                c.Writer.Body(c.Fill("评价工作委托{评价机构}实施，于{开始日期}至{结束日期}完成，评价结果已反馈各部门，{反馈部门数}个部门书面回复了整改意见。"));
                c.Writer.Body(c.Fill("从评价结果看，{项目个数}个项目中{等级分布}。各项目得分和等级见附件2。"));
                c.Narrative(r.Narratives, key);
                if (c.Template.Charts)
                {
                    c.Writer.Image(ChartImages.GradeDistribution(f.ByGrade.Select(g => new ChartBar(g.Grade, g.Count))), 12);
                    c.Writer.Caption("图1  评价等级分布");
                    if (f.ScoreByDepartment.Count > 0)
                    {
                        c.Writer.Image(ChartImages.ScoresByDepartment(f.ScoreByDepartment.Select(d => new ChartBar(ShortName(d.Department), d.Average))), 14.5);
                        c.Writer.Caption("图2  各主管部门项目平均得分");
                    }
                }

                break;
            case "problems":
                c.Narrative(r.Narratives, key);
                for (var i = 0; i < r.Problems.Count; i++)
                {
                    c.Writer.Heading2(ChineseNumerals.Subsection(i + 1, c.Fill(r.Problems[i].Heading)));
                    c.Writer.Body(c.Fill(r.Problems[i].Text));
                }

                if (r.Problems.Count == 0 && !r.Narratives.ContainsKey(key))
                {
                    c.Writer.Body("无。");
                }

                break;
            default:
                c.Narrative(r.Narratives, key, noneWhenMissing: true);
                break;
        }
    }

    // Chart axes have little room: drop the county prefix that every department shares.
    private static string ShortName(string department)
    {
        var index = department.IndexOfAny(['县', '区', '市']);
        var name = index is > 0 and < 4 && department.Length - index > 3 ? department[(index + 1)..] : department;
        return name.Length > 8 ? name[..8] : name;
    }
}
