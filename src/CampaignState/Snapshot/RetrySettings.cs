namespace WhatsAppCampaigns.CampaignState.Snapshot;

/// <summary>Retries of transient send failures: exponential backoff with full jitter.</summary>
public sealed record RetrySettings
{
    /// <summary>First retry delay in milliseconds; absent means <see cref="DeliverySettings.DefaultInitialBackoffMilliseconds"/>.</summary>
    public long? InitialBackoffMilliseconds { get; init; }

    /// <summary>Retry delay cap in milliseconds; absent means <see cref="DeliverySettings.DefaultMaxBackoffMilliseconds"/>.</summary>
    public long? MaxBackoffMilliseconds { get; init; }

    /// <summary>Attempts per recipient, the first included; absent means <see cref="DeliverySettings.DefaultMaxAttempts"/>.</summary>
    public int? MaxAttempts { get; init; }
}
