namespace Kube.Operator.Client;

/// <summary>How <see cref="IdempotentRetryHandler"/> retries.</summary>
public sealed class KubernetesRetryOptions
{
    /// <summary>Retries after the first attempt (default 4; 0 turns retries off).</summary>
    public int MaxRetryAttempts { get; set; } = 4;

    /// <summary>First backoff delay, doubled per retry, with jitter (default 200 ms).</summary>
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Backoff cap (default 5 s).</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Cap on a server's <c>Retry-After</c> (default 30 s).</summary>
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time to the response headers of one attempt (default 60 s; not applied to watches).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Clock of the delays and timeouts.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;
}
