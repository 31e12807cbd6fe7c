using System.Globalization;
using k8s.Models;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Progress;
using Phase = WhatsAppCampaigns.Operator.Entities.V1WhatsAppCampaign.CampaignPhase;
using Status = WhatsAppCampaigns.Operator.Entities.V1WhatsAppCampaign.CampaignStatus;

namespace WhatsAppCampaigns.Operator.Reconciliation;

/// <summary>
/// The campaign's status from what was read and what the plan does: phase, conditions, counts
/// from the senders' counters, times and a bounded history. Never "completed" with nothing sent:
/// a run is Completed only when its Job succeeded, which the sender allows only when it had
/// valid recipients. Pure.
/// </summary>
public static class CampaignStatusCalculator
{
    /// <summary>History entries kept.</summary>
    public const int MaxHistory = 10;

    /// <summary>Computes the status.</summary>
    public static Status Compute(ObservedCampaign observed, CampaignPlan plan, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(observed);
        ArgumentNullException.ThrowIfNull(plan);
        var campaign = observed.Campaign;
        var previous = campaign.Status ?? new Status();
        var generation = campaign.Metadata.Generation;
        var at = Times.ToModel(now);
        var status = new Status
        {
            ObservedGeneration = generation,
            Counts = previous.Counts,
            Progress = previous.Progress,
            StartTime = previous.StartTime,
            CompletionTime = previous.CompletionTime,
            History = previous.History?.ToList(),
            InvalidRows = previous.InvalidRows,
            TopFailureCodes = previous.TopFailureCodes,
        };
        var conditions = previous.Conditions;

        if (observed.Violations.Count > 0)
        {
            var first = observed.Violations[0];
            var joined = string.Join("; ", observed.Violations.Select(v => v.Message));
            status.Phase = observed.Runs.Any(r => r.Active) ? Phase.Running : Phase.Pending;
            conditions = CampaignConditions.Set(conditions, CampaignConditions.Ready, false, first.Reason, joined, generation, at);
            conditions = CampaignConditions.Set(conditions, CampaignConditions.Progressing, false, "InvalidSpec", "nothing is sent until the spec is fixed", generation, at);
            conditions = CampaignConditions.Set(conditions, CampaignConditions.Completed, false, "InvalidSpec", joined, generation, at);
            conditions = CampaignConditions.Set(conditions, CampaignConditions.Stalled, true, first.Reason, joined, generation, at);
            status.Conditions = conditions;
            return status;
        }

        var started = plan.Actions.OfType<StartRun>().LastOrDefault();
        var deleted = plan.Actions.OfType<DeleteJob>().Select(d => d.JobName).ToHashSet(StringComparer.Ordinal);
        var current = started is not null
            ? observed.Runs.FirstOrDefault(r => r.Slot.RunId == started.Run.RunId) ?? new ObservedRun(started.Run, false, null, null)
            : observed.Runs.Where(r => r.Active).MaxBy(r => r.Slot.ScheduledAt) ?? observed.Latest;

        foreach (var run in observed.Runs.Where(r => r.Job is not null || r == current))
        {
            var phase = deleted.Contains(run.Slot.JobName) ? Phase.Failed : RunPhase(run, plan, run == current && started is not null);
            if (phase is { } p) Record(status, run, p, at);
        }

        Phase campaignPhase;
        string reason, message;
        if (current is null)
        {
            campaignPhase = plan.Hold == "Suspended" ? Phase.Paused : Phase.Scheduled;
            reason = plan.Hold ?? "Scheduled";
            message = plan.NextRunAt is { } next ? $"first run due at {RunNaming.FormatScheduledAt(next)}" : "waiting for the schedule";
        }
        else
        {
            if (current.Progress is { } progress) ApplyCounts(status, progress);
            var runPhase = started is not null && started.Run.RunId == current.Slot.RunId
                ? (plan.Hold is null ? Phase.Running : Phase.Paused)
                : RunPhase(current, plan, false) ?? Phase.Running;
            status.StartTime = current.Job?.Status?.StartTime ?? status.History?.FirstOrDefault(h => h.RunId == current.Slot.RunId)?.StartTime ?? at;
            if (runPhase is Phase.Completed or Phase.PartiallyFailed or Phase.Failed)
            {
                status.CompletionTime = status.History?.FirstOrDefault(h => h.RunId == current.Slot.RunId)?.CompletionTime ?? at;
                if (runPhase != Phase.Failed) status.Progress = "100%";
                status.ActiveJob = null;
                campaignPhase = plan.NextRunAt is not null && runPhase != Phase.Failed ? Phase.Scheduled : runPhase;
                if (plan.NextRunAt is not null && runPhase == Phase.Failed) campaignPhase = Phase.Scheduled;
            }
            else
            {
                status.CompletionTime = null;
                status.ActiveJob = current.Slot.JobName;
                campaignPhase = runPhase;
            }
            (reason, message) = Describe(runPhase, current, plan, status);
        }
        status.Phase = campaignPhase;
        status.NextRunAt = plan.NextRunAt is { } n ? Times.ToModel(n) : null;

        var lastRun = status.History?.FirstOrDefault();
        var failed = lastRun?.Phase == Phase.Failed && campaignPhase is Phase.Failed;
        conditions = CampaignConditions.Set(conditions, CampaignConditions.Ready, !failed, failed ? "RunFailed" : reason, message, generation, at);
        conditions = CampaignConditions.Set(conditions, CampaignConditions.Progressing, campaignPhase == Phase.Running,
            campaignPhase == Phase.Running ? "Sending" : campaignPhase.ToString(), message, generation, at);
        var done = lastRun?.Phase is Phase.Completed or Phase.PartiallyFailed && campaignPhase is Phase.Completed or Phase.PartiallyFailed;
        conditions = CampaignConditions.Set(conditions, CampaignConditions.Completed, done, done ? campaignPhase.ToString() : campaignPhase.ToString(),
            message, generation, at);
        conditions = failed
            ? CampaignConditions.Set(conditions, CampaignConditions.Stalled, true, "RunFailed", message, generation, at)
            : CampaignConditions.Remove(conditions, CampaignConditions.Stalled);
        status.Conditions = conditions;
        return status;
    }

    /// <summary>A run's phase from its Job (null when nothing is known yet).</summary>
    public static Phase? RunPhase(ObservedRun run, CampaignPlan plan, bool startingNow)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(plan);
        if (startingNow) return plan.Hold is null ? Phase.Running : Phase.Paused;
        if (run.Job is not { } job) return null;
        if (JobState.Succeeded(job))
            return run.Progress is { } p && (p.Failed > 0 || p.Unknown > 0) ? Phase.PartiallyFailed : Phase.Completed;
        if (JobState.Failed(job)) return Phase.Failed;
        var suspending = plan.Actions.OfType<SetJobSuspended>().FirstOrDefault(a => a.JobName == run.Slot.JobName);
        var suspended = suspending?.Suspend ?? JobState.Suspended(job);
        return suspended ? Phase.Paused : Phase.Running;
    }

    private static (string Reason, string Message) Describe(Phase phase, ObservedRun run, CampaignPlan plan, Status status)
    {
        var counts = status.Counts;
        var sent = string.Create(CultureInfo.InvariantCulture,
            $"{counts?.Sent ?? 0} sent, {counts?.Failed ?? 0} failed, {counts?.Unknown ?? 0} unknown of {counts?.Valid ?? 0} valid ({counts?.Rows ?? 0} rows, {counts?.Invalid ?? 0} invalid)");
        return phase switch
        {
            Phase.Running => ("Sending", $"run {run.Slot.RunId} (Job {run.Slot.JobName}): {sent}"),
            Phase.Paused => (plan.Hold ?? "Suspended", plan.Hold == "OutsideWindow"
                ? $"run {run.Slot.RunId} waits for the send window: {sent}"
                : $"run {run.Slot.RunId} suspended (spec.suspend); {sent}"),
            Phase.Completed => ("Completed", $"run {run.Slot.RunId} completed: {sent}"),
            Phase.PartiallyFailed => ("PartiallyFailed", $"run {run.Slot.RunId} finished with failures: {sent}"),
            _ => ("RunFailed", $"run {run.Slot.RunId} failed: {(run.Job is { } j ? JobState.FailureMessage(j) : null) ?? run.Progress?.Reason ?? "Job failed"}; {sent}"),
        };
    }

    private static void ApplyCounts(Status status, RunProgress p)
    {
        status.Counts = new V1WhatsAppCampaign.CampaignCounts
        {
            Rows = p.Rows, Valid = p.Valid, Invalid = p.Invalid, Duplicate = p.Duplicate, OptedOut = p.OptedOut,
            Sent = p.Sent, Failed = p.Failed, Unknown = p.Unknown,
            Delivered = p.Delivered, Read = p.Read, Replied = p.Replied,
        };
        status.TopFailureCodes = p.TopFailureCodes.Count == 0 ? null
            : [.. p.TopFailureCodes.Select(c => new V1WhatsAppCampaign.FailureCodeCount { Code = c.Code, Count = c.Count })];
        var done = p.Sent + p.Failed + p.Unknown + p.OptedOut;
        status.Progress = p.Valid > 0 ? string.Create(CultureInfo.InvariantCulture, $"{Math.Min(100, done * 100 / p.Valid)}%") : "0%";
        status.InvalidRows = p.InvalidRows.Count == 0 ? null
            : [.. p.InvalidRows.Select(r => new V1WhatsAppCampaign.InvalidRow { Row = Math.Max(1, r.Row), Reason = r.Reason })];
    }

    private static void Record(Status status, ObservedRun run, Phase phase, DateTime now)
    {
        var history = status.History ?? [];
        var existing = history.FirstOrDefault(h => h.RunId == run.Slot.RunId);
        var terminal = phase is Phase.Completed or Phase.PartiallyFailed or Phase.Failed;
        if (existing is { Phase: Phase.Completed or Phase.PartiallyFailed or Phase.Failed } && existing.Phase == phase) return;
        var record = new V1WhatsAppCampaign.RunRecord
        {
            RunId = run.Slot.RunId,
            JobName = run.Slot.JobName,
            Phase = phase,
            StartTime = existing?.StartTime ?? run.Job?.Status?.StartTime ?? now,
            CompletionTime = terminal ? existing?.CompletionTime ?? run.Job?.Status?.CompletionTime ?? now : null,
            Sent = run.Progress?.Sent ?? existing?.Sent,
            Failed = run.Progress?.Failed ?? existing?.Failed,
        };
        history = [.. history.Where(h => h.RunId != run.Slot.RunId).Append(record)
            .OrderByDescending(h => h.RunId, StringComparer.Ordinal).Take(MaxHistory)];
        status.History = history;
    }
}
