using System.Globalization;
using Jixiao.Scoring.Settings;

namespace Jixiao.Web.Features.Jurisdiction;

/// <summary>The settings document as flat form fields; nested records stay in the core, the page only maps them.</summary>
public sealed class SettingsForm
{
    public string Name { get; set; } = "";
    public decimal Excellent { get; set; }
    public decimal Good { get; set; }
    public decimal Fair { get; set; }
    public decimal AchievedFrom { get; set; }
    public decimal PartlyFrom { get; set; }
    public ReverseRule ReverseRule { get; set; }
    public EqualRule EqualRule { get; set; }
    public bool OverAchievementEnabled { get; set; }
    public decimal PositiveRatio { get; set; }
    public decimal ReverseRatio { get; set; }
    public decimal ExecutionWeight { get; set; }
    public decimal MinOutputAndBenefitShare { get; set; }
    public decimal Yellow { get; set; }
    public decimal Green { get; set; }
    public decimal Blue { get; set; }

    public static SettingsForm From(JurisdictionSettings s) => new()
    {
        Name = s.Name,
        Excellent = s.GradeBands.Excellent, Good = s.GradeBands.Good, Fair = s.GradeBands.Fair,
        AchievedFrom = s.QualitativeBands.AchievedFrom, PartlyFrom = s.QualitativeBands.PartlyFrom,
        ReverseRule = s.ReverseRule, EqualRule = s.EqualRule,
        OverAchievementEnabled = s.OverAchievement.Enabled, PositiveRatio = s.OverAchievement.PositiveRatio, ReverseRatio = s.OverAchievement.ReverseRatio,
        ExecutionWeight = s.ExecutionWeight, MinOutputAndBenefitShare = s.MinOutputAndBenefitShare,
        Yellow = s.Monitoring.Yellow, Green = s.Monitoring.Green, Blue = s.Monitoring.Blue,
    };

    public JurisdictionSettings ToSettings() => new()
    {
        Name = string.IsNullOrWhiteSpace(Name) ? JurisdictionSettings.Default.Name : Name.Trim(),
        GradeBands = new GradeBands(Excellent, Good, Fair),
        QualitativeBands = new QualitativeBands(AchievedFrom, PartlyFrom),
        ReverseRule = ReverseRule,
        EqualRule = EqualRule,
        OverAchievement = new OverAchievementRule(OverAchievementEnabled, PositiveRatio, ReverseRatio),
        ExecutionWeight = ExecutionWeight,
        MinOutputAndBenefitShare = MinOutputAndBenefitShare,
        Monitoring = new MonitoringThresholds(Yellow, Green, Blue),
    };

    /// <summary>Numbers as typed into inputs: invariant, no trailing zeros (0.80 → 0.8).</summary>
    public static string N(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string ToChinese(ReverseRule rule) => rule switch
    {
        ReverseRule.LinearToZeroAtDouble => "线性扣减：(1 −(实际−目标)/目标)× 分值，达到目标 2 倍时为 0",
        ReverseRule.Ratio => "比值：目标 ÷ 实际 × 分值",
    };

    public static string ToChinese(EqualRule rule) => rule switch
    {
        EqualRule.AsPositive => "按正向：达到或超过目标值得满分",
        EqualRule.Exact => "严格等于：等于目标值满分，低于按正向、高于按反向计分",
    };
}
