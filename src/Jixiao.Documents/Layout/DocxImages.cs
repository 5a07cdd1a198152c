using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace Jixiao.Documents.Layout;

/// <summary>Places a PNG (a chart) inline, centred in its own paragraph.</summary>
internal static class DocxImages
{
    private const long EmuPerCm = 360000L;

    public static Paragraph Inline(DocxWriter writer, byte[] png, double widthCm, double heightCm)
    {
        var part = writer.Main.AddImagePart(ImagePartType.Png);
        using (var data = new MemoryStream(png))
        {
            part.FeedData(data);
        }

        var relationshipId = writer.Main.GetIdOfPart(part);
        var id = writer.NextDrawingId();
        var cx = (long)(widthCm * EmuPerCm);
        var cy = (long)(heightCm * EmuPerCm);
        var name = "图" + id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = name },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(
                new PIC.Picture(
                    new PIC.NonVisualPictureProperties(
                        new PIC.NonVisualDrawingProperties { Id = 0U, Name = name + ".png" },
                        new PIC.NonVisualPictureDrawingProperties()),
                    new PIC.BlipFill(new A.Blip { Embed = relationshipId }, new A.Stretch(new A.FillRectangle())),
                    new PIC.ShapeProperties(
                        new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                        new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle })))
            { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };

        return new Paragraph(
            new ParagraphProperties
            {
                ParagraphStyleId = new ParagraphStyleId { Val = DocxStyles.Caption },
                KeepNext = new KeepNext(),
            },
            new Run(new Drawing(inline)));
    }
}
