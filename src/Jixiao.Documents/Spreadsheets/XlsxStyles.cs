using DocumentFormat.OpenXml.Spreadsheet;

namespace Jixiao.Documents.Spreadsheets;

/// <summary>The one stylesheet of exported workbooks; cell style indexes are computed from format and weight.</summary>
internal static class XlsxStyles
{
    private static readonly ColumnFormat[] Formats = [ColumnFormat.Text, ColumnFormat.Integer, ColumnFormat.Wan, ColumnFormat.Score, ColumnFormat.Percent];

    /// <summary>Style index of a body (or bold total) cell of <paramref name="format"/>: 2 + 2·format + total.</summary>
    public static uint Body(ColumnFormat format, bool total) => (uint)(2 + (2 * Array.IndexOf(Formats, format)) + (total ? 1 : 0));

    public static Stylesheet Create()
    {
        var numberingFormats = new NumberingFormats(
            new NumberingFormat { NumberFormatId = 164U, FormatCode = "#,##0.00" },
            new NumberingFormat { NumberFormatId = 165U, FormatCode = "0.00" },
            new NumberingFormat { NumberFormatId = 166U, FormatCode = "0.00%" })
        { Count = 3U };

        var fonts = new Fonts(
            new Font(new FontSize { Val = 11D }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 11D }, new FontName { Val = "宋体" }))
        { Count = 2U };

        var fills = new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFD9E1F2" }, new BackgroundColor { Indexed = 64U }) { PatternType = PatternValues.Solid }))
        { Count = 3U };

        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(
                new LeftBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
                new RightBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
                new TopBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
                new BottomBorder(new Color { Indexed = 64U }) { Style = BorderStyleValues.Thin },
                new DiagonalBorder()))
        { Count = 2U };

        var formats = new CellFormats(
            new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Center, Vertical = VerticalAlignmentValues.Center, WrapText = true })
            {
                NumberFormatId = 0U, FontId = 1U, FillId = 2U, BorderId = 1U, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
            });
        foreach (var format in Formats)
        {
            foreach (var bold in new[] { false, true })
            {
                formats.Append(BodyFormat(format, bold));
            }
        }

        formats.Count = (uint)formats.ChildElements.Count;
        return new Stylesheet(numberingFormats, fonts, fills, borders,
            new CellStyleFormats(new CellFormat { NumberFormatId = 0U, FontId = 0U, FillId = 0U, BorderId = 0U }) { Count = 1U },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0U, BuiltinId = 0U }) { Count = 1U });
    }

    private static CellFormat BodyFormat(ColumnFormat format, bool bold)
    {
        var (numberFormat, horizontal) = format switch
        {
            ColumnFormat.Text => (0U, HorizontalAlignmentValues.Left),
            ColumnFormat.Integer => (1U, HorizontalAlignmentValues.Center),
            ColumnFormat.Wan => (164U, HorizontalAlignmentValues.Right),
            ColumnFormat.Score => (165U, HorizontalAlignmentValues.Right),
            ColumnFormat.Percent => (166U, HorizontalAlignmentValues.Right),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        return new CellFormat(new Alignment { Horizontal = horizontal, Vertical = VerticalAlignmentValues.Center, WrapText = format == ColumnFormat.Text })
        {
            NumberFormatId = numberFormat,
            FontId = bold ? 1U : 0U,
            FillId = 0U,
            BorderId = 1U,
            ApplyNumberFormat = true,
            ApplyFont = true,
            ApplyBorder = true,
            ApplyAlignment = true,
        };
    }
}
