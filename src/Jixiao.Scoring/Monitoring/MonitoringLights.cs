using Jixiao.Scoring.Frameworks;
using Jixiao.Scoring.Settings;
using Jixiao.Scoring.Targets;
using static Jixiao.Scoring.Rules.Traces;

namespace Jixiao.Scoring.Monitoring;

public enum Light
{
    Red,
    Yellow,
    Green,

    /// <summary>The year's target is already exceeded by 20% (正向).</summary>
    Blue,
}

/// <summary>A monitoring light with the progress ratio behind it and a Chinese explanation; <see cref="Error"/> when it cannot be told.</summary>
public sealed record LightResult(Light? Light, decimal? Ratio, string Trace, string? Error = null)
{
    public bool NeedsCause => Light is Monitoring.Light.Red or Monitoring.Light.Yellow;
}

/// <summary>
/// 双监控 lights (DOMAIN §6): budget execution against elapsed months, indicator progress by the kind of
/// target (cumulative counts prorated, rates not, 反向 as A ÷ B, qualitative by level). Thresholds from settings.
/// </summary>
public static class MonitoringLights
{
    public static string ToChinese(this Light light) => light switch
    {
        Light.Red => "红灯",
        Light.Yellow => "黄灯",
        Light.Green => "绿灯",
        Light.Blue => "蓝灯",
    };

    public static LightResult Execution(decimal budget, decimal spent, int monthsElapsed, MonitoringThresholds thresholds)
    {
        if (monthsElapsed is < 1 or > 12)
        {
            return Fail($"监控月份应在1到12之间，实际为 {monthsElapsed}");
        }
        if (budget <= 0m)
        {
            return Fail($"预算数应大于0，实际为 {N(budget)}");
        }
        var expected = monthsElapsed / 12m;
        var ratio = Rules.SafeMath.Ratio(Rules.SafeMath.Ratio(spent, budget), expected);
        var light = Of(ratio, thresholds);
        return new(light, Round(ratio), $"预算执行进度 = ({N(spent)} ÷ {N(budget)}) ÷ ({monthsElapsed} ÷ 12) = {Percent(Round(ratio))}，{light.ToChinese()}");
    }

    public static LightResult Indicator(string level2, string name, TargetValue target, TargetValue? actual, int monthsElapsed, MonitoringThresholds thresholds)
    {
        if (monthsElapsed is < 1 or > 12)
        {
            return Fail($"监控月份应在1到12之间，实际为 {monthsElapsed}");
        }
        if (actual is not { } b)
        {
            return new(null, null, "未填写实际完成值，未判断");
        }
        if (target.IsQualitative || b.IsQualitative)
        {
            return Qualitative(b);
        }
        if (!Units.TryActualInTargetUnit(b, target, out var value, out _))
        {
            return Fail($"实际完成值单位“{b.Unit}”与目标值单位“{target.Unit}”不一致");
        }
        var a = target.Value;
        var reverse = Rules.RuleResolver.Resolve(level2, name, target, null) == Rules.ScoringMethod.Reverse;
        if (reverse)
        {
            if (value <= 0m)
            {
                return new(Light.Green, null, $"实际值 {N(value)}{target.Unit}，未超出目标值 {target}，绿灯");
            }
            var r = Rules.SafeMath.Ratio(a, value);
            var l = Of(r, thresholds);
            return new(l, Round(r), $"反向指标：目标值 ÷ 实际值 = {N(a)} ÷ {N(value)} = {Percent(Round(r))}，{l.ToChinese()}");
        }
        if (a == 0m)
        {
            return value == 0m ? new(Light.Green, null, "目标值为0，实际值为0，绿灯") : new(Light.Yellow, null, $"目标值为0，实际值为 {N(value)}，黄灯");
        }
        if (value >= thresholds.Blue * a)
        {
            return new(Light.Blue, Round(Rules.SafeMath.Ratio(value, a)), $"实际值 {N(value)}{target.Unit} 已超过全年目标 {N(a)}{target.Unit} 的 {Percent(thresholds.Blue)}，蓝灯（超额完成，请说明目标是否偏低）");
        }
        var rate = Units.IsPercent(target.Unit) || LevelNames.Categorize(level2, name) == IndicatorCategory.Satisfaction;
        var ratio = rate ? Rules.SafeMath.Ratio(value, a) : Rules.SafeMath.Ratio(value, a * monthsElapsed / 12m);
        var light = Of(ratio, thresholds);
        var formula = rate
            ? $"比率类指标不按月折算：{N(value)} ÷ {N(a)}"
            : $"累计类指标：{N(value)} ÷ ({N(a)} × {monthsElapsed} ÷ 12)";
        return new(light, Round(ratio), $"{formula} = {Percent(Round(ratio))}，{light.ToChinese()}");
    }

    private static LightResult Qualitative(TargetValue actual)
    {
        var level = actual.IsQualitative ? actual.Level : null;
        return level switch
        {
            QualitativeLevel.Achieved => new(Light.Green, null, $"定性指标“{actual}”：达成，绿灯"),
            QualitativeLevel.PartlyAchieved => new(Light.Yellow, null, $"定性指标“{actual}”：部分达成，黄灯"),
            QualitativeLevel.NotAchieved => new(Light.Red, null, $"定性指标“{actual}”：未达成，红灯"),
            null => Fail($"无法从“{actual}”判断定性指标的完成等级"),
        };
    }

    private static Light Of(decimal ratio, MonitoringThresholds t) =>
        ratio < t.Yellow ? Light.Red : ratio < t.Green ? Light.Yellow : Light.Green;

    private static decimal Round(decimal ratio) => Math.Round(ratio, 4, MidpointRounding.AwayFromZero);

    private static LightResult Fail(string message) => new(null, null, "无法判断：" + message, message);
}
