using Jixiao.App.Data;
using Jixiao.Scoring.Settings;

namespace Jixiao.App.Jurisdictions;

/// <summary>A county, district or city whose finance bureau runs performance management.</summary>
public sealed class Jurisdiction : Entity
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    /// <summary>
    /// The jurisdiction-settings document (grade bands, rule defaults) as JSON text;
    /// its shape is defined by Jixiao.Scoring and read there.
    /// </summary>
    public string SettingsJson { get; set; } = JurisdictionSettings.Default.ToJson();

    /// <summary>The settings as the scoring core reads them; errors are Chinese messages.</summary>
    public SettingsLoadResult Settings() => Scoring.Settings.SettingsJson.FromJson(SettingsJson);
}
