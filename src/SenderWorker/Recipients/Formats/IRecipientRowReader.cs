using WhatsAppCampaigns.CampaignState.Recipients;
using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Formats;

/// <summary>
/// A recipients file opened for reading: its header is known, its rows stream one at a time
/// (memory stays flat whatever the file size). Enumerate <see cref="ReadRowsAsync"/> once.
/// </summary>
public interface IRecipientRowReader : IAsyncDisposable
{
    /// <summary>The file as people know it (e.g. "ConfigMap shop/contacts key list.csv").</summary>
    string File { get; }

    /// <summary>The format read (never <see cref="RecipientFileFormat.Auto"/>).</summary>
    RecipientFileFormat Format { get; }

    /// <summary>How it was read, in plain words: "CSV, delimiter ';', UTF-8 (BOM)".</summary>
    string Description { get; }

    /// <summary>The header texts (trimmed); for TXT files, which have none, a single "phone".</summary>
    IReadOnlyList<string> Headers { get; }

    /// <summary>Rows skipped because every cell was blank (not counted as rows).</summary>
    long BlankRowsSkipped { get; }

    /// <summary>Bytes that were not valid UTF-8 and were read as Windows-1252 so far (text files).</summary>
    long FallbackBytes { get; }

    /// <summary>Streams the data rows.</summary>
    /// <exception cref="RecipientFileException">The file breaks off in a way no row can describe.</exception>
    IAsyncEnumerable<RecipientRow> ReadRowsAsync(CancellationToken cancellationToken);
}
