using System.Text.RegularExpressions;

namespace Jixiao.Documents.Templates;

/// <summary>
/// Fills {名称} placeholders from the report's data, so figures in titles and narrative text come
/// from the data and are never retyped. An unknown placeholder is an error, not silently left.
/// </summary>
public static partial class Placeholders
{
    [GeneratedRegex(@"\{([^{}\s]{1,30})\}")]
    private static partial Regex Pattern();

    public static string Fill(string text, IReadOnlyDictionary<string, string> values, ICollection<string> errors) =>
        Pattern().Replace(text, match =>
        {
            var name = match.Groups[1].Value;
            if (values.TryGetValue(name, out var value))
            {
                return value;
            }

            var message = $"占位符“{{{name}}}”无法识别，可用的有：{string.Join("、", values.Keys.Select(k => "{" + k + "}"))}。";
            if (!errors.Contains(message))
            {
                errors.Add(message);
            }

            return match.Value;
        });
}
