using System.IO.Compression;
using System.Text;
using WhatsAppCampaigns.CampaignState.Recipients;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Recipients;
using WhatsAppCampaigns.SenderWorker.Tests.TestData;

namespace WhatsAppCampaigns.SenderWorker.Tests.Recipients.Formats;

/// <summary>The bad inputs at the file level: each ends in a clear error naming the file, or per-row reasons.</summary>
public sealed class RecipientFileOpenerTests
{
    [Fact]
    public async Task OpenAsync_EmptyFile_FailsNamingTheFile()
    {
        var error = await Assert.ThrowsAsync<RecipientFileException>(() => RecipientFiles.OpenAsync([], "empty.csv"));

        Assert.Equal("test file empty.csv: the file is empty (0 bytes)", error.Message);
    }

    [Theory]
    [InlineData("\n\n  \n")]
    [InlineData(",,\n,,\n")]
    public async Task OpenAsync_OnlyBlankLines_FailsSayingSo(string text)
    {
        var error = await Assert.ThrowsAsync<RecipientFileException>(() => RecipientFiles.OpenAsync(RecipientFiles.Utf8(text)));

        Assert.Contains("the file has only blank lines", error.Message);
    }

    [Fact]
    public async Task OpenAsync_RandomBinary_FailsNamingTheFileAndWhatItIs()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);
        bytes[10] = 0;

        var error = await Assert.ThrowsAsync<RecipientFileException>(() => RecipientFiles.OpenAsync(bytes, "photo.csv"));

        Assert.StartsWith("test file photo.csv: is binary data", error.Message);
        Assert.Contains("expected CSV, TSV or TXT text, or an XLSX workbook", error.Message);
    }

    [Fact]
    public async Task OpenAsync_Pdf_IsNamed()
    {
        var error = await Assert.ThrowsAsync<RecipientFileException>(
            () => RecipientFiles.OpenAsync(RecipientFiles.Utf8("%PDF-1.7\n..."), "list.csv"));

        Assert.Contains("is a PDF document, not a recipients file", error.Message);
    }

    [Fact]
    public async Task OpenAsync_ZipThatIsNotXlsx_FailsSayingSo()
    {
        using var zipBytes = new MemoryStream();
        using (var zip = new ZipArchive(zipBytes, ZipArchiveMode.Create, leaveOpen: true))
        {
            await using var entry = zip.CreateEntry("contacts.csv").Open();
            await entry.WriteAsync(RecipientFiles.Utf8("phone\n+972501234567\n"));
        }

        var error = await Assert.ThrowsAsync<RecipientFileException>(() => RecipientFiles.OpenAsync(zipBytes.ToArray(), "list.zip"));

        Assert.Equal("test file list.zip: is a ZIP archive but not an XLSX workbook (it has no xl/workbook.xml); expected CSV, TSV, TXT or XLSX",
            error.Message);
    }

    [Fact]
    public async Task OpenAsync_TruncatedZip_FailsAsDamaged()
    {
        var workbook = new XlsxBuilder().Row("phone").Row(972501234567.0).Build();

        var error = await Assert.ThrowsAsync<RecipientFileException>(() => RecipientFiles.OpenAsync(workbook[..200], "list.xlsx"));

        Assert.Contains("test file list.xlsx: is a damaged ZIP archive", error.Message);
    }

    [Fact]
    public async Task OpenAsync_DeclaredCsvButWorkbook_FailsNamingBoth()
    {
        var workbook = new XlsxBuilder().Row("phone").Build();

        var error = await Assert.ThrowsAsync<RecipientFileException>(
            () => RecipientFiles.OpenAsync(workbook, "list.csv", RecipientFileFormat.Csv));

        Assert.Contains("format csv was declared, but the file is a ZIP archive", error.Message);
    }

    [Fact]
    public async Task OpenAsync_DeclaredXlsxButText_FailsNamingBoth()
    {
        var error = await Assert.ThrowsAsync<RecipientFileException>(
            () => RecipientFiles.OpenAsync(RecipientFiles.Utf8("phone\n1\n"), "list.xlsx", RecipientFileFormat.Xlsx));

        Assert.Contains("format xlsx was declared, but the file is text (UTF-8)", error.Message);
    }

    [Fact]
    public async Task OpenAsync_EmptyWorkbookSheet_FailsSayingSo()
    {
        var workbook = new XlsxBuilder().Build();

        var error = await Assert.ThrowsAsync<RecipientFileException>(() => RecipientFiles.OpenAsync(workbook, "list.xlsx"));

        Assert.Equal("test file list.xlsx: the first sheet has no rows", error.Message);
    }

    [Fact]
    public async Task ReadRowsAsync_MixedUtf8AndWindows1252Rows_ReadsBothAndCountsFallbackBytes()
    {
        var bytes = Concat(
            RecipientFiles.Utf8("phone,name\n+972501234567,José\n"),
            [.. "+972501234568,Jos"u8, 0xE9, .. "\n"u8],                    // Windows-1252 é
            [.. "+97250123"u8, 0x96, .. "4569,Zo"u8, 0xEB, .. "\n"u8]);     // 1252 en dash in the phone, ë in the name

        var reader = await RecipientFiles.OpenAsync(bytes);
        var rows = await RecipientFiles.ReadAllAsync(reader);

        Assert.Equal(["José", "José", "Zoë"], rows.Select(r => r.Cell(1)));
        Assert.Equal("+97250123\u20134569", rows[2].Cell(0));
        Assert.Equal(3, reader.FallbackBytes);
    }

    [Fact]
    public async Task OpenAsync_Utf16RowsRightAfterUtf8Header_FailsWithAClearError()
    {
        // Two exports glued together: a UTF-8 header and a UTF-16 body, seen in the sniffed head.
        var bytes = Concat(RecipientFiles.Utf8("phone,name\n+972501234567,A\n"), Encoding.Unicode.GetBytes("+972501234568,B\n"));

        var error = await Assert.ThrowsAsync<RecipientFileException>(() => RecipientFiles.OpenAsync(bytes, "glued.csv"));

        Assert.Equal("test file glued.csv: is binary data (a NUL byte at offset 28), not a recipients file; expected CSV, TSV or TXT "
            + "text, or an XLSX workbook; if it is UTF-16 text without a byte order mark, set recipients.encoding to utf-16", error.Message);
    }

    [Fact]
    public async Task ReadRowsAsync_Utf16RowsFarIntoAUtf8File_EndInPerRowReasons()
    {
        // Past the sniffed head the reader cannot change its mind; the glued UTF-16 rows still come
        // out one by one (with NULs between the characters) for the normalizer to reject.
        var head = string.Concat(Enumerable.Range(0, 600).Select(i => $"+9725{i:D8},A\n"));
        var bytes = Concat(RecipientFiles.Utf8("phone,name\n" + head), Encoding.Unicode.GetBytes("+972501234568,B\n"));

        var reader = await RecipientFiles.OpenAsync(bytes, "glued.csv");
        var rows = await RecipientFiles.ReadAllAsync(reader);

        // 600 good rows, then the glued UTF-16 line read as two rows (its "\n\0" ends one and starts
        // another), each with a reason rather than a crash or a message with NULs in it.
        Assert.Equal(602, rows.Count);
        Assert.All(rows.Take(600), r => Assert.Null(r.Problem));
        Assert.All(rows.Skip(600), r => Assert.Equal(RowProblemCodes.ControlCharacters, r.Problem?.Code));
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
