using System.ComponentModel.DataAnnotations;
using WhatsAppCampaigns.SenderWorker.Dedupe;

namespace WhatsAppCampaigns.SenderWorker.Sending;

/// <summary>
/// Pace, retries, concurrency and policies of the send loop. The issue wants rate, burst and the
/// retry settings from the run snapshot; the snapshot type has no such fields yet, so they come
/// from configuration (environment <c>Sending__RatePerSecond</c> etc.) which the operator sets on the Job.
/// </summary>
public sealed class SendingOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Sending";

    /// <summary>Messages per second for the session (shared by every process); 0 turns pacing off. Default 80 (Cloud API default).</summary>
    [Range(0, 100_000)]
    public double RatePerSecond { get; set; } = 80;

    /// <summary>Messages that may go at once from idle. Default 10.</summary>
    [Range(1, 100_000)]
    public int Burst { get; set; } = 10;

    /// <summary>Random extra pause before each send, up to this; default none.</summary>
    public TimeSpan Jitter { get; set; } = TimeSpan.Zero;

    /// <summary>Sends in flight at once (claimed and not yet recorded). Default 64.</summary>
    [Range(1, 4096)]
    public int MaxInFlight { get; set; } = 64;

    /// <summary>First retry delay (exponential, full jitter). Default 500 ms.</summary>
    public TimeSpan RetryInitialDelay { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Retry delay cap. Default 30 s.</summary>
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Attempts per recipient for retried errors (131056 then fails the recipient). Default 5.</summary>
    [Range(1, 100)]
    public int RetryAttempts { get; set; } = 5;

    /// <summary>What happens to a recipient a crashed holder left in doubt. Default at most once.</summary>
    public DeliveryPolicy DeliveryPolicy { get; set; } = DeliveryPolicy.AtMostOnce;

    /// <summary>Unavailable answers in a row that open the circuit breaker. Default 5.</summary>
    [Range(1, 10_000)]
    public int CircuitThreshold { get; set; } = 5;

    /// <summary>How long the gateway may stay down before the run ends "retry later" (exit 75). Default 10 min.</summary>
    public TimeSpan GatewayDownDeadline { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Session lock TTL (extended every half). Default 30 s.</summary>
    public TimeSpan LockExpiry { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait for the session lock before exiting "retry later". Default 30 s.</summary>
    public TimeSpan LockWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Progress publishing interval. Default 250 ms.</summary>
    public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>Rows kept with their reason in the Redis row-outcome list. Default 10,000.</summary>
    [Range(0, 10_000_000)]
    public int RowOutcomeCapacity { get; set; } = 10_000;

    /// <summary>After SIGTERM, how long in-flight sends may take before they are abandoned. Default 20 s (under Kubernetes' 30 s).</summary>
    public TimeSpan ShutdownGrace { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Optional file: every row's outcome as CSV (row,outcome,reason), written to a temp file then renamed.</summary>
    public string? OutcomesPath { get; set; }
}
