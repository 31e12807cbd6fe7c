using WhatsAppCampaigns.CampaignState;

namespace WhatsAppCampaigns.SenderWorker.Dedupe;

/// <summary>One recipient's claim answer and, for an existing field, what it held.</summary>
/// <param name="Outcome">What the claim script said.</param>
/// <param name="Existing">The recipient's record before this claim, if it had one.</param>
/// <param name="FirstRow">For <see cref="ClaimOutcome.Duplicate"/>: the run's first row naming the recipient; else 0.</param>
internal readonly record struct ClaimResult(ClaimOutcome Outcome, ClaimRecord? Existing, long FirstRow = 0);
