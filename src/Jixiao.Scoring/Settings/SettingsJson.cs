using System.Text.Json;
using System.Text.Json.Serialization;

namespace Jixiao.Scoring.Settings;

/// <summary>The outcome of reading a settings document: the settings, or Chinese messages saying what is wrong.</summary>
public sealed record SettingsLoadResult(JurisdictionSettings? Settings, IReadOnlyList<string> Errors)
{
    public bool IsSuccess => Settings is not null && Errors.Count == 0;
}

/// <summary>Reads and writes <see cref="JurisdictionSettings"/> as JSON (camelCase; enums as names). Missing properties keep defaults.</summary>
public static class SettingsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static string ToJson(this JurisdictionSettings settings) => JsonSerializer.Serialize(settings, Options);

    public static SettingsLoadResult FromJson(string json)
    {
        var parsed = Parse(json);
        if (parsed.Settings is not { } settings)
        {
            return parsed;
        }
        var problems = settings.Validate();
        return new(problems.Count == 0 ? settings : null, problems);
    }

    /// <summary>Reads the document without checking the values (for editors that report them per field).</summary>
    public static SettingsLoadResult Parse(string json)
    {
        JurisdictionSettings? settings;
        try
        {
            settings = JsonSerializer.Deserialize<JurisdictionSettings>(json, Options);
        }
        catch (JsonException ex)
        {
            // The reader's own position is the most useful thing to tell a person editing the file.
            var where = ex.LineNumber is { } line ? $"第{line + 1}行" : "";
            return new(null, [$"地区设置文件不是有效的JSON{where}：{ex.Message}"]);
        }
        if (settings is null)
        {
            return new(null, ["地区设置文件为空"]);
        }
        return new(settings, []);
    }

    public static SettingsLoadResult FromFile(string path)
    {
        if (!File.Exists(path))
        {
            return new(null, [$"找不到地区设置文件：{path}"]);
        }
        return FromJson(File.ReadAllText(path));
    }
}
