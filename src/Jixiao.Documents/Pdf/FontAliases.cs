using System.Security;
using System.Text;
using Jixiao.Documents.Layout;

namespace Jixiao.Documents.Pdf;

/// <summary>
/// A fontconfig file mapping the font names Chinese offices use (仿宋_GB2312, 黑体, 方正小标宋简体 …)
/// to the Noto CJK fonts a Linux server has. LibreOffice ignores the fallback names in a .docx font
/// table (checked: 仿宋_GB2312 rendered as DejaVu Sans), so the converter hands it these aliases.
/// </summary>
internal static class FontAliases
{
    private const string Serif = "Noto Serif CJK SC";
    private const string Sans = "Noto Sans CJK SC";

    private static readonly FontFace[] Common =
    [
        new("仿宋", Serif), new("FangSong", Serif), new("仿宋_GB2312", Serif), new("FangSong_GB2312", Serif),
        new("宋体", Serif), new("SimSun", Serif), new("方正小标宋简体", Serif), new("方正小标宋_GBK", Serif),
        new("楷体", Serif), new("KaiTi", Serif), new("楷体_GB2312", Serif), new("KaiTi_GB2312", Serif),
        new("黑体", Sans), new("SimHei", Sans), new("微软雅黑", Sans), new("Microsoft YaHei", Sans),
    ];

    public static string FontConfig(FontSet fonts)
    {
        var xml = new StringBuilder();
        xml.AppendLine("<?xml version=\"1.0\"?>");
        xml.AppendLine("<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">");
        xml.AppendLine("<fontconfig>");
        xml.AppendLine("  <include ignore_missing=\"yes\">/etc/fonts/fonts.conf</include>");
        foreach (var face in fonts.All.Concat(Common).DistinctBy(f => f.Name))
        {
            xml.Append("  <alias binding=\"same\"><family>").Append(SecurityElement.Escape(face.Name))
                .Append("</family><prefer><family>").Append(SecurityElement.Escape(face.Fallback))
                .AppendLine("</family></prefer></alias>");
        }

        xml.AppendLine("</fontconfig>");
        return xml.ToString();
    }
}
