namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>What one reconcile pass does, and when to look again.</summary>
/// <param name="Actions">Changes to make, in order.</param>
/// <param name="RecheckAfter">Requeue delay: next due time, window change or progress refresh.</param>
/// <param name="NextRunAt">When the next run is due, if the schedule has one.</param>
/// <param name="Hold">Why runs are held (suspend, window closed), or null.</param>
/// <param name="SkippedByPolicy">A due run was not started because another is active (Forbid).</param>
public sealed record CampaignPlan(IReadOnlyList<PlannedAction> Actions, TimeSpan? RecheckAfter, DateTimeOffset? NextRunAt,
    string? Hold, bool SkippedByPolicy)
{
    /// <summary>Nothing to do, nothing to wait for.</summary>
    public static CampaignPlan Idle(TimeSpan? recheck) => new([], recheck, null, null, false);
}
