using WhatsAppCampaigns.CampaignState.Recipients;

namespace WhatsAppCampaigns.SenderWorker.Recipients.Sources;

/// <summary>Somewhere recipients come from; opened once per run, read once, front to back.</summary>
public interface IRecipientSource
{
    /// <summary>The source as people know it (safe to log: no secrets, no URL query).</summary>
    string DisplayName { get; }

    /// <summary>Opens the content as a stream.</summary>
    /// <exception cref="RecipientFileException">The source cannot be reached or is too large.</exception>
    Task<RecipientSourceStream> OpenAsync(CancellationToken cancellationToken);
}
