namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>One webhook POST: its events, and once built, the exact bytes and signature every attempt resends.</summary>
internal sealed class PendingPost(int lane, List<WebhookEvent> events)
{
    public int Lane { get; } = lane;

    public List<WebhookEvent> Events { get; } = events;

    public int Attempts { get; set; }

    public long DueTicks { get; set; }

    public byte[]? Body { get; set; }

    public string? Signature { get; set; }
}
