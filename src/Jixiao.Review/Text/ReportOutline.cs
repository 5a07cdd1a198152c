namespace Jixiao.Review.Text;

/// <summary>The numbered headings of a report and the line spans they govern.</summary>
public sealed class ReportOutline
{
    readonly int lineCount;

    public ReportOutline(ReportText text)
    {
        lineCount = text.Lines.Count;
        Headings = text.Lines.Select(Heading.TryParse).OfType<Heading>().ToList();
    }

    public IReadOnlyList<Heading> Headings { get; }

    /// <summary>From the heading's line to the line before the next heading at the same or an outer level.</summary>
    public (int Start, int End) Span(Heading heading)
    {
        var end = lineCount;
        foreach (var h in Headings)
        {
            if (h.Line > heading.Line && h.Level <= heading.Level)
            {
                end = h.Line - 1;
                break;
            }
        }

        return (heading.Line, end);
    }

    /// <summary>The innermost heading of the given level or outer that governs a line.</summary>
    public Heading? Enclosing(int line, HeadingLevel deepest)
    {
        Heading? found = null;
        foreach (var h in Headings)
        {
            if (h.Line > line)
            {
                break;
            }

            if (h.Level <= deepest)
            {
                found = h;
            }
        }

        return found;
    }

    public IEnumerable<Heading> Within(Heading parent, HeadingLevel level)
    {
        var (start, end) = Span(parent);
        return Headings.Where(h => h.Line > start && h.Line <= end && h.Level == level);
    }
}
