using WhatsAppCampaigns.CampaignState;

namespace WhatsAppCampaigns.SenderWorker.Dedupe;

/// <summary>One recipient's claim answer and, for an existing field, what it held.</summary>
internal readonly record struct ClaimResult(ClaimOutcome Outcome, ClaimRecord? Existing);
