using System.IO.Compression;
using System.Text;
using WhatsAppCampaigns.CampaignState.Recipients;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Recipients.Sources;
using WhatsAppCampaigns.SenderWorker.Recipients.Text;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Formats;

/// <summary>
/// Turns a source's bytes into a row reader: sniffs the first bytes (empty, binary, workbook or
/// text and its encoding), checks them against the declared format, and opens the matching reader.
/// </summary>
public static class RecipientFileOpener
{
    /// <summary>Opens <paramref name="source"/>; on success the reader owns the stream.</summary>
    /// <param name="source">The opened source.</param>
    /// <param name="format">The declared format, or <see cref="RecipientFileFormat.Auto"/>.</param>
    /// <param name="encodingName">A declared text encoding, or null to detect.</param>
    /// <param name="limits">Caps on cells, rows and bytes.</param>
    /// <param name="cancellationToken">Cancels reading.</param>
    /// <exception cref="RecipientFileException">Empty, binary, not the declared format, or no usable header.</exception>
    public static async Task<IRecipientRowReader> OpenAsync(RecipientSourceStream source, RecipientFileFormat format,
        string? encodingName, RecipientReaderLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(limits);
        var file = source.DisplayName;
        try
        {
            Encoding? declared = null;
            if (encodingName is not null && !TextEncodings.TryGet(encodingName, out declared))
                throw new RecipientFileException(file, $"unknown encoding '{encodingName}' (recipients.encoding)");
            var start = source.Stream.CanSeek ? source.Stream.Position : 0;
            var head = await ReadHeadAsync(source.Stream, cancellationToken);
            var sniff = ContentSniffer.Sniff(head.Span, declared);
            return sniff.Kind switch
            {
                ContentKind.Empty => throw new RecipientFileException(file, "the file is empty (0 bytes)"),
                ContentKind.Binary => throw new RecipientFileException(file,
                    $"is {sniff.Description}, not a recipients file; expected CSV, TSV or TXT text, or an XLSX workbook"
                    + (sniff.Hint is null ? "" : "; " + sniff.Hint)),
                ContentKind.Zip or ContentKind.LegacyExcel => await OpenWorkbookAsync(source, format, sniff, head, start, limits, cancellationToken),
                _ => await OpenTextAsync(source, format, sniff, head, limits, cancellationToken),
            };
        }
        catch
        {
            await source.DisposeAsync();
            throw;
        }
    }

    private static async Task<IRecipientRowReader> OpenTextAsync(RecipientSourceStream source, RecipientFileFormat format,
        SniffResult sniff, ReadOnlyMemory<byte> head, RecipientReaderLimits limits, CancellationToken cancellationToken)
    {
        if (format == RecipientFileFormat.Xlsx)
            throw new RecipientFileException(source.DisplayName, $"format xlsx was declared, but the file is text ({sniff.Description})");
        if (format == RecipientFileFormat.Auto)
        {
            format = Path.GetExtension(source.FileName ?? "").ToUpperInvariant() switch
            {
                ".CSV" => RecipientFileFormat.Csv,
                ".TSV" or ".TAB" => RecipientFileFormat.Tsv,
                _ => RecipientFileFormat.Auto, // .txt too: a .txt export often is a CSV with a header
            };
        }
        var bytes = new PrefixedStream(head[sniff.PreambleLength..], source.Stream);
        var text = new StreamReader(bytes, sniff.Encoding!, detectEncodingFromByteOrderMarks: false, bufferSize: 16 * 1024);
        return await DelimitedRowReader.OpenAsync(source.DisplayName, text, format, sniff.Description,
            sniff.Encoding as Utf8OrWindows1252Encoding, limits, cancellationToken);
    }

    private static async Task<IRecipientRowReader> OpenWorkbookAsync(RecipientSourceStream source, RecipientFileFormat format,
        SniffResult sniff, ReadOnlyMemory<byte> head, long start, RecipientReaderLimits limits, CancellationToken cancellationToken)
    {
        var file = source.DisplayName;
        if (format is not (RecipientFileFormat.Auto or RecipientFileFormat.Xlsx))
            throw new RecipientFileException(file, $"format {format.ToString().ToLowerInvariant()} was declared, but the file is {sniff.Description}");
        var seekable = await SeekableAsync(source, head, start, limits, cancellationToken);
        var legacy = sniff.Kind == ContentKind.LegacyExcel;
        try
        {
            if (!legacy) CheckIsWorkbook(file, seekable);
        }
        catch
        {
            await seekable.DisposeAsync();
            throw;
        }
        return XlsxRowReader.Open(file, seekable, legacy, limits);
    }

    private static void CheckIsWorkbook(string file, Stream seekable)
    {
        var origin = seekable.Position;
        try
        {
            using var zip = new ZipArchive(seekable, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.GetEntry("xl/workbook.xml") is null && !zip.Entries.Any(e => e.FullName.Equals("xl/workbook.xml", StringComparison.OrdinalIgnoreCase)))
            {
                throw new RecipientFileException(file,
                    "is a ZIP archive but not an XLSX workbook (it has no xl/workbook.xml); expected CSV, TSV, TXT or XLSX");
            }
        }
        catch (InvalidDataException ex)
        {
            throw new RecipientFileException(file, $"is a damaged ZIP archive, not a readable XLSX workbook: {ex.Message}", ex);
        }
        seekable.Position = origin;
    }

    // ZIP reading needs to seek; a download or other one-way stream is spooled to a temporary file
    // (deleted on close) so memory stays flat, within the byte cap.
    private static async Task<Stream> SeekableAsync(RecipientSourceStream source, ReadOnlyMemory<byte> head, long start,
        RecipientReaderLimits limits, CancellationToken cancellationToken)
    {
        if (source.Stream.CanSeek)
        {
            source.Stream.Position = start;
            return source.Stream;
        }
        var spool = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None,
            64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        try
        {
            await spool.WriteAsync(head, cancellationToken);
            var buffer = new byte[64 * 1024];
            int read;
            while ((read = await source.Stream.ReadAsync(buffer, cancellationToken)) > 0)
            {
                if (spool.Length + read > limits.MaxFileBytes)
                    throw new RecipientFileException(source.DisplayName, $"the workbook is larger than {limits.MaxFileBytes:N0} bytes");
                await spool.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
            await source.Stream.DisposeAsync();
            spool.Position = 0;
            return spool;
        }
        catch
        {
            await spool.DisposeAsync();
            throw;
        }
    }

    private static async Task<ReadOnlyMemory<byte>> ReadHeadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var head = new byte[ContentSniffer.SampleSize];
        var filled = 0;
        int read;
        while (filled < head.Length && (read = await stream.ReadAsync(head.AsMemory(filled), cancellationToken)) > 0)
            filled += read;
        return head.AsMemory(0, filled);
    }
}
