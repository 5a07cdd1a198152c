using System.Text.Json;
using Jixiao.Scoring.Settings;

namespace Jixiao.Scoring.Frameworks;

/// <summary>Frameworks as JSON documents (same conventions as the settings document).</summary>
public static class FrameworkJson
{
    public static string ToJson(this Framework framework) => JsonSerializer.Serialize(framework, SettingsJson.Options);

    /// <summary>The framework, or a Chinese message. Structural validation is separate: <see cref="FrameworkValidator"/>.</summary>
    public static (Framework? Framework, string? Error) FromJson(string json)
    {
        try
        {
            var framework = JsonSerializer.Deserialize<Framework>(json, SettingsJson.Options);
            return framework is null ? (null, "评价框架文件为空") : (framework, null);
        }
        catch (JsonException ex)
        {
            var where = ex.LineNumber is { } line ? $"第{line + 1}行" : "";
            return (null, $"评价框架文件不是有效的JSON{where}：{ex.Message}");
        }
    }
}
