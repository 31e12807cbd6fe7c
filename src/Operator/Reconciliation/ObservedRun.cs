using k8s.Models;
using WhatsAppCampaigns.Operator.Progress;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>What exists of one run: its snapshot, its Job (null once deleted) and its published progress.</summary>
/// <param name="Slot">The run.</param>
/// <param name="SnapshotExists">Its snapshot ConfigMap exists (so the run was started).</param>
/// <param name="Job">Its Job as read.</param>
/// <param name="Progress">Its sender's counters, if published.</param>
public sealed record ObservedRun(RunSlot Slot, bool SnapshotExists, V1Job? Job, RunProgress? Progress)
{
    /// <summary>The Job exists and has not finished.</summary>
    public bool Active => Job is { } job && !JobState.Finished(job) && job.Metadata.DeletionTimestamp is null;
}
