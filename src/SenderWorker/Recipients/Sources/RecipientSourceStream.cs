namespace WhatsAppCampaigns.SenderWorker.Recipients.Sources;

/// <summary>An opened recipients source: its bytes and how to name it.</summary>
/// <param name="Stream">The content, read once from the start; owned by this object.</param>
/// <param name="DisplayName">The source as people know it, for every message about it (no secrets, no URL query).</param>
/// <param name="FileName">A file name whose extension hints at the format (a key name, a URL path's last segment).</param>
public sealed record RecipientSourceStream(Stream Stream, string DisplayName, string? FileName) : IAsyncDisposable
{
    /// <inheritdoc/>
    public ValueTask DisposeAsync() => Stream.DisposeAsync();
}
