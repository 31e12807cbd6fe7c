using System.Text;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Sources;

/// <summary>Recipients written in the campaign itself: the lines joined as a UTF-8 file.</summary>
/// <remarks>Inline lists live in the custom resource (etcd caps an object near 1.5 MB), so holding them in memory is fine.</remarks>
public sealed class InlineRecipientSource(IReadOnlyList<string> lines) : IRecipientSource
{
    /// <inheritdoc/>
    public string DisplayName => "the inline recipients list";

    /// <inheritdoc/>
    public Task<RecipientSourceStream> OpenAsync(CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines));
        return Task.FromResult(new RecipientSourceStream(new MemoryStream(bytes, writable: false), DisplayName, null));
    }
}
