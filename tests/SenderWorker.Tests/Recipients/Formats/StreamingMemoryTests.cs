using System.Text;
using WhatsAppCampaigns.CampaignState.Recipients;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Recipients;
using WhatsAppCampaigns.SenderWorker.Tests.TestData;

namespace WhatsAppCampaigns.SenderWorker.Tests.Recipients.Formats;

/// <summary>
/// Memory stays flat whatever the file size: readers read only a bounded distance ahead of their
/// consumer, and a 100 MB line is skipped without being held.
/// </summary>
[Collection(MemoryMeasurementCollection.Name)]
public sealed class StreamingMemoryTests
{
    private const long MillionRows = 1_000_000;

    [Fact]
    public async Task ReadRowsAsync_MillionRowCsv_ReadsBoundedAheadAndHeapStaysFlat()
    {
        var stream = new GeneratedCsvStream(MillionRows);
        await using var reader = await RecipientFiles.OpenAsync(stream);
        long index = 0;
        long maxAhead = 0;
        var heap = new List<long>();

        await foreach (var row in reader.ReadRowsAsync(CancellationToken.None))
        {
            if (index % 997 == 0) Assert.Equal(GeneratedCsvStream.PhoneOf(index), row.Cell(0));
            maxAhead = Math.Max(maxAhead, stream.BytesRead - GeneratedCsvStream.BytesThroughRow(index));
            if (++index % 200_000 == 0) heap.Add(GC.GetTotalMemory(forceFullCollection: true));
        }

        Assert.Equal(MillionRows, index);
        // The instrumented stream shows how much the reader holds that its consumer has not taken:
        // sniffing sample, StreamReader and parser buffers, about 90 KB (a few thousand of these
        // 26-byte rows), however long the file.
        Assert.InRange(maxAhead, 0, 128 * 1024);
        // Holding the rows read so far would grow the heap by ~100 MB between the first and the
        // last sample; a streaming reader stays within noise.
        Assert.Equal(5, heap.Count);
        Assert.InRange(heap.Max() - heap[0], long.MinValue, 8 * 1024 * 1024);
    }

    [Fact]
    public async Task ReadRowsAsync_Single100MbLine_BecomesOneInvalidRowWithoutHoldingIt()
    {
        var filler = Encoding.ASCII.GetBytes(new string('7', 1024 * 1024));
        var stream = new ConcatenatedStream(
            ConcatenatedStream.Once("phone,name\n+972501234567,A\n+97250"u8.ToArray()),
            (filler, 100),
            ConcatenatedStream.Once("\n+972501234568,B\n"u8.ToArray()));
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);

        await using var reader = await RecipientFiles.OpenAsync(stream);
        var rows = await RecipientFiles.ReadAllAsync(reader);

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        Assert.Equal(3, rows.Count);
        Assert.Equal((3L, RowProblemCodes.FieldTooLong), (rows[1].RowNumber, rows[1].Problem?.Code));
        Assert.Equal("+972501234568", rows[2].Cell(0));
        // Keeping the line would take 200 MB of chars at least; skipping it reuses the buffers.
        Assert.InRange(allocated, 0, 20 * 1024 * 1024);
    }

    [Fact]
    public async Task ReadRowsAsync_Single100MbLineOfShortCells_IsCappedByCellCount()
    {
        var filler = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("12,", 64 * 1024)));
        var stream = new ConcatenatedStream(
            ConcatenatedStream.Once("phone,name\n"u8.ToArray()),
            (filler, 100 * 1024 * 1024 / filler.Length),
            ConcatenatedStream.Once("\n+972501234568,B\n"u8.ToArray()));

        await using var reader = await RecipientFiles.OpenAsync(stream);
        var rows = await RecipientFiles.ReadAllAsync(reader);

        Assert.Equal([RowProblemCodes.TooManyFields, null], rows.Select(r => r.Problem?.Code));
    }

    [Fact]
    public async Task OpenAsync_FileThatIsOne100MbLine_FailsOnTheHeader()
    {
        var filler = Encoding.ASCII.GetBytes(new string('a', 1024 * 1024));
        var stream = new ConcatenatedStream((filler, 100));

        var error = await Assert.ThrowsAsync<RecipientFileException>(() => RecipientFiles.OpenAsync(stream, "huge.csv"));

        Assert.Equal("test file huge.csv: the header row (row 1) cannot be read: cell 1 is longer than 16,384 characters; the row was skipped",
            error.Message);
    }

    [Fact]
    public async Task ReadRowsAsync_TxtWith100MbLine_IsOneInvalidRow()
    {
        var filler = Encoding.ASCII.GetBytes(new string('5', 1024 * 1024));
        var stream = new ConcatenatedStream(
            ConcatenatedStream.Once("+972501234567\n"u8.ToArray()), (filler, 100), ConcatenatedStream.Once("\n+972501234568\n"u8.ToArray()));

        await using var reader = await RecipientFiles.OpenAsync(stream, "list.txt", RecipientFileFormat.Txt);
        var rows = await RecipientFiles.ReadAllAsync(reader);

        Assert.Equal([null, RowProblemCodes.FieldTooLong, null], rows.Select(r => r.Problem?.Code));
    }
}
