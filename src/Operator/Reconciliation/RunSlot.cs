namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>One run of a campaign: its id and object names, all derived from its scheduled time.</summary>
/// <param name="RunId">The run id.</param>
/// <param name="ScheduledAt">When the schedule said it was due.</param>
/// <param name="JobName">Its sender Job's name.</param>
public sealed record RunSlot(string RunId, DateTimeOffset ScheduledAt, string JobName)
{
    /// <summary>The slot of a campaign at a scheduled time.</summary>
    public static RunSlot For(string @namespace, string campaign, DateTimeOffset scheduledAt)
    {
        var runId = RunNaming.RunId(scheduledAt);
        return new RunSlot(runId, scheduledAt, RunNaming.JobName(@namespace, campaign, runId));
    }
}
