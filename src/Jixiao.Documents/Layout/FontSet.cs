namespace Jixiao.Documents.Layout;

/// <summary>
/// A font named the way Chinese offices have it installed, with the font to use where it is missing.
/// The fallback goes into the document's font table (Word/WPS read it) and into the font aliases
/// the PDF converter gives LibreOffice.
/// </summary>
public sealed record FontFace(string Name, string Fallback);

/// <summary>The fonts of an official document (党政机关公文格式): 小标宋 titles, 黑体/楷体 headings, 仿宋 body.</summary>
public sealed record FontSet(FontFace Title, FontFace Heading1, FontFace Heading2, FontFace Body, FontFace Table)
{
    public static FontSet Official { get; } = new(
        Title: new("方正小标宋简体", "Noto Serif CJK SC"),
        Heading1: new("黑体", "Noto Sans CJK SC"),
        Heading2: new("楷体_GB2312", "Noto Serif CJK SC"),
        Body: new("仿宋_GB2312", "Noto Serif CJK SC"),
        Table: new("仿宋_GB2312", "Noto Serif CJK SC"));

    public IEnumerable<FontFace> All => [Title, Heading1, Heading2, Body, Table];
}
