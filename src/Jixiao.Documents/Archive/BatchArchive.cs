using System.IO.Compression;
using Jixiao.Documents.BatchSummary;
using Jixiao.Documents.Common;
using Jixiao.Documents.Feedback;
using Jixiao.Documents.Spreadsheets;
using Jixiao.Documents.Templates;

namespace Jixiao.Documents.Archive;

/// <summary>A file to put in an archive: its name inside the zip and its bytes.</summary>
public sealed record ArchiveEntry(string Name, byte[] Content);

/// <summary>
/// The "whole batch as a zip" download: the summary report, its annexes as a workbook, all feedback
/// sheets in one file and one file per project. Entry names are Chinese (stored as UTF-8).
/// </summary>
public static class BatchArchive
{
    /// <summary>
    /// The standard entries, then <paramref name="extra"/> (e.g. each project's evaluation report). <paramref name="notes"/>
    /// (what is not in the archive yet, and why) close the combined feedback file and are saved as 说明.txt.
    /// The summary and the feedback sheets use the given templates (the defaults without).
    /// </summary>
    public static DocumentResult<byte[]> Create(
        BatchSummaryReport report, IReadOnlyList<FeedbackSheet> sheets, IReadOnlyList<ArchiveEntry>? extra = null, IReadOnlyList<string>? notes = null,
        ReportTemplate? summaryTemplate = null, ReportTemplate? feedbackTemplate = null)
    {
        var errors = new List<string>();
        var entries = new List<ArchiveEntry>();
        var year = report.Year.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Add(errors, entries, $"{year}年度重点绩效评价情况的报告.docx", BatchSummaryWriter.Write(report, summaryTemplate));
        entries.Add(new($"{year}年度重点绩效评价附件.xlsx", XlsxWriter.Write(StandardSheets.BatchAnnexes(report))));
        if (sheets.Count > 0)
        {
            Add(errors, entries, "评价结果反馈（全部项目）.docx", FeedbackWriter.WriteBatch(sheets, feedbackTemplate, notes));
            for (var i = 0; i < sheets.Count; i++)
            {
                var number = (i + 1).ToString("000", System.Globalization.CultureInfo.InvariantCulture);
                Add(errors, entries, $"评价结果反馈/{number}-{SafeFileName(sheets[i].Project.Name)}.docx", FeedbackWriter.Write(sheets[i], feedbackTemplate));
            }
        }

        entries.AddRange(extra ?? []);
        if (notes is { Count: > 0 })
        {
            entries.Add(new("说明.txt", System.Text.Encoding.UTF8.GetBytes(string.Join("\r\n", notes) + "\r\n")));
        }

        return errors.Count > 0 ? DocumentResult<byte[]>.Fail(errors) : DocumentResult<byte[]>.Ok(Zip(entries));
    }

    public static byte[] Zip(IEnumerable<ArchiveEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                using var target = zip.CreateEntry(entry.Name, CompressionLevel.Fastest).Open();
                target.Write(entry.Content);
            }
        }

        return stream.ToArray();
    }

    // Project names may hold characters Windows forbids in file names (／, ：, ?).
    internal static string SafeFileName(string name)
    {
        var invalid = new HashSet<char>(['\\', '/', ':', '*', '?', '"', '<', '>', '|']);
        var cleaned = new string([.. name.Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]).Trim();
        return cleaned.Length > 80 ? cleaned[..80] : cleaned;
    }

    private static void Add(List<string> errors, List<ArchiveEntry> entries, string name, DocumentResult<byte[]> result)
    {
        if (result.Succeeded)
        {
            entries.Add(new(name, result.Value!));
        }
        else
        {
            errors.AddRange(result.Errors.Select(e => $"{name}：{e}"));
        }
    }
}
