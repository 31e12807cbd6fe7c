using WhatsAppCampaigns.Operator.Entities;

namespace WhatsAppCampaigns.Operator.Scheduling;

/// <summary>
/// When a campaign's runs are due: at once (its creation time is the run's scheduled time), at
/// <c>startAt</c>, or at each cron time in the schedule's zone. Pure; "now" is a parameter.
/// </summary>
public static class CampaignSchedule
{
    /// <summary>How far back missed cron times are looked for (CronJob gives up after 100 misses).</summary>
    public static readonly TimeSpan MaxLookBack = TimeSpan.FromDays(35);

    /// <summary>Evaluates the schedule. An unparsable cron or zone gives no runs (validation reports it).</summary>
    /// <param name="schedule">The spec's schedule; null means now.</param>
    /// <param name="created">The campaign's creation time.</param>
    /// <param name="now">The current time.</param>
    public static ScheduleDecision Evaluate(V1WhatsAppCampaign.ScheduleSpec? schedule, DateTimeOffset created, DateTimeOffset now)
    {
        if (schedule?.Cron is { Length: > 0 } cronText)
        {
            if (!CronSchedule.TryParse(cronText, out var cron, out _) || !WallClock.TryFindZone(schedule.TimeZone, out var zone))
                return new ScheduleDecision(null, null);
            var notBefore = created - TimeSpan.FromSeconds(1);
            if (now - notBefore > MaxLookBack) notBefore = now - MaxLookBack;
            return new ScheduleDecision(cron!.LatestAtOrBefore(now, notBefore, zone), cron.NextAfter(now, zone));
        }
        if (schedule?.StartAt is { } startAt)
        {
            var at = new DateTimeOffset(DateTime.SpecifyKind(startAt, DateTimeKind.Utc));
            return at <= now ? new ScheduleDecision(at, null) : new ScheduleDecision(null, at);
        }
        return created <= now ? new ScheduleDecision(created, null) : new ScheduleDecision(null, created);
    }
}
