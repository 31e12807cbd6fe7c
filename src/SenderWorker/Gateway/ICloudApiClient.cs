using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.SenderWorker.Gateway;

/// <summary>The send endpoint as the pipeline sees it (a seam for tests and the benchmark).</summary>
internal interface ICloudApiClient
{
    /// <summary>Sends one message; gateway trouble comes back as a reply, never as an exception.</summary>
    Task<GatewayReply> SendAsync(string e164, CampaignMessage message, string callbackData, CancellationToken cancellationToken);

    /// <summary>Checks the gateway answers and accepts the credentials, sending nothing.</summary>
    Task<GatewayReply> PreflightAsync(CancellationToken cancellationToken);
}
