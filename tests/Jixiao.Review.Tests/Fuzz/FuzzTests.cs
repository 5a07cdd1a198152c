using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Jixiao.Review.Tests.Documents;
using Jixiao.Review.Text;

namespace Jixiao.Review.Tests.Fuzz;

/// <summary>
/// Random and mutated documents: the reviewer never throws and always ends. The end is guaranteed
/// by the review's step budget (a hostile input stops with review-incomplete), not by a timer.
/// </summary>
public sealed class FuzzTests
{
    static readonly string[] Seeds =
    [
        File.ReadAllText(TestSupport.SamplePath("selfeval-aketao-office-funds-2022.txt")),
        File.ReadAllText(TestSupport.SamplePath("selfeval-wanzai-affairs-center-2022.txt")),
        File.ReadAllText(TestSupport.SamplePath("feedback-changjiang-office-buildings-2023.txt")),
        DepartmentReport.Text(),
        BatchSummaryReport.Text(),
    ];

    static readonly string[] Fragments =
    [
        "其中", "合计", "得分", "得5分", "万元", "元", "%", "（一）", "一、", "(1)", "①", "\t", "", "分值", "权重", "三级指标", "满意度",
        "≥", "≤", "=", "优", "差", "由22个三级指标构成", "共11个项目", "总得分为100分", "存在的问题", "无偏差", "足额到位", "（", "）",
        "9999999999999999999999999999", "0.000000001", "-5", "１２３", "\u0000", "\uFFFF", "𠀀", "[bookmark: x]", "<b>",
    ];

    static void AssertWellFormed(ReviewResult review)
    {
        var lines = review.Text.Lines.Count;
        Assert.All(review.Findings, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Message));
            Assert.All(f.Lines, l => Assert.InRange(l, 1, Math.Max(lines, 1)));
        });
        Assert.All(review.Facts, f => Assert.InRange(f.Line, 0, Math.Max(lines, 1)));
        Assert.NotNull(ReviewJson.Serialize(review));
    }

    static string Mutate(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var edits = random.Next(1, 30);
        for (var e = 0; e < edits && lines.Count > 0; e++)
        {
            var i = random.Next(lines.Count);
            switch (random.Next(7))
            {
                case 0:
                    lines.RemoveAt(i);
                    break;
                case 1:
                    lines.Insert(i, lines[random.Next(lines.Count)]);
                    break;
                case 2:
                    lines[i] = new string(lines[i].Select(c => char.IsDigit(c) && random.Next(3) == 0 ? (char)('0' + random.Next(10)) : c).ToArray());
                    break;
                case 3:
                    lines.Insert(i, Fragments[random.Next(Fragments.Length)] + Fragments[random.Next(Fragments.Length)]);
                    break;
                case 4:
                    var cut = random.Next(lines[i].Length + 1);
                    lines[i] = lines[i][..cut] + Fragments[random.Next(Fragments.Length)] + lines[i][cut..];
                    break;
                case 5:
                    (lines[i], lines[random.Next(lines.Count)]) = (lines[random.Next(lines.Count)], lines[i]);
                    break;
                default:
                    lines.Insert(i, string.Concat(Enumerable.Range(0, random.Next(1, 40)).Select(_ => (char)random.Next(0x20, 0x9FFF))));
                    break;
            }
        }

        return string.Join(random.Next(2) == 0 ? "\n" : "\r\n", lines);
    }

    [Fact]
    public void MutatedReports_AreReviewedWithoutException()
    {
        var random = new Random(20261125);
        for (var round = 0; round < 150; round++)
        {
            var text = Mutate(Seeds[round % Seeds.Length], random);
            AssertWellFormed(TestSupport.Review(text));
        }
    }

    [Fact]
    public void RandomFragmentSoup_IsReviewedWithoutException()
    {
        var random = new Random(7);
        for (var round = 0; round < 150; round++)
        {
            var text = string.Join(random.Next(2) == 0 ? "\n" : string.Empty,
                Enumerable.Range(0, random.Next(1, 400)).Select(_ => Fragments[random.Next(Fragments.Length)]));
            AssertWellFormed(TestSupport.Review(text));
        }
    }

    [Fact]
    public void AnyString_IsReviewedWithoutException() =>
        Prop.ForAll<string>(s => AssertWellFormed(TestSupport.Review(s ?? string.Empty))).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData(".txt")]
    [InlineData(".docx")]
    [InlineData(".pdf")]
    public void RandomBytes_UnderAnyExtension_GiveAReviewOrAReadError(string extension)
    {
        var random = new Random(extension.Length);
        var dir = TestSupport.TempDirectory();
        for (var round = 0; round < 25; round++)
        {
            var bytes = new byte[random.Next(0, 4096)];
            random.NextBytes(bytes);
            if (round % 5 == 1 && extension == ".docx")
            {
                bytes[0] = (byte)'P';
                bytes[1] = (byte)'K';
                bytes[2] = 3;
                bytes[3] = 4;
            }
            else if (round % 5 == 1 && extension == ".pdf")
            {
                Encoding.ASCII.GetBytes("%PDF-1.4\n").CopyTo(bytes, 0);
            }

            var path = Path.Combine(dir, $"random{round}{extension}");
            File.WriteAllBytes(path, bytes);
            var result = ReportReviewer.ReviewFile(path);
            Assert.True(result.Review is not null ^ result.Error is not null);
            if (result.Review is not null)
            {
                AssertWellFormed(result.Review);
            }
            else
            {
                Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", result.Error!);
            }
        }
    }

    [Fact]
    public void CorruptedDocx_GivesAReviewOrAReadError()
    {
        var original = new DocxBuilder().Paragraphs(DepartmentReport.Intro).Table(DepartmentReport.Headers, DepartmentReport.Rows).Build();
        var random = new Random(3);
        var dir = TestSupport.TempDirectory();
        for (var round = 0; round < 25; round++)
        {
            var bytes = original.ToArray();
            for (var flips = 0; flips < 1 + round; flips++)
            {
                bytes[random.Next(bytes.Length)] ^= (byte)random.Next(1, 256);
            }

            var path = Path.Combine(dir, $"corrupt{round}.docx");
            File.WriteAllBytes(path, bytes);
            var result = ReportReviewer.ReviewFile(path);
            Assert.True(result.Review is not null ^ result.Error is not null);
        }
    }

    [Fact]
    public void HostileInput_StopsAtTheStepBudget_WithWhatItFound()
    {
        // Tens of thousands of header words, 其中 and scores: far more work than any report.
        var hostile = string.Join("\n", Enumerable.Range(0, 20_000).Select(i => (i % 4) switch
        {
            0 => "三级指标",
            1 => "分值",
            2 => "得分",
            _ => "（一）其中" + string.Concat(Enumerable.Repeat("其中5万元，得5分，", 40)),
        }));
        var review = ReportReviewer.Review(ReportText.FromString(hostile), maxSteps: 200_000);
        Assert.Contains(review.Findings, f => f.Code == FindingCodes.ReviewIncomplete);
        AssertWellFormed(review);
    }

    [Fact]
    public void Cancellation_StopsTheReview_WithAFinding()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var review = ReportReviewer.Review(ReportText.FromString(Seeds[0]), cancellation: cancelled.Token);
        Assert.Contains(review.Findings, f => f.Code == FindingCodes.ReviewIncomplete && f.Message.Contains("取消"));
    }

    [Fact]
    public void EmptyFile_IsNotAReport()
    {
        var review = TestSupport.Review(string.Empty);
        Assert.Equal("unknown", review.KindSlug);
        Assert.Contains(review.Findings, f => f.Code == FindingCodes.NotAReport && f.Message.Contains("没有文字"));
    }
}
