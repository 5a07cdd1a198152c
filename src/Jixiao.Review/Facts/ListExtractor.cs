using System.Text.RegularExpressions;
using Jixiao.Review.Text;

namespace Jixiao.Review.Facts;

/// <summary>The report's list of problems and its list of recommendations, from their headings.</summary>
public static partial class ListExtractor
{
    public static ListFact? Problems(ReportText text, ReportOutline outline) => Find(text, outline, ProblemTitle());

    public static ListFact? Recommendations(ReportText text, ReportOutline outline) => Find(text, outline, RecommendationTitle());

    static ListFact? Find(ReportText text, ReportOutline outline, Regex title)
    {
        var candidates = outline.Headings
            .Where(h => h.Level <= HeadingLevel.Item && title.IsMatch(TitleHead(h.Title)) && !OtherMatters().IsMatch(h.Title))
            .Take(64)
            .ToList();
        // The innermost heading is the list itself: "（二）存在的问题" inside "五、主要经验及做法、存在的问题".
        var innermost = candidates
            .Where(c => !candidates.Any(d => d != c && d.Level > c.Level && d.Line > c.Line && d.Line <= outline.Span(c).End))
            .ToList();
        if (innermost.Count == 0)
        {
            return null;
        }

        var items = new List<ReportLine>();
        foreach (var heading in innermost)
        {
            var (start, end) = outline.Span(heading);
            for (var n = start + 1; n <= end; n++)
            {
                var line = text[n];
                if (!line.IsBlank && !Nothing().IsMatch(line.Text))
                {
                    items.Add(line);
                }
            }

            // A heading that carries its text on the same line: "（二）存在问题：一是……".
            var inline = heading.Title.IndexOfAny([':', '：']);
            if (inline >= 0 && heading.Title.Length - inline > 6)
            {
                items.Insert(0, text[heading.Line]);
            }
        }

        return new ListFact(innermost[0].Title, innermost[0].Line, items);
    }

    /// <summary>A heading's own words: up to its first colon or full stop, at most 30 characters.</summary>
    static string TitleHead(string title)
    {
        var end = title.IndexOfAny([':', '：', '。']);
        var head = end >= 0 ? title[..end] : title;
        return head.Length > 30 ? string.Empty : head;
    }

    [GeneratedRegex(@"存在的?问题|主要问题|问题及原因|发现的问题|问题与不足|存在不足|问题和不足")]
    private static partial Regex ProblemTitle();

    [GeneratedRegex(@"建议|整改措施|改进措施|改进意见|意见")]
    private static partial Regex RecommendationTitle();

    [GeneratedRegex(@"其他需要说明|其他说明|需要说明的问题")]
    private static partial Regex OtherMatters();

    [GeneratedRegex(@"^(无|暂无|没有|无\.|无。|不存在问题。?)$")]
    private static partial Regex Nothing();
}
