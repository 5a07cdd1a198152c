using System.Globalization;
using Jixiao.Documents.Common;
using Jixiao.Documents.Layout;
using Jixiao.Documents.Templates;

namespace Jixiao.Documents.Feedback;

/// <summary>Writes result feedback sheets: one project per file, or a whole batch with one sheet per page.</summary>
public static class FeedbackWriter
{
    public static readonly IReadOnlyList<string> SectionKeys = ["facts", "basic", "performance", "problems"];

    public static DocumentResult<byte[]> Write(FeedbackSheet sheet, ReportTemplate? template = null) =>
        WriteBatch([sheet], template);

    /// <summary>
    /// All sheets of a batch in one file, each starting on a new page. <paramref name="notes"/> (e.g. which projects have
    /// no sheet yet) go on a last page of their own, so every sheet can still be printed and sent as it is.
    /// </summary>
    public static DocumentResult<byte[]> WriteBatch(IReadOnlyList<FeedbackSheet> sheets, ReportTemplate? template = null, IReadOnlyList<string>? notes = null)
    {
        template ??= FeedbackTemplates.Default;
        var errors = template.Check(FeedbackTemplates.Kind, "评价结果反馈", [.. SectionKeys]);
        if (errors.Count > 0)
        {
            return DocumentResult<byte[]>.Fail(errors);
        }

        if (sheets.Count == 0)
        {
            return DocumentResult<byte[]>.Fail("没有可生成反馈的项目。");
        }

        using var writer = new DocxWriter(template.Fonts);
        var problems = new List<string>();
        for (var i = 0; i < sheets.Count; i++)
        {
            if (i > 0)
            {
                writer.PageBreak();
            }

            var sheet = sheets[i];
            var values = Values(sheet);
            string Fill(string text) => Placeholders.Fill(text, values, problems);
            writer.Title(Fill(template.Title));
            if (template.Subtitle.Length > 0)
            {
                writer.Subtitle(Fill(template.Subtitle));
            }

            writer.Table(SheetTable(sheet, template, Fill));
            if (template.Signature.Count > 0)
            {
                writer.Signature(template.Signature.Select(Fill));
            }
        }

        if (notes is { Count: > 0 })
        {
            writer.PageBreak();
            foreach (var note in notes)
            {
                writer.Note(note);
            }
        }

        var bytes = writer.Finish();
        return problems.Count == 0 ? DocumentResult<byte[]>.Ok(bytes) : DocumentResult<byte[]>.Fail(problems);
    }

    private static Dictionary<string, string> Values(FeedbackSheet sheet) => new()
    {
        ["地区"] = sheet.Jurisdiction,
        ["项目名称"] = sheet.Project.Name,
        ["年度"] = sheet.Project.Year.ToString(CultureInfo.InvariantCulture),
        ["项目单位"] = sheet.Project.Unit,
        ["主管部门"] = sheet.Project.Department,
        ["评价组织机构"] = sheet.Evaluation.Organizer,
        ["评价机构"] = sheet.Evaluation.Agency,
        ["评价时间"] = EvaluationMonth(sheet.Evaluation.ReportDate),
        ["评价分值"] = Money.Points(sheet.Total),
        ["评价结论"] = sheet.Grade,
        ["报告日期"] = ReportComposer.Date(sheet.Evaluation.ReportDate),
    };

    private static string EvaluationMonth(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月");

    private static DocxTable SheetTable(FeedbackSheet sheet, ReportTemplate template, Func<string, string> fill)
    {
        List<DocxColumn> columns = [new("项目", 18, CellAlign.Center), new("内容", 32), new("项目", 18, CellAlign.Center), new("内容", 32)];
        var rows = new List<DocxRow>();
        DocxCell Label(string text) => new(text, Align: CellAlign.Center, Shaded: true);
        DocxCell Value(string text, int span = 1) => new(text, span);
        DocxCell Prose(string text) => new(text, 3, Prose: true);

        foreach (var section in template.Included)
        {
            switch (section.Key)
            {
                case "facts":
                    rows.Add(new([Label("评价项目"), Value(sheet.Project.Name, 3)]));
                    rows.Add(new([Label("评价组织机构"), Value(sheet.Evaluation.Organizer), Label("项目主管部门"), Value(sheet.Project.Department)]));
                    rows.Add(new([Label("项目单位名称"), Value(sheet.Project.Unit), Label("项目期限"), Value(sheet.Project.Period)]));
                    rows.Add(new([Label("评价机构"), Value(sheet.Evaluation.Agency.Length > 0 ? sheet.Evaluation.Agency : sheet.Evaluation.Organizer), Label("评价时间"), Value(EvaluationMonth(sheet.Evaluation.ReportDate))]));
                    rows.Add(new([Label("评价分值"), new(Money.Points(sheet.Total), Align: CellAlign.Center, Bold: true), Label("评价结论"), new(sheet.Grade, Align: CellAlign.Center, Bold: true)]));
                    break;
                case "basic":
                    rows.Add(new([Label(fill(section.Heading)), Prose(fill(sheet.BasicSituation))]));
                    break;
                case "performance":
                    rows.Add(new([Label(fill(section.Heading)), Prose(fill(sheet.MainPerformance))]));
                    break;
                case "problems":
                    rows.Add(new([Label(fill(section.Heading)), Prose(ProblemsText(sheet, fill))]));
                    break;
                default:
                    throw new InvalidOperationException($"未处理的章节 {section.Key}");
            }
        }

        return new DocxTable(columns, rows) { ShowHeader = false };
    }

    private static string ProblemsText(FeedbackSheet sheet, Func<string, string> fill)
    {
        var lines = new List<string> { "一、存在的问题" };
        lines.AddRange(Blocks(sheet.Problems, fill));
        lines.Add("二、相关建议");
        lines.AddRange(Blocks(sheet.Recommendations, fill));
        return string.Join("\n", lines);
    }

    private static IEnumerable<string> Blocks(IReadOnlyList<TextBlock> blocks, Func<string, string> fill)
    {
        if (blocks.Count == 0)
        {
            yield return "无。";
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            yield return ChineseNumerals.Subsection(i + 1, fill(blocks[i].Heading));
            yield return fill(blocks[i].Text);
        }
    }
}
