using Jixiao.Review.Text;

namespace Jixiao.Review.Facts;

/// <summary>
/// Finds "whole, 其中 parts" statements: the whole is the last figure of the same unit before 其中
/// (on the line or the line before); the parts run to the end of the sentence or the next 其中.
/// A 其中 inside brackets closes with its bracket and its parts do not count for the outer whole.
/// </summary>
public static class PartsExtractor
{
    public static IEnumerable<PartsGroup> Extract(ReportLine line, IReadOnlyList<Quantity> quantities, IReadOnlyList<Quantity> previousLine)
    {
        var text = line.Text;
        var at = text.IndexOf("其中", StringComparison.Ordinal);
        if (at < 0 || quantities.Count == 0 || quantities.Count > 400)
        {
            yield break;
        }

        var depth = Depths(text);
        var markers = new List<int>();
        // A real sentence has one or two 其中; more than a few dozen is noise and is not worth quadratic work.
        for (; at >= 0 && markers.Count < 24; at = text.IndexOf("其中", at + 2, StringComparison.Ordinal))
        {
            markers.Add(at);
        }

        foreach (var marker in markers)
        {
            var level = depth[marker];
            var end = EndOf(text, marker, level, depth, markers);
            var parts = quantities
                .Where(q => q.Position > marker && q.Position < end && depth[q.Position] == level && q.Unit != "%")
                .ToList();
            if (parts.Count == 0)
            {
                continue;
            }

            var family = parts.GroupBy(p => p.Family).OrderByDescending(g => g.Count()).First().Key;
            parts = parts.Where(p => p.Family == family).ToList();
            var sentenceStart = text.LastIndexOf('。', Math.Max(marker - 1, 0)) + 1;
            var before = quantities
                .Where(q => q.Position < marker && q.Family == family && depth[q.Position] <= level && !IsChange(q.Label))
                .Reverse()
                .ToList();
            var total = before.FirstOrDefault()
                ?? (quantities.Any(q => q.Position < marker) ? null : previousLine.LastOrDefault(q => q.Family == family && !IsChange(q.Label)));
            if (total is not null)
            {
                yield return new PartsGroup(total, parts)
                {
                    Alternatives = before.Skip(1).Where(q => q.Position >= sentenceStart).Take(4).ToList(),
                };
            }
        }
    }

    /// <summary>A change or a saving ("比上年增加20万元") is not a whole that parts add up to.</summary>
    static bool IsChange(string label) =>
        label.Contains("增加", StringComparison.Ordinal) || label.Contains("减少", StringComparison.Ordinal)
        || label.Contains("增长", StringComparison.Ordinal) || label.Contains("下降", StringComparison.Ordinal)
        || label.Contains("同比", StringComparison.Ordinal) || label.Contains("比上年", StringComparison.Ordinal)
        || label.Contains("节约", StringComparison.Ordinal) || label.Contains("结余", StringComparison.Ordinal);

    static int EndOf(string text, int marker, int level, int[] depth, List<int> markers)
    {
        for (var i = marker + 2; i < text.Length; i++)
        {
            if (depth[i] < level || text[i] == '。' || (depth[i] == level && text[i] == '其' && markers.Contains(i)))
            {
                return i;
            }
        }

        return text.Length;
    }

    static int[] Depths(string text)
    {
        var depth = new int[text.Length + 1];
        var d = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '(' or '（' or '[' or '【')
            {
                d++;
            }

            depth[i] = d;
            if (text[i] is ')' or '）' or ']' or '】' && d > 0)
            {
                d--;
            }
        }

        depth[text.Length] = d;
        return depth;
    }
}
