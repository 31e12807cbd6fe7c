using System.ComponentModel.DataAnnotations;

namespace WhatsAppCampaigns.Operator.Hosting;

/// <summary>How sender Jobs are built.</summary>
public sealed class SenderJobOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "SenderJob";

    /// <summary>The sender image. Default <c>ghcr.io/whatsapp-campaigns/sender:latest</c>.</summary>
    [Required]
    public string Image { get; set; } = "ghcr.io/whatsapp-campaigns/sender:latest";

    /// <summary>Redis configuration for senders when it differs from the operator's (e.g. a service name); default the operator's.</summary>
    public string? RedisConfiguration { get; set; }

    /// <summary>Pod failures tolerated (exit 75, crashes) before the run fails. Default 3.</summary>
    [Range(0, 100)]
    public int BackoffLimit { get; set; } = 3;

    /// <summary>Safety net on a run's wall-clock time. Default 6 h.</summary>
    [Range(60, 7 * 24 * 3600)]
    public long ActiveDeadlineSeconds { get; set; } = 6 * 3600;

    /// <summary>How long a finished Job stays readable. Default 1 day (long enough to record its result).</summary>
    [Range(60, 30 * 24 * 3600)]
    public int TtlSecondsAfterFinished { get; set; } = 24 * 3600;

    /// <summary>How often an active run's counts are refreshed from Redis. Default 5 s.</summary>
    public TimeSpan ProgressRefresh { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// How often a finished campaign's counts are refreshed from Redis while delivery statuses and
    /// replies still arrive by webhook (delivered, read, replied, failure codes). Default 1 min; zero turns it off.
    /// </summary>
    public TimeSpan DeliveryRefresh { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>For how long after a run finished <see cref="DeliveryRefresh"/> applies. Default 24 h.</summary>
    public TimeSpan DeliveryTracking { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How long a campaign's Redis keys outlive it (its dedupe window) before the finalizer removes them. Default 0.</summary>
    public TimeSpan DedupeRetention { get; set; } = TimeSpan.Zero;

    /// <summary>Optional service account of sender pods.</summary>
    public string? ServiceAccountName { get; set; }
}
