using WhatsAppCampaigns.Operator.Entities;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>Everything a reconcile pass read about a campaign, for the pure planner and status calculator.</summary>
/// <param name="Campaign">The campaign as read.</param>
/// <param name="Session">Its session, when it exists.</param>
/// <param name="Violations">Why it cannot run (spec and cluster checks); empty when it can.</param>
/// <param name="Runs">Its runs, oldest first.</param>
public sealed record ObservedCampaign(V1WhatsAppCampaign Campaign, V1WhatsAppSession? Session, IReadOnlyList<Violation> Violations,
    IReadOnlyList<ObservedRun> Runs)
{
    /// <summary>The run with the latest scheduled time.</summary>
    public ObservedRun? Latest => Runs.Count == 0 ? null : Runs.MaxBy(r => r.Slot.ScheduledAt);
}
