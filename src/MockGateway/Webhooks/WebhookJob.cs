using WhatsAppCampaigns.MockGateway.Inspection;
using WhatsAppCampaigns.MockGateway.Rules;
using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>
/// What the send path hands the dispatcher: one accepted message and its plan (one object per
/// send, so the hot path does no more); the dispatcher expands it into timed events.
/// </summary>
internal sealed record WebhookJob(
    AcceptedMessage? Message,
    MessagePlan? Plan,
    string DisplayPhoneNumber,
    string Category,
    bool Billable,
    PairState? Pair,
    InboundEvent? Inbound = null)
{
    /// <summary>A job that posts one ready inbound message (the admin inbound endpoint).</summary>
    public static WebhookJob ForInbound(InboundEvent inbound) =>
        new(null, null, inbound.DisplayPhoneNumber, "service", false, null, inbound);
}
