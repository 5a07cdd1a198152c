namespace Jixiao.Documents.Templates;

/// <summary>Section numbers as official documents write them: 一、 … 十二、 and （一） … .</summary>
public static class ChineseNumerals
{
    private static readonly string[] Digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

    public static string Of(int n) => n switch
    {
        <= 0 => throw new ArgumentOutOfRangeException(nameof(n)),
        < 10 => Digits[n],
        10 => "十",
        < 20 => "十" + Digits[n - 10],
        < 100 => Digits[n / 10] + "十" + (n % 10 == 0 ? string.Empty : Digits[n % 10]),
        _ => throw new ArgumentOutOfRangeException(nameof(n)),
    };

    public static string Section(int n, string heading) => $"{Of(n)}、{heading}";

    public static string Subsection(int n, string heading) => $"（{Of(n)}）{heading}";
}
