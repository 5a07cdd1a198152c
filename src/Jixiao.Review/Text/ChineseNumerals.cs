namespace Jixiao.Review.Text;

/// <summary>Reads the small Chinese numerals of headings and counts: 一 … 十一 … 二十二 … 一百零五, 两.</summary>
public static class ChineseNumerals
{
    const string Digits = "零一二三四五六七八九";

    public static bool TryParse(string text, out int value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text) || text.Length > 8)
        {
            return false;
        }

        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        var total = 0;
        var current = -1;
        foreach (var c in text.Replace('两', '二').Replace('〇', '零'))
        {
            var digit = Digits.IndexOf(c, StringComparison.Ordinal);
            if (digit >= 0)
            {
                current = digit;
                continue;
            }

            var unit = c switch
            {
                '十' => 10,
                '百' => 100,
                '千' => 1000,
                _ => 0,
            };
            if (unit == 0)
            {
                value = 0;
                return false;
            }

            total += (current < 0 ? 1 : current) * unit;
            current = -1;
        }

        value = total + Math.Max(current, 0);
        return value > 0 || text == "零";
    }
}
