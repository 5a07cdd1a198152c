namespace Jixiao.Scoring.Settings;

/// <summary>The four evaluation grades: 优, 良, 中, 差.</summary>
public enum Grade
{
    Excellent,
    Good,
    Fair,
    Poor,
}

public static class GradeText
{
    public static string ToChinese(this Grade grade) => grade switch
    {
        Grade.Excellent => "优",
        Grade.Good => "良",
        Grade.Fair => "中",
        Grade.Poor => "差",
    };

    /// <summary>Reads "优/良/中/差" (also "优秀", "良好", "合格"/"一般" for 中, "不合格"/"较差" for 差).</summary>
    public static Grade? FromChinese(string? text) => text?.Trim() switch
    {
        "优" or "优秀" => Grade.Excellent,
        "良" or "良好" => Grade.Good,
        "中" or "中等" or "合格" or "一般" => Grade.Fair,
        "差" or "较差" or "不合格" => Grade.Poor,
        _ => null,
    };
}

/// <summary>
/// Lower edges of 优, 良, 中 (each inclusive); below <see cref="Fair"/> is 差.
/// Default 90/80/60; some provinces use 80/70/60.
/// </summary>
public sealed record GradeBands(decimal Excellent = 90m, decimal Good = 80m, decimal Fair = 60m)
{
    public static GradeBands Default { get; } = new();

    public Grade GradeOf(decimal total) =>
        total >= Excellent ? Grade.Excellent
        : total >= Good ? Grade.Good
        : total >= Fair ? Grade.Fair
        : Grade.Poor;

    /// <summary>Human-readable bands, e.g. "优 ≥90，良 80–&lt;90，中 60–&lt;80，差 &lt;60".</summary>
    public string Describe() =>
        $"优 ≥{N(Excellent)}，良 {N(Good)}–<{N(Excellent)}，中 {N(Fair)}–<{N(Good)}，差 <{N(Fair)}";

    internal IEnumerable<string> Problems()
    {
        if (!(Excellent > Good && Good > Fair && Fair >= 0m))
        {
            yield return $"等级分数线应满足 优 > 良 > 中 ≥ 0，当前为 优 {N(Excellent)}、良 {N(Good)}、中 {N(Fair)}";
        }
    }

    private static string N(decimal value) => Targets.TargetValue.Format(value);
}
