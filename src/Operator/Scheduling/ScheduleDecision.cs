namespace WhatsAppCampaigns.Operator.Scheduling;

/// <summary>What the schedule says at a moment.</summary>
/// <param name="Due">The latest scheduled time at or before now (the run that should exist), if any.</param>
/// <param name="Next">The next scheduled time after now, if any.</param>
public sealed record ScheduleDecision(DateTimeOffset? Due, DateTimeOffset? Next);
