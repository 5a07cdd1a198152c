using System.Text;
using Jixiao.Scoring.Targets;

namespace Jixiao.Scoring.Tests.Properties;

/// <summary>
/// A million random and mutated inputs: the parser must neither throw nor hang, errors must point inside the input,
/// and every number it reads must print to a form that reads back the same.
/// </summary>
public sealed class TargetParserFuzzTests
{
    private static readonly string[] Seeds =
    [
        "=44人", ">=100%", "≥95%", "≤90万元", "<5天", "≥50个", "=68.95（万元）", "=5(次/年）", "90%-100%", "３至５天", "＞＝１，０００人次",
        "不低于500人", "95%以上", "控制在90万元以内", "健全", "达成年度指标", "1,234,567.89元", "-5%", "0.05", "1e309", "NaN", "≥abc",
    ];

    private static readonly string Alphabet = "0123456789０１２３４５６７８９.,，．%％-－~～至到=＝<>＜＞≥≤≧≦ 　()（）人次万元月天个率达成未部分以上内不低于超过e+\t\n\0\uD800\uDC00\uFFFF";

    [Fact]
    public void MillionRandomAndMutatedInputs_NoCrashNoHang()
    {
        var random = new Random(12345);
        var builder = new StringBuilder();
        var roundTripFailures = new List<string>();
        for (var i = 0; i < 1_000_000; i++)
        {
            var text = i % 2 == 0 ? Mutate(Seeds[random.Next(Seeds.Length)], random, builder) : RandomText(random, builder);
            var result = TargetParser.Parse(text);
            if (!result.IsSuccess)
            {
                Assert.InRange(result.Error!.Position, 0, Math.Max(text.Length, TargetParser.MaxLength));
                Assert.False(string.IsNullOrEmpty(result.Error.Message));
                continue;
            }
            if (result.Value.IsNumeric)
            {
                var again = TargetParser.Parse(result.Value.ToString());
                if (!again.IsSuccess || again.Value != result.Value)
                {
                    roundTripFailures.Add(text);
                }
            }
        }
        Assert.Empty(roundTripFailures.Take(20));
    }

    [Fact]
    public void VeryLongInput_IsRefusedQuickly()
    {
        var result = TargetParser.Parse(new string('9', 1_000_000));

        Assert.Equal(TargetErrorCode.TooLong, result.Error!.Code);
    }

    private static string Mutate(string seed, Random random, StringBuilder builder)
    {
        builder.Clear().Append(seed);
        var edits = random.Next(1, 4);
        for (var e = 0; e < edits; e++)
        {
            var c = Alphabet[random.Next(Alphabet.Length)];
            var at = random.Next(builder.Length + 1);
            switch (random.Next(3))
            {
                case 0:
                    builder.Insert(at, c);
                    break;
                case 1 when builder.Length > 0:
                    builder.Remove(Math.Min(at, builder.Length - 1), 1);
                    break;
                default:
                    if (at < builder.Length)
                    {
                        builder[at] = c;
                    }
                    break;
            }
        }
        return builder.ToString();
    }

    private static string RandomText(Random random, StringBuilder builder)
    {
        builder.Clear();
        var length = random.Next(0, 24);
        for (var i = 0; i < length; i++)
        {
            builder.Append(Alphabet[random.Next(Alphabet.Length)]);
        }
        return builder.ToString();
    }
}
