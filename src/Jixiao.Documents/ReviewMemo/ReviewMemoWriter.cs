using System.Globalization;
using Jixiao.Documents.Common;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.ReviewMemo;

/// <summary>One finding as the memo prints it; severity is the Chinese word (错误/提醒/已核对).</summary>
public sealed record MemoFinding(string Severity, string Code, string Message, IReadOnlyList<int> Lines, IReadOnlyDictionary<string, decimal> Numbers);

/// <summary>
/// What a 复核意见书 says about one uploaded report. Plain data: Documents does not depend on the reviewer,
/// so the App maps the stored review into this record.
/// </summary>
public sealed record ReviewMemo(
    string Jurisdiction,
    string ReportName,
    string Kind,
    DateOnly Date,
    string Reviewer,
    IReadOnlyList<MemoFinding> Findings);

/// <summary>Writes the 复核意见书 with the official layout (title, 仿宋 body, bordered tables) of the other reports.</summary>
public static class ReviewMemoWriter
{
    public const string Error = "错误";
    public const string Warning = "提醒";
    public const string Verified = "已核对";

    public static DocumentResult<byte[]> Write(ReviewMemo memo)
    {
        if (string.IsNullOrWhiteSpace(memo.ReportName))
        {
            return DocumentResult<byte[]>.Fail("复核意见书缺少报告名称。");
        }

        using var writer = new DocxWriter(FontSet.Official);
        writer.Title("绩效评价报告复核意见书");
        writer.Subtitle(memo.Jurisdiction);
        writer.Table(Cover(memo));

        var errors = Of(memo, Error);
        var warnings = Of(memo, Warning);
        var verified = Of(memo, Verified);
        writer.Heading1("一、复核结论");
        writer.Body(Conclusion(errors.Count, warnings.Count, verified.Count));
        writer.Heading1("二、需更正的错误");
        FindingTable(writer, errors, "未发现需更正的错误。");
        writer.Heading1("三、需核实的提醒");
        FindingTable(writer, warnings, "没有需核实的提醒。");
        writer.Heading1("四、已核对无误的事项");
        FindingTable(writer, verified, "没有可核对的数字。");
        writer.Note("说明：行号指上传报告转换为文字后的行号，与复核页面显示的行号一致。本意见书由系统按报告中的数字相互核对生成，供复核人员参考。");
        writer.Signature([$"复核人：{memo.Reviewer}", ReportDate(memo.Date)]);
        return DocumentResult<byte[]>.Ok(writer.Finish());
    }

    public static string Conclusion(int errors, int warnings, int verified) =>
        errors == 0 && warnings == 0
            ? string.Create(CultureInfo.InvariantCulture, $"经复核，报告中 {verified} 处数字核对无误，未发现错误和需核实的事项。")
            : string.Create(CultureInfo.InvariantCulture,
                $"经复核，报告中发现错误 {errors} 处、需核实的提醒 {warnings} 处，另有 {verified} 处数字核对无误。请评价机构（单位）对错误逐条更正、对提醒逐条核实说明后重新报送。");

    private static List<MemoFinding> Of(ReviewMemo memo, string severity) =>
        memo.Findings.Where(f => f.Severity == severity).ToList();

    private static DocxTable Cover(ReviewMemo memo) =>
        new([new("项目", 25, CellAlign.Center), new("内容", 75)],
        [
            DocxRow.Of("报告名称", memo.ReportName),
            DocxRow.Of("报告类型", memo.Kind),
            DocxRow.Of("复核日期", ReportDate(memo.Date)),
            DocxRow.Of("复核人", memo.Reviewer),
            DocxRow.Of("复核结果", Counts(memo)),
        ]) { ShowHeader = false };

    private static string Counts(ReviewMemo memo) => string.Create(CultureInfo.InvariantCulture,
        $"错误 {Of(memo, Error).Count} 处，提醒 {Of(memo, Warning).Count} 处，已核对 {Of(memo, Verified).Count} 处");

    private static void FindingTable(DocxWriter writer, List<MemoFinding> findings, string none)
    {
        if (findings.Count == 0)
        {
            writer.Body(none);
            return;
        }

        var rows = findings.Select((f, i) => DocxRow.Of(
            (i + 1).ToString(CultureInfo.InvariantCulture), Lines(f.Lines), f.Message, Numbers(f.Numbers))).ToList();
        writer.Table(new DocxTable(
            [new("序号", 8, CellAlign.Center), new("行号", 18, CellAlign.Center), new("复核意见", 48), new("涉及数字", 26)], rows));
    }

    public static string Lines(IReadOnlyList<int> lines) =>
        lines.Count == 0 ? "—" : "第" + string.Join("、", lines.Select(l => l.ToString(CultureInfo.InvariantCulture))) + "行";

    private static string Numbers(IReadOnlyDictionary<string, decimal> numbers) =>
        numbers.Count == 0 ? "—" : string.Join("\n", numbers.Select(n => $"{n.Key}：{n.Value.ToString("0.####", CultureInfo.InvariantCulture)}"));

    private static string ReportDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
}
