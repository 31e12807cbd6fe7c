using System.Text;
using WhatsAppCampaigns.CampaignState.Recipients;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Recipients;
using WhatsAppCampaigns.SenderWorker.Tests.TestData;

namespace WhatsAppCampaigns.SenderWorker.Tests.Recipients.Formats;

public sealed class DelimitedRowReaderTests
{
    [Fact]
    public async Task ReadRowsAsync_SemicolonCsv_GivesHeaderAndRowsWithLineNumbers()
    {
        var (reader, rows) = await RecipientFiles.ReadAsync("Phone;First Name\n+972501234567;Dana\n\n050-123-4568;Avi\n");

        Assert.Equal(["Phone", "First Name"], reader.Headers);
        Assert.Equal("CSV, delimiter ';', UTF-8", reader.Description);
        Assert.Equal([(2L, "Dana"), (4L, "Avi")], rows.Select(r => (r.RowNumber, r.Cell(1))));
        Assert.Equal(1, reader.BlankRowsSkipped);
    }

    [Fact]
    public async Task ReadRowsAsync_TsvByExtension_SplitsOnTabsOnly()
    {
        var (reader, rows) = await RecipientFiles.ReadAsync("phone\tname\n+1 555, ext\tA;B\n", fileName: "list.tsv");

        Assert.Equal(RecipientFileFormat.Tsv, reader.Format);
        Assert.Equal(["+1 555, ext", "A;B"], rows[0].Cells);
    }

    [Fact]
    public async Task ReadRowsAsync_TxtFile_EveryLineIsAPhoneWithoutHeader()
    {
        var (reader, rows) = await RecipientFiles.ReadAsync("+972501234567\n050-123-4568\n\n\"+972 50 123 4569\"\n", fileName: "list.txt");

        Assert.Equal(RecipientFileFormat.Txt, reader.Format);
        Assert.Equal(["phone"], reader.Headers);
        Assert.Equal([(1L, "+972501234567"), (2L, "050-123-4568"), (4L, "\"+972 50 123 4569\"")],
            rows.Select(r => (r.RowNumber, r.Cell(0))));
    }

    [Fact]
    public async Task ReadRowsAsync_DeclaredTxtWithTitleLine_SkipsTheTitle()
    {
        var (reader, rows) = await RecipientFiles.ReadAsync("\nPhone\n+972501234567\n", format: RecipientFileFormat.Txt);

        Assert.Equal(RecipientFileFormat.Txt, reader.Format);
        Assert.Equal([(3L, "+972501234567")], rows.Select(r => (r.RowNumber, r.Cell(0))));
    }

    [Fact]
    public async Task OpenAsync_AutoOneColumnWithPhoneHeader_IsCsv()
    {
        var (reader, rows) = await RecipientFiles.ReadAsync("Mobile\n+972501234567\n", fileName: null);

        Assert.Equal(RecipientFileFormat.Csv, reader.Format);
        Assert.Equal(["Mobile"], reader.Headers);
        Assert.Single(rows);
    }

    [Fact]
    public async Task OpenAsync_AutoOneColumnOfNumbers_IsTxt()
    {
        var (reader, rows) = await RecipientFiles.ReadAsync("+972501234567\n+972501234568\n", fileName: null);

        Assert.Equal(RecipientFileFormat.Txt, reader.Format);
        Assert.Equal(2, rows.Count);
    }

    [Fact]
    public async Task ReadRowsAsync_RowWithMoreCellsThanHeader_IsAProblemRow()
    {
        var (_, rows) = await RecipientFiles.ReadAsync("phone,name\n+972501234567,Doe, John\n+972501234568,Ann,\n");

        Assert.Equal(RowProblemCodes.ExtraFields, rows[0].Problem?.Code);
        Assert.Equal("the row has 3 cells but the header has 2 (an unquoted delimiter inside a value?)", rows[0].Problem?.Message);
        Assert.Null(rows[1].Problem); // a trailing empty cell is only formatting
    }

    [Fact]
    public async Task ReadRowsAsync_ShortRow_MissingCellsReadEmpty()
    {
        var (_, rows) = await RecipientFiles.ReadAsync("phone,name,city\n+972501234567\n");

        Assert.Equal("", rows[0].Cell(2));
    }

    [Theory]
    [InlineData("utf-16")]
    [InlineData("utf-16BE")]
    [InlineData("utf-8")]
    public async Task OpenAsync_BomEncodings_DecodeHebrewHeaders(string encodingName)
    {
        var encoding = Encoding.GetEncoding(encodingName);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes("טלפון,שם\n+972501234567,דנה\n")).ToArray();

        var reader = await RecipientFiles.OpenAsync(bytes);
        var rows = await RecipientFiles.ReadAllAsync(reader);

        Assert.Equal(["טלפון", "שם"], reader.Headers);
        Assert.Equal("דנה", rows[0].Cell(1));
    }

    [Fact]
    public async Task OpenAsync_Utf16WithoutBom_IsDetected()
    {
        var bytes = Encoding.Unicode.GetBytes("phone,name\n+972501234567,Dana\n");

        var reader = await RecipientFiles.OpenAsync(bytes);
        var rows = await RecipientFiles.ReadAllAsync(reader);

        Assert.Equal("CSV, delimiter ',', UTF-16 LE (no BOM)", reader.Description);
        Assert.Equal("Dana", rows[0].Cell(1));
    }

    [Fact]
    public async Task OpenAsync_Utf16WithoutBomMostlyHebrew_SaysToDeclareTheEncodingAndThenReads()
    {
        var bytes = Encoding.Unicode.GetBytes("טלפון נייד,שם פרטי ומשפחה\n0501234567,דנה כהן מירושלים\n");

        var error = await Assert.ThrowsAsync<RecipientFileException>(() => RecipientFiles.OpenAsync(bytes));
        var reader = await RecipientFiles.OpenAsync(bytes, encoding: "utf-16");
        var rows = await RecipientFiles.ReadAllAsync(reader);

        Assert.EndsWith("or an XLSX workbook; if it is UTF-16 text without a byte order mark, set recipients.encoding to utf-16", error.Message);
        Assert.Equal("דנה כהן מירושלים", rows[0].Cell(1));
    }

    [Fact]
    public async Task OpenAsync_DeclaredWindows1255_DecodesHebrew()
    {
        WhatsAppCampaigns.SenderWorker.Recipients.Text.TextEncodings.EnsureCodePages();
        var bytes = Encoding.GetEncoding("windows-1255").GetBytes("phone,name\n+972501234567,דנה\n");

        var reader = await RecipientFiles.OpenAsync(bytes, encoding: "windows-1255");
        var rows = await RecipientFiles.ReadAllAsync(reader);

        Assert.Equal("דנה", rows[0].Cell(1));
    }
}
