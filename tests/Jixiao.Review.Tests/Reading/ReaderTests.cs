using System.Text;
using Jixiao.Review.Reading;
using Jixiao.Review.Tests.Documents;

namespace Jixiao.Review.Tests.Reading;

public sealed class ReaderTests
{
    const string Sample = "一、基本情况\n项目预算支出954.25万元，实际支出946.88万元。";

    static ReadResult ReadBytes(byte[] bytes, string name)
    {
        var path = Path.Combine(TestSupport.TempDirectory(), name);
        File.WriteAllBytes(path, bytes);
        return ReportReader.Read(path);
    }

    [Fact]
    public void Utf8_WithAndWithoutBom_ReadsTheSame()
    {
        var plain = ReadBytes(Encoding.UTF8.GetBytes(Sample), "a.txt");
        var bom = ReadBytes([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Sample)], "b.txt");
        Assert.Equal("项目预算支出954.25万元,实际支出946.88万元。", plain.Text![2].Text);
        Assert.Equal(plain.Text![2].Text, bom.Text![2].Text);
    }

    [Fact]
    public void Gb18030_IsDetected()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var result = ReadBytes(Encoding.GetEncoding("GB18030").GetBytes(Sample), "gbk.txt");
        Assert.True(result.Ok);
        Assert.Equal("一、基本情况", result.Text![1].Text);
    }

    [Fact]
    public void Utf16_WithBom_IsRead()
    {
        var result = ReadBytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Sample)], "u16.txt");
        Assert.Equal("一、基本情况", result.Text![1].Text);
    }

    [Fact]
    public void Docx_ParagraphsAndTables_ComeInDocumentOrder()
    {
        var bytes = new DocxBuilder()
            .Paragraphs(["前言"])
            .Table(["三级指标", "分值"], [["培训人次", "10"], [null, "5"]])
            .Paragraphs(["结语"])
            .Build();
        var result = ReadBytes(bytes, "order.docx");
        Assert.Equal(SourceFormat.Docx, result.Format);
        Assert.Equal(["前言", "三级指标", "分值", "", "培训人次", "10", "", "\t", "5", "", "结语"], result.Text!.Lines.Select(l => l.Raw));
    }

    [Fact]
    public void MissingFile_IsAChineseError()
    {
        var result = ReportReader.Read(Path.Combine(TestSupport.TempDirectory(), "none.docx"));
        Assert.False(result.Ok);
        Assert.StartsWith("找不到文件", result.Error);
    }

    [Fact]
    public void RandomBytesNamedDocx_AreUnreadable_NotACrash()
    {
        var result = ReadBytes(Encoding.UTF8.GetBytes("这不是 Word 文档"), "fake.docx");
        Assert.False(result.Ok);
        Assert.Contains("Word", result.Error);
    }

    [Fact]
    public void ZipThatIsNotDocx_IsUnreadable()
    {
        using var stream = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            writer.Write("hi");
        }

        var result = ReadBytes(stream.ToArray(), "zip.docx");
        Assert.False(result.Ok);
        Assert.Equal("无法读取 Word 文档：文件已损坏或不是有效的 .docx 文件。", result.Error);
    }

    [Fact]
    public void OldBinaryDoc_AsksForDocx()
    {
        var result = ReadBytes([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0], "old.doc");
        Assert.False(result.Ok);
        Assert.Contains("另存为 .docx", result.Error);
    }

    [Fact]
    public void Pdf_WithoutPdftotext_SaysWhatToInstall()
    {
        var path = Path.Combine(TestSupport.TempDirectory(), "a.pdf");
        File.WriteAllText(path, "%PDF-1.4");
        var result = PdfTextExtractor.Extract(path, "pdftotext-that-is-not-installed");
        Assert.False(result.Ok);
        Assert.Contains("poppler-utils", result.Error);
    }

    [Fact]
    public void Pdf_IsReadThroughPdftotext_WhenInstalled()
    {
        if (!PdfTextExtractor.IsAvailable())
        {
            return; // scripts/test installs poppler-utils on CI; locally the other PDF test covers the message.
        }

        var result = ReadBytes(MinimalPdf("Budget 954.25"), "min.pdf");
        Assert.True(result.Ok, result.Error);
        Assert.Contains(result.Text!.Lines, l => l.Text.Contains("954.25", StringComparison.Ordinal));
    }

    [Fact]
    public void CorruptPdf_IsUnreadable()
    {
        if (!PdfTextExtractor.IsAvailable())
        {
            return;
        }

        var result = ReadBytes(Encoding.ASCII.GetBytes("%PDF-1.4\nthis is not really a pdf"), "bad.pdf");
        Assert.False(result.Ok);
        Assert.Contains("PDF", result.Error);
    }

    /// <summary>A one-page PDF with one line of Helvetica text, offsets computed so readers accept it.</summary>
    internal static byte[] MinimalPdf(string text)
    {
        var content = $"BT /F1 12 Tf 72 720 Td ({text}) Tj ET";
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {content.Length} >>\nstream\n{content}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ];
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        sb.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
