namespace Kube.Client;

/// <summary>
/// Retry and timeout settings of <see cref="Kubernetes"/> (not part of KubernetesClient's API).
/// Only idempotent requests are retried; see the README for which those are.
/// </summary>
public sealed class KubernetesRetryOptions
{
    /// <summary>Retries after the first attempt; 0 disables retries. Default 4.</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First backoff delay; doubles per attempt, with jitter. Default 200 ms.</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Cap of one backoff delay. Default 5 s.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Cap of a server-requested <c>Retry-After</c>; longer requests are cut to this. Default 30 s.</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time limit of one attempt (for watches: until the response headers arrive). Default 60 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Clock for token refresh and watch reconnect backoff. Default the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
