using System.Diagnostics;
using System.Globalization;
using Jixiao.Documents.Common;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Pdf;

/// <summary>
/// Converts .docx to PDF with LibreOffice headless. Each call gets its own profile directory
/// (concurrent calls sharing one fail without a PDF), runs under a timeout and is killed with its
/// children when it overruns; the work directory is removed afterwards.
/// </summary>
public sealed class LibreOfficePdfConverter(TimeSpan? timeout = null, string? sofficePath = null, FontSet? fonts = null)
{
    public const string MissingMessage =
        "未找到 LibreOffice（soffice），无法生成 PDF。请安装软件包 libreoffice-writer-nogui（Debian/Ubuntu：sudo apt-get install libreoffice-writer-nogui），或先下载 Word 文档。";

    private readonly TimeSpan limit = timeout ?? TimeSpan.FromSeconds(60);

    /// <summary>The soffice on PATH, or null when LibreOffice is not installed.</summary>
    public static string? FindSoffice()
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(dir => new[] { Path.Combine(dir, "soffice"), Path.Combine(dir, "libreoffice") })
            .FirstOrDefault(File.Exists);
    }

    public async Task<DocumentResult<byte[]>> ConvertAsync(byte[] docx, CancellationToken cancellationToken = default)
    {
        var soffice = sofficePath ?? FindSoffice();
        if (soffice is null || !File.Exists(soffice))
        {
            return DocumentResult<byte[]>.Fail(MissingMessage);
        }

        var work = Directory.CreateTempSubdirectory("jixiao-pdf-");
        try
        {
            var input = Path.Combine(work.FullName, "report.docx");
            var output = Path.Combine(work.FullName, "out");
            await File.WriteAllBytesAsync(input, docx, cancellationToken);
            var fontConfig = Path.Combine(work.FullName, "fonts.conf");
            await File.WriteAllTextAsync(fontConfig, FontAliases.FontConfig(fonts ?? FontSet.Official), cancellationToken);

            var start = new ProcessStartInfo(soffice)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add($"-env:UserInstallation={new Uri(Path.Combine(work.FullName, "profile")).AbsoluteUri}");
            foreach (var argument in new[] { "--headless", "--norestore", "--nologo", "--convert-to", "pdf", "--outdir", output, input })
            {
                start.ArgumentList.Add(argument);
            }

            start.Environment["FONTCONFIG_FILE"] = fontConfig;
            return await Run(start, Path.Combine(output, "report.pdf"), cancellationToken);
        }
        finally
        {
            TryDelete(work);
        }
    }

    private async Task<DocumentResult<byte[]>> Run(ProcessStartInfo start, string pdf, CancellationToken cancellationToken)
    {
        using var process = Process.Start(start);
        if (process is null)
        {
            return DocumentResult<byte[]>.Fail(MissingMessage);
        }

        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        _ = process.StandardOutput.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(limit);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            cancellationToken.ThrowIfCancellationRequested();
            return DocumentResult<byte[]>.Fail(
                $"LibreOffice 转换 PDF 超时（超过{limit.TotalSeconds.ToString("0", CultureInfo.InvariantCulture)}秒），已终止转换进程。");
        }

        if (!File.Exists(pdf))
        {
            var detail = (await stderr).Trim();
            return DocumentResult<byte[]>.Fail(
                $"LibreOffice 未能生成 PDF（退出码 {process.ExitCode.ToString(CultureInfo.InvariantCulture)}）{(detail.Length > 0 ? "：" + detail : "。")}");
        }

        return DocumentResult<byte[]>.Ok(await File.ReadAllBytesAsync(pdf, cancellationToken));
    }

    private static void TryDelete(DirectoryInfo directory)
    {
        try
        {
            directory.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A killed soffice may still hold a file for a moment; the temp directory is reclaimed by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
