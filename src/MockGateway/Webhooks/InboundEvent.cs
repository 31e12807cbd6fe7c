using WhatsAppCampaigns.MockGateway.Rules;

namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>A message from the user: <c>messages[]</c> + <c>contacts[]</c> (reference §4.4).</summary>
internal sealed class InboundEvent : WebhookEvent
{
    public required string Wamid { get; init; }

    public required string Text { get; init; }

    /// <summary>The wamid of our message the user replied to, when it is a reply.</summary>
    public string? ContextId { get; init; }

    /// <summary>For a scenario reply: the pair whose customer-service window opens when the reply happens.</summary>
    public PairState? OpensWindowOf { get; init; }

    public string ProfileName => "User " + WaId[^Math.Min(4, WaId.Length)..];
}
