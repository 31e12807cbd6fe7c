namespace Kube.Operator.Queue;

/// <summary>Ready-made limiters with client-go's defaults.</summary>
public static class RateLimiters
{
    /// <summary>Per-item backoff starts here (client-go: 5 ms).</summary>
    public static readonly TimeSpan DefaultBaseDelay = TimeSpan.FromMilliseconds(5);

    /// <summary>Per-item backoff cap (client-go: 1000 s).</summary>
    public static readonly TimeSpan DefaultMaxDelay = TimeSpan.FromSeconds(1000);

    /// <summary>Overall retry rate (client-go: 10 per second).</summary>
    public const double DefaultPerSecond = 10;

    /// <summary>Overall retry burst (client-go: 100).</summary>
    public const int DefaultBurst = 100;

    /// <summary>
    /// client-go's <c>DefaultControllerRateLimiter</c>: the longer of per-item exponential backoff
    /// (5 ms doubling to 1000 s) and an overall token bucket (10/s, burst 100).
    /// </summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="time">The clock of the token bucket.</param>
    /// <returns>The limiter.</returns>
    public static IRateLimiter<T> DefaultControllerRateLimiter<T>(TimeProvider time)
        where T : notnull =>
        new MaxOfRateLimiter<T>(
            new ItemExponentialFailureRateLimiter<T>(DefaultBaseDelay, DefaultMaxDelay),
            new BucketRateLimiter<T>(DefaultPerSecond, DefaultBurst, time));

    /// <summary>The delay after <paramref name="exponent"/> earlier failures; overflow-safe.</summary>
    /// <param name="baseDelay">Delay after the first failure.</param>
    /// <param name="maxDelay">The cap.</param>
    /// <param name="exponent">Failures before this one.</param>
    /// <returns><c>min(baseDelay × 2^exponent, maxDelay)</c>.</returns>
    public static TimeSpan ExponentialBackoff(TimeSpan baseDelay, TimeSpan maxDelay, int exponent)
    {
        // 2^63 ticks overflows; anything past 62 doublings is past any sane cap anyway.
        if (exponent > 62) return maxDelay;
        var ticks = baseDelay.Ticks * Math.Pow(2, exponent);
        return ticks >= maxDelay.Ticks ? maxDelay : TimeSpan.FromTicks((long)ticks);
    }
}
