using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Dedupe;

namespace WhatsAppCampaigns.SenderWorker.Sending;

/// <summary>
/// The run's delivery settings with every default applied: the snapshot's <c>delivery</c> is the
/// contract (the operator copies the campaign's spec into it); only the deployment may switch the
/// rate limit off (<see cref="SendingOptions.DisableRateLimit"/>, for benchmarks). Pure.
/// </summary>
/// <param name="RatePerSecond">Messages per second for the session; 0 means no pacing.</param>
/// <param name="Burst">Messages that may go at once from idle.</param>
/// <param name="Jitter">Random extra pause before each send, up to this.</param>
/// <param name="RetryInitialDelay">First retry delay.</param>
/// <param name="RetryMaxDelay">Retry delay cap.</param>
/// <param name="RetryAttempts">Attempts per recipient for retried errors.</param>
/// <param name="DeliveryPolicy">What happens to a recipient a crashed holder left in doubt.</param>
/// <param name="DedupeScope">Where a recipient is messaged at most once.</param>
internal sealed record SendPolicy(double RatePerSecond, int Burst, TimeSpan Jitter, TimeSpan RetryInitialDelay, TimeSpan RetryMaxDelay,
    int RetryAttempts, DeliveryPolicy DeliveryPolicy, DedupeScope DedupeScope)
{
    /// <summary>Every default (a snapshot without <c>delivery</c>).</summary>
    public static SendPolicy Default { get; } = From(null, rateLimitDisabled: false);

    /// <summary>The policy of a validated snapshot's delivery settings.</summary>
    public static SendPolicy From(DeliverySettings? delivery, bool rateLimitDisabled) => new(
        rateLimitDisabled ? 0 : delivery?.Rate?.MessagesPerSecond ?? DeliverySettings.DefaultMessagesPerSecond,
        delivery?.Rate?.Burst ?? DeliverySettings.DefaultBurst,
        TimeSpan.FromMilliseconds(delivery?.JitterMilliseconds ?? 0),
        TimeSpan.FromMilliseconds(delivery?.Retry?.InitialBackoffMilliseconds ?? DeliverySettings.DefaultInitialBackoffMilliseconds),
        TimeSpan.FromMilliseconds(delivery?.Retry?.MaxBackoffMilliseconds ?? DeliverySettings.DefaultMaxBackoffMilliseconds),
        delivery?.Retry?.MaxAttempts ?? DeliverySettings.DefaultMaxAttempts,
        delivery?.Guarantee ?? DeliveryPolicy.AtMostOnce,
        delivery?.DedupeScope ?? DedupeScope.Campaign);
}
