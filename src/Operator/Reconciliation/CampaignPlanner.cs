using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Scheduling;
using Phase = WhatsAppCampaigns.Operator.Entities.V1WhatsAppCampaign.CampaignPhase;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>
/// Decides what should exist: which run is due, whether it may start under concurrencyPolicy,
/// which Jobs are held (suspend, window closed) or resumed, and when to look again. Pure.
/// </summary>
public static class CampaignPlanner
{
    /// <summary>Plans one pass.</summary>
    /// <param name="observed">What was read.</param>
    /// <param name="now">The current time.</param>
    /// <param name="progressRefresh">Requeue interval while a run is active.</param>
    /// <param name="deliveryRefresh">
    /// Requeue interval after the last run finished, while delivery statuses and replies still come
    /// in by webhook (zero: never).
    /// </param>
    /// <param name="deliveryTracking">How long after the last run finished <paramref name="deliveryRefresh"/> applies.</param>
    public static CampaignPlan Plan(ObservedCampaign observed, DateTimeOffset now, TimeSpan progressRefresh,
        TimeSpan deliveryRefresh = default, TimeSpan deliveryTracking = default)
    {
        ArgumentNullException.ThrowIfNull(observed);
        var campaign = observed.Campaign;
        if (campaign.Metadata.DeletionTimestamp is not null) return CampaignPlan.Idle(null);
        // A spec or cluster problem: nothing starts. Sources may appear later and are not watched, so look again.
        if (observed.Violations.Count > 0) return CampaignPlan.Idle(TimeSpan.FromSeconds(30));

        var spec = campaign.Spec;
        WallClock.TryFindZone(spec.Schedule?.TimeZone, out var zone);
        var window = SendWindow.From(spec.Schedule?.Window, zone);
        var hold = spec.Suspend == true ? "Suspended" : window is not null && !window.IsOpen(now) ? "OutsideWindow" : null;
        var created = campaign.Metadata.CreationTimestamp is { } c ? Times.ToInstant(c) : now;
        var schedule = CampaignSchedule.Evaluate(spec.Schedule, created, now);
        var ns = campaign.Metadata.NamespaceProperty ?? "default";
        var name = campaign.Metadata.Name ?? "";

        var actions = new List<PlannedAction>();
        var active = observed.Runs.Where(r => r.Active).ToList();
        foreach (var run in active)
        {
            var suspended = JobState.Suspended(run.Job!);
            if (hold is not null && !suspended) actions.Add(new SetJobSuspended(run.Slot.JobName, true, hold));
            else if (hold is null && suspended) actions.Add(new SetJobSuspended(run.Slot.JobName, false, "Resumed"));
        }

        var skipped = false;
        if (hold is null && schedule.Due is { } dueAt)
        {
            var due = RunSlot.For(ns, name, dueAt);
            var known = observed.Runs.FirstOrDefault(r => r.Slot.RunId == due.RunId);
            if (known is null)
            {
                var policy = spec.Schedule?.ConcurrencyPolicy ?? V1WhatsAppCampaign.ConcurrencyPolicy.Forbid;
                if (active.Count == 0 || policy == V1WhatsAppCampaign.ConcurrencyPolicy.Allow)
                {
                    actions.Add(new StartRun(due, Resume: false));
                }
                else if (policy == V1WhatsAppCampaign.ConcurrencyPolicy.Replace)
                {
                    actions.RemoveAll(a => a is SetJobSuspended);
                    actions.AddRange(active.Select(a => new DeleteJob(a.Slot.JobName)));
                    actions.Add(new StartRun(due, Resume: false));
                }
                else
                {
                    skipped = true;
                }
            }
            else if (known.Job is null && known.SnapshotExists && !Terminal(campaign, known.Slot.RunId) && known == observed.Latest)
            {
                // The run's Job vanished before it finished (deleted by hand, or by Replace of an older
                // run): a new Job for the same run resumes it; the senders' dedupe skips whom it reached.
                actions.Add(new StartRun(known.Slot, Resume: true));
            }
        }

        var recheck = new List<TimeSpan>();
        if (schedule.Next is { } next) recheck.Add(next - now);
        if (active.Count > 0 || actions.OfType<StartRun>().Any()) recheck.Add(progressRefresh);
        // Delivered/read/replied counts and failure codes keep arriving by webhook after the sender
        // exits; nothing else wakes a finished campaign, so look again now and then for a while.
        if (active.Count == 0 && deliveryRefresh > TimeSpan.Zero && campaign.Status?.CompletionTime is { } finished
            && now - Times.ToInstant(finished) < deliveryTracking) recheck.Add(deliveryRefresh);
        if (window is not null)
        {
            if (hold == "OutsideWindow") recheck.Add(window.NextOpen(now) - now);
            else if (window.NextClose(now) is { } close && (active.Count > 0 || actions.OfType<StartRun>().Any())) recheck.Add(close - now);
        }
        if (hold == "OutsideWindow" && schedule.Due is not null && active.Count == 0) recheck.Add(window!.NextOpen(now) - now);
        TimeSpan? delay = recheck.Count == 0 ? null : recheck.Select(d => d < TimeSpan.FromSeconds(1) ? TimeSpan.FromSeconds(1) : d).Min();
        if (skipped) delay = delay is { } d0 && d0 < progressRefresh ? d0 : progressRefresh;
        var nextRunAt = schedule.Next;
        if (window is not null && nextRunAt is { } n) nextRunAt = window.NextOpen(n);
        return new CampaignPlan(actions, delay, nextRunAt, hold, skipped);
    }

    /// <summary>Whether the status history records the run as finished.</summary>
    public static bool Terminal(V1WhatsAppCampaign campaign, string runId)
    {
        ArgumentNullException.ThrowIfNull(campaign);
        return campaign.Status?.History?.FirstOrDefault(h => h.RunId == runId) is { Phase: Phase.Completed or Phase.PartiallyFailed or Phase.Failed };
    }
}
