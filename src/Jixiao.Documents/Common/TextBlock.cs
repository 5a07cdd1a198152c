namespace Jixiao.Documents.Common;

/// <summary>A titled block of text: a problem category (预算财务问题) or a recommendation.</summary>
public sealed record TextBlock(string Heading, string Text);
