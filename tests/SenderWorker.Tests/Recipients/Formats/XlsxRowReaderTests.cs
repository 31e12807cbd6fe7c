using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Recipients;
using WhatsAppCampaigns.SenderWorker.Recipients.Formats;
using WhatsAppCampaigns.SenderWorker.Tests.TestData;

namespace WhatsAppCampaigns.SenderWorker.Tests.Recipients.Formats;

public sealed class XlsxRowReaderTests
{
    [Theory]
    [InlineData(972501234567.0, "972501234567")]
    [InlineData(972502000000.0, "972502000000")]
    [InlineData(501234567.0, "501234567")]
    [InlineData(1.5, "1.5")]
    [InlineData(9.72502345678901E+17, "9.72502345678901E+17")]
    [InlineData(1e16, "10000000000000000")]
    public void CellText_Doubles_GiveTheTypedDigits(double value, string expected) =>
        Assert.Equal(expected, XlsxRowReader.CellText(value));

    [Fact]
    public void CellText_OtherValues_AreInvariantText()
    {
        Assert.Equal("", XlsxRowReader.CellText(null));
        Assert.Equal("9.72502E+11", XlsxRowReader.CellText("9.72502E+11"));
        Assert.Equal("TRUE", XlsxRowReader.CellText(true));
        Assert.Equal("2026-05-01", XlsxRowReader.CellText(new DateTime(2026, 5, 1)));
    }

    [Fact]
    public async Task ReadRowsAsync_Workbook_ReadsNumbersAsTypedAndKeepsScientificText()
    {
        var bytes = new XlsxBuilder()
            .Row("Phone", "Name", "Points")
            .Row(972501234567.0, "Dana", 12.0)
            .Row("9.72502E+11", "Avi", null)
            .Row("'0501234568", "Noa", 3.25)
            .Build();

        var reader = await RecipientFiles.OpenAsync(bytes, fileName: "list.xlsx");
        var rows = await RecipientFiles.ReadAllAsync(reader);

        Assert.Equal(RecipientFileFormat.Xlsx, reader.Format);
        Assert.Equal(["Phone", "Name", "Points"], reader.Headers);
        Assert.Equal(["972501234567", "Dana", "12"], rows[0].Cells);
        Assert.Equal(["9.72502E+11", "Avi", ""], rows[1].Cells);
        Assert.Equal(["'0501234568", "Noa", "3.25"], rows[2].Cells);
        Assert.Equal([2L, 3L, 4L], rows.Select(r => r.RowNumber));
    }

    [Fact]
    public async Task ReadRowsAsync_GapRows_KeepSheetRowNumbers()
    {
        var bytes = new XlsxBuilder().Row("phone").Row(972501234567.0).Gap(3).Row(972501234568.0).Build();

        var reader = await RecipientFiles.OpenAsync(bytes, fileName: null);
        var rows = await RecipientFiles.ReadAllAsync(reader);

        Assert.Equal([2L, 6L], rows.Select(r => r.RowNumber));
    }

    [Fact]
    public async Task ReadRowsAsync_NonSeekableDownload_IsSpooledAndRead()
    {
        var bytes = new XlsxBuilder().Row("mobile").Row(972501234567.0).Build();
        var oneWay = new ConcatenatedStream(ConcatenatedStream.Once(bytes));

        var reader = await RecipientFiles.OpenAsync(oneWay, fileName: "download");
        var rows = await RecipientFiles.ReadAllAsync(reader);
        await reader.DisposeAsync();

        Assert.Equal("972501234567", Assert.Single(rows).Cell(0));
    }

    [Fact]
    public async Task ReadRowsAsync_CellBesideTheTable_IsIgnoredNotAnError()
    {
        var bytes = new XlsxBuilder().Row("phone", "name").Row(972501234567.0, "Dana", null, "call after 5").Build();

        var reader = await RecipientFiles.OpenAsync(bytes, fileName: "list.xlsx");
        var row = Assert.Single(await RecipientFiles.ReadAllAsync(reader));

        Assert.Null(row.Problem);
        Assert.Equal("Dana", row.Cell(1));
    }

    [Fact]
    public async Task ReadRowsAsync_CellOverCap_IsAProblemRow()
    {
        var bytes = new XlsxBuilder().Row("phone", "note").Row(972501234567.0, new string('x', 50)).Row(972501234568.0, "ok").Build();

        var reader = await RecipientFiles.OpenAsync(bytes, limits: RecipientReaderLimits.Default with { MaxFieldLength = 20 });
        var rows = await RecipientFiles.ReadAllAsync(reader);

        Assert.Equal(RowProblemCodes.FieldTooLong, rows[0].Problem?.Code);
        Assert.Null(rows[1].Problem);
    }
}
