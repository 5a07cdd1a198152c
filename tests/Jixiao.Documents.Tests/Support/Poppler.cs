using System.Diagnostics;

namespace Jixiao.Documents.Tests.Support;

/// <summary>pdftotext / pdftoppm from poppler-utils, to read and look at converted PDFs.</summary>
internal static class Poppler
{
    public static string Text(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"jixiao-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            return Run("pdftotext", "-layout", file, "-");
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(30_000);
        return output;
    }
}
