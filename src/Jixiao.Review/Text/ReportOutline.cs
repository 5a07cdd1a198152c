namespace Jixiao.Review.Text;

/// <summary>
/// The numbered headings of a report and the line spans they govern. Lookups are precomputed
/// (O(1) per line, spans by one stack pass) because checks ask them inside loops over facts.
/// </summary>
public sealed class ReportOutline
{
    const int Levels = 5;
    readonly int lineCount;
    readonly int[][] enclosing;
    readonly int[] spanEnds;

    public ReportOutline(ReportText text)
    {
        lineCount = text.Lines.Count;
        Headings = text.Lines.Select(Heading.TryParse).OfType<Heading>().ToList();

        // enclosing[level-1][line] = index of the last heading at that level or outer, at or before the line.
        enclosing = new int[Levels][];
        for (var level = 0; level < Levels; level++)
        {
            var map = new int[lineCount + 2];
            var current = -1;
            var next = 0;
            for (var line = 1; line <= lineCount + 1; line++)
            {
                while (next < Headings.Count && Headings[next].Line == line)
                {
                    if ((int)Headings[next].Level <= level + 1)
                    {
                        current = next;
                    }

                    next++;
                }

                map[line] = current;
            }

            enclosing[level] = map;
        }

        spanEnds = new int[Headings.Count];
        var open = new Stack<int>();
        for (var i = 0; i < Headings.Count; i++)
        {
            while (open.Count > 0 && Headings[open.Peek()].Level >= Headings[i].Level)
            {
                spanEnds[open.Pop()] = Headings[i].Line - 1;
            }

            open.Push(i);
        }

        while (open.Count > 0)
        {
            spanEnds[open.Pop()] = lineCount;
        }
    }

    public IReadOnlyList<Heading> Headings { get; }

    /// <summary>From the heading's line to the line before the next heading at the same or an outer level.</summary>
    public (int Start, int End) Span(Heading heading)
    {
        var index = IndexOf(heading);
        return (heading.Line, index < 0 ? lineCount : spanEnds[index]);
    }

    /// <summary>The innermost heading of the given level or outer that governs a line.</summary>
    public Heading? Enclosing(int line, HeadingLevel deepest)
    {
        if (line < 1 || line > lineCount)
        {
            return null;
        }

        var index = enclosing[(int)deepest - 1][line];
        return index < 0 ? null : Headings[index];
    }

    /// <summary>The heading of exactly this level governing a line, unless an outer heading came after it.</summary>
    public Heading? Nearest(int line, HeadingLevel level) => Enclosing(line, level) is { } h && h.Level == level ? h : null;

    public IEnumerable<Heading> Within(Heading parent, HeadingLevel level)
    {
        var (start, end) = Span(parent);
        for (var i = IndexOf(parent) + 1; i >= 1 && i < Headings.Count && Headings[i].Line <= end; i++)
        {
            if (Headings[i].Line > start && Headings[i].Level == level)
            {
                yield return Headings[i];
            }
        }
    }

    int IndexOf(Heading heading)
    {
        var lo = 0;
        var hi = Headings.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var line = Headings[mid].Line;
            if (line == heading.Line)
            {
                return mid;
            }

            if (line < heading.Line)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }
}
