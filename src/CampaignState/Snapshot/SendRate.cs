namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>A send rate: steady messages per second and a burst.</summary>
public sealed record SendRate
{
    /// <summary>Steady rate, messages per second; must be &gt; 0.</summary>
    public required double MessagesPerSecond { get; init; }

    /// <summary>Messages that may go at once from idle; absent means <see cref="DeliverySettings.DefaultBurst"/>.</summary>
    public int? Burst { get; init; }
}
