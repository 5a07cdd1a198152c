namespace Jixiao.Review.Text;

/// <summary>The whole report as numbered, normalised lines.</summary>
public sealed class ReportText
{
    /// <summary>Longer lines are cut: no real paragraph is this long, and it bounds the work per line.</summary>
    public const int MaxLineLength = 20_000;

    /// <summary>More lines than this are not read: a report has a few thousand at most.</summary>
    public const int MaxLines = 50_000;

    ReportText(IReadOnlyList<ReportLine> lines, bool truncated)
    {
        Lines = lines;
        Truncated = truncated;
    }

    public IReadOnlyList<ReportLine> Lines { get; }

    /// <summary>True when the input had more than <see cref="MaxLines"/> lines or overlong lines.</summary>
    public bool Truncated { get; }

    public ReportLine this[int number] => Lines[number - 1];

    public static ReportText FromString(string text) => FromLines(SplitLines(text));

    public static ReportText FromLines(IEnumerable<string> rawLines)
    {
        var lines = new List<ReportLine>();
        var truncated = false;
        foreach (var raw in rawLines)
        {
            if (lines.Count >= MaxLines)
            {
                truncated = true;
                break;
            }

            var line = raw;
            if (line.Length > MaxLineLength)
            {
                line = line[..MaxLineLength];
                truncated = true;
            }

            // Control characters other than tab are noise from binary or PDF text; they are not cells.
            var cleaned = StripControls(line);
            lines.Add(new ReportLine(lines.Count + 1, cleaned, TextNormalizer.Normalize(cleaned)));
        }

        return new ReportText(lines, truncated);
    }

    static string StripControls(string line)
    {
        foreach (var c in line)
        {
            if (char.IsControl(c) && c != '\t')
            {
                return string.Concat(line.Where(ch => !char.IsControl(ch) || ch == '\t'));
            }
        }

        return line;
    }

    /// <summary>Splits on \r\n, \n, \r, vertical tab and form feed (page breaks from pdftotext).</summary>
    public static IEnumerable<string> SplitLines(string text)
    {
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\v' or '\f' or '\u2028' or '\u2029')
            {
                yield return text[start..i];
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        if (start < text.Length)
        {
            yield return text[start..];
        }
    }
}
