using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Jixiao.Review.Text;

namespace Jixiao.Review.Reading;

/// <summary>
/// Reads a PDF through poppler's <c>pdftotext -layout</c>. A layout line with three or more
/// blocks separated by wide gaps is a table row: its blocks become one cell per line followed by
/// an empty line, the shape the table reader expects from every format.
/// </summary>
public static partial class PdfTextExtractor
{
    /// <summary>pdftotext on a normal report takes well under a second; a hostile file is stopped here.</summary>
    static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    public static ReadResult Extract(string path) => Extract(path, "pdftotext");

    /// <summary>Whether pdftotext can be started here.</summary>
    public static bool IsAvailable()
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", "-v")
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            });
            process?.WaitForExit(5_000);
            return process is not null;
        }
        catch (Win32Exception)
        {
            return false;
        }
    }

    internal static ReadResult Extract(string path, string executable)
    {
        string output;
        try
        {
            using var process = new Process
            {
                StartInfo = new ProcessStartInfo(executable)
                {
                    ArgumentList = { "-layout", "-enc", "UTF-8", "-q", path, "-" },
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    UseShellExecute = false,
                    StandardOutputEncoding = Encoding.UTF8,
                },
            };
            process.Start();
            var stdout = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(Limit))
            {
                process.Kill(entireProcessTree: true);
                return ReadResult.Failure(SourceFormat.Pdf, "读取 PDF 超时：文件可能已损坏。");
            }

            output = stdout.GetAwaiter().GetResult();
            if (process.ExitCode != 0)
            {
                return ReadResult.Failure(SourceFormat.Pdf, "无法读取 PDF：文件已损坏或不是有效的 PDF 文件。");
            }
        }
        catch (Win32Exception)
        {
            return ReadResult.Failure(
                SourceFormat.Pdf,
                "无法读取 PDF：本机未安装 pdftotext（poppler-utils）。请先安装（如 apt-get install poppler-utils），或提供 .docx / .txt 文件。");
        }

        return ReadResult.Success(ReportText.FromLines(SplitLayoutRows(output)), SourceFormat.Pdf);
    }

    internal static IEnumerable<string> SplitLayoutRows(string layoutText)
    {
        foreach (var line in JoinWrappedLines(ReportText.SplitLines(layoutText).ToList()))
        {
            var blocks = WideGap().Split(line.Trim());
            if (blocks.Length >= 3)
            {
                foreach (var block in blocks)
                {
                    yield return block;
                }

                yield return string.Empty;
            }
            else
            {
                yield return line;
            }
        }
    }

    /// <summary>
    /// A PDF breaks every paragraph at the page width; sentences must be whole for the reviewer to read
    /// "其中" lists and scores. A line that fills the width and does not end a sentence continues on the next,
    /// unless the next is blank, a heading or a table row. Line numbers then count paragraphs, as in .docx.
    /// </summary>
    internal static IEnumerable<string> JoinWrappedLines(List<string> lines)
    {
        var widths = lines.Where(l => !IsTableRow(l)).Select(l => Width(l.TrimEnd())).Where(w => w > 0).OrderBy(w => w).ToList();
        if (widths.Count == 0)
        {
            foreach (var line in lines)
            {
                yield return line;
            }

            yield break;
        }

        // The page's text width: a high percentile rather than the maximum, which one odd line may set.
        var full = widths[(int)(widths.Count * 0.9)] * 0.85;
        string? paragraph = null;
        var paragraphWidth = 0;
        foreach (var line in lines)
        {
            var trimmed = line.Trim();
            var continues = paragraph is not null && trimmed.Length > 0 && !IsTableRow(line)
                && Heading.TryParse(new ReportLine(0, trimmed, TextNormalizer.Normalize(trimmed))) is null;
            if (continues)
            {
                paragraph += trimmed;
            }
            else
            {
                if (paragraph is not null)
                {
                    yield return paragraph;
                }

                paragraph = line.TrimEnd();
            }

            paragraphWidth = Width(line.TrimEnd());
            if (trimmed.Length == 0 || IsTableRow(line) || paragraphWidth < full || "。；;：:！？!?".Contains(trimmed[^1], StringComparison.Ordinal))
            {
                yield return paragraph!;
                paragraph = null;
            }
        }

        if (paragraph is not null)
        {
            yield return paragraph;
        }
    }

    static bool IsTableRow(string line) => WideGap().Split(line.Trim()).Length >= 3;

    /// <summary>Display width: CJK characters take two columns in pdftotext's layout.</summary>
    static int Width(string line)
    {
        var width = 0;
        foreach (var c in line)
        {
            width += c is >= '\u2E80' and <= '\uFFEF' ? 2 : 1;
        }

        return width;
    }

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex WideGap();
}
