using System.ComponentModel.DataAnnotations;

namespace WhatsAppCampaigns.SenderWorker.Sending;

/// <summary>
/// Deployment settings of the send loop (concurrency, lock, shutdown, diagnostics, paths). What the
/// campaign decides (rate, burst, jitter, retries, guarantee, dedupe scope) comes from the run
/// snapshot's <c>delivery</c> (<see cref="SendPolicy"/>), never from here.
/// </summary>
public sealed class SendingOptions
{
    /// <summary>Configuration section.</summary>
    public const string SectionName = "Sending";

    /// <summary>
    /// Ignore the snapshot's rate: no pacing at all. For benchmarks and tests that measure the
    /// sender itself; never in production (the Cloud API then throttles the number). Default false.
    /// </summary>
    public bool DisableRateLimit { get; set; }

    /// <summary>Sends in flight at once (claimed and not yet recorded). Default 64.</summary>
    [Range(1, 4096)]
    public int MaxInFlight { get; set; } = 64;

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

    /// <summary>
    /// How long a run's first-rows hash (in-run duplicate detection, in Redis) outlives its last
    /// claim, so a restarted run gets the same answers; deleted at once when the run is done. Default 7 days.
    /// </summary>
    public TimeSpan FirstRowsExpiry { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Diagnostic: log resident memory and the GC's heap figures every this many rows; 0 (default) is off.</summary>
    [Range(0, int.MaxValue)]
    public int MemoryLogEveryRows { get; set; }

    /// <summary>Optional file: every row's outcome as CSV (row,outcome,reason), written to a temp file then renamed.</summary>
    public string? OutcomesPath { get; set; }
}
