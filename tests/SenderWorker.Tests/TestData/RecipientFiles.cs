using System.Text;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Recipients;
using WhatsAppCampaigns.SenderWorker.Recipients.Formats;
using WhatsAppCampaigns.SenderWorker.Recipients.Sources;

namespace WhatsAppCampaigns.SenderWorker.Tests.TestData;

/// <summary>Opens in-memory recipient files the way the sender does.</summary>
public static class RecipientFiles
{
    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    public static Task<IRecipientRowReader> OpenAsync(byte[] bytes, string? fileName = "list.csv",
        RecipientFileFormat format = RecipientFileFormat.Auto, string? encoding = null, RecipientReaderLimits? limits = null) =>
        OpenAsync(new MemoryStream(bytes, writable: false), fileName, format, encoding, limits);

    public static Task<IRecipientRowReader> OpenAsync(Stream stream, string? fileName = "list.csv",
        RecipientFileFormat format = RecipientFileFormat.Auto, string? encoding = null, RecipientReaderLimits? limits = null) =>
        RecipientFileOpener.OpenAsync(new RecipientSourceStream(stream, $"test file {fileName}", fileName), format, encoding,
            limits ?? RecipientReaderLimits.Default, CancellationToken.None);

    public static async Task<List<RecipientRow>> ReadAllAsync(IRecipientRowReader reader)
    {
        var rows = new List<RecipientRow>();
        await foreach (var row in reader.ReadRowsAsync(CancellationToken.None)) rows.Add(row);
        return rows;
    }

    public static async Task<(IRecipientRowReader Reader, List<RecipientRow> Rows)> ReadAsync(string text, string? fileName = "list.csv",
        RecipientFileFormat format = RecipientFileFormat.Auto)
    {
        var reader = await OpenAsync(Utf8(text), fileName, format);
        return (reader, await ReadAllAsync(reader));
    }
}
