
namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>
/// How the run sends (the campaign's <c>spec.delivery</c>, with the session's rate folded in by the
/// operator). Every field is optional; absent means the documented default, so a snapshot without
/// <c>delivery</c> sends at 80 messages/s, burst 10, retries 500 ms → 30 s × 5, at most once, deduped
/// per campaign.
/// </summary>
public sealed record DeliverySettings
{
    /// <summary>Default steady rate: the Cloud API's default throughput per business number.</summary>
    public const double DefaultMessagesPerSecond = 80;

    /// <summary>Default burst.</summary>
    public const int DefaultBurst = 10;

    /// <summary>Default first retry delay.</summary>
    public const long DefaultInitialBackoffMilliseconds = 500;

    /// <summary>Default retry delay cap.</summary>
    public const long DefaultMaxBackoffMilliseconds = 30_000;

    /// <summary>Default attempts per recipient (the first included).</summary>
    public const int DefaultMaxAttempts = 5;

    /// <summary>The session's pace for this run (shared by every process sending for the session).</summary>
    public SendRate? Rate { get; init; }

    /// <summary>Random extra pause before each send, up to this many milliseconds; absent means none.</summary>
    public long? JitterMilliseconds { get; init; }

    /// <summary>Retries of transient send failures.</summary>
    public RetrySettings? Retry { get; init; }

    /// <summary>What happens to a recipient whose send outcome is unknown; absent means at most once.</summary>
    public DeliveryPolicy? Guarantee { get; init; }

    /// <summary>Where a recipient is messaged at most once; absent means per campaign.</summary>
    public DedupeScope? DedupeScope { get; init; }
}
