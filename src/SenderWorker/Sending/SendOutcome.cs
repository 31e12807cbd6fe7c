using WhatsAppCampaigns.SenderWorker.Gateway;

namespace WhatsAppCampaigns.SenderWorker.Sending;

/// <summary>The end of one recipient's send attempts.</summary>
internal enum SendOutcomeKind
{
    Sent,
    Failed,
    Unknown,
    NotSent,
}

/// <summary>What became of one recipient, with the reply that decided it.</summary>
internal sealed record SendOutcome(SendOutcomeKind Kind, GatewayReply? Reply, string? Reason = null);
