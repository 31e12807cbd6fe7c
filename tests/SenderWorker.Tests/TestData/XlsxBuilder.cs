using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace WhatsAppCampaigns.SenderWorker.Tests.TestData;

/// <summary>
/// Writes small .xlsx workbooks with OpenXML: string cells (inline strings) and number cells
/// (stored as doubles, as Excel does when a phone column is typed as a number).
/// </summary>
public sealed class XlsxBuilder
{
    private readonly List<(uint Row, object?[] Cells)> _rows = [];
    private uint _next = 1;

    public XlsxBuilder Row(params object?[] cells)
    {
        _rows.Add((_next++, cells));
        return this;
    }

    /// <summary>Leaves <paramref name="count"/> rows with no cells at all (absent from the sheet XML).</summary>
    public XlsxBuilder Gap(uint count)
    {
        _next += count;
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            foreach (var (rowIndex, cells) in _rows)
            {
                var row = new Row { RowIndex = rowIndex };
                for (var c = 0; c < cells.Length; c++)
                {
                    if (cells[c] is null) continue;
                    var reference = $"{(char)('A' + c)}{rowIndex}";
                    row.Append(cells[c] switch
                    {
                        double d => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(d.ToString("R", System.Globalization.CultureInfo.InvariantCulture)) },
                        long l => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(l.ToString(System.Globalization.CultureInfo.InvariantCulture)) },
                        var v => new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(v!.ToString()!) { Space = SpaceProcessingModeValues.Preserve }) },
                    });
                }
                data.Append(row);
            }
            sheetPart.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Recipients" });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }
}
