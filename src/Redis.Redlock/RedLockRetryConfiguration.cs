namespace Redis.Redlock;

/// <summary>
/// Quorum retries inside one acquire: how many tries, and the upper bound of the random pause
/// between them. Mirrors RedLock.net's <c>RedLockRetryConfiguration</c> (defaults 3 and 400 ms).
/// </summary>
public sealed class RedLockRetryConfiguration
{
    /// <summary>Tries per acquire unless set.</summary>
    public const int DefaultRetryCount = 3;

    /// <summary>Upper bound of the random pause between tries unless set, in milliseconds.</summary>
    public const int DefaultRetryDelayMs = 400;

    /// <summary>Creates a configuration; values below 1 try and 10 ms are refused.</summary>
    /// <exception cref="ArgumentOutOfRangeException">A value is below its minimum.</exception>
    public RedLockRetryConfiguration(int? retryCount = null, int? retryDelayMs = null)
    {
        if (retryCount is < 1) throw new ArgumentOutOfRangeException(nameof(retryCount), retryCount, "retryCount must be at least 1");
        if (retryDelayMs is < 10) throw new ArgumentOutOfRangeException(nameof(retryDelayMs), retryDelayMs, "retryDelayMs must be at least 10");
        RetryCount = retryCount;
        RetryDelayMs = retryDelayMs;
    }

    /// <summary>Tries per acquire (null: 3).</summary>
    public int? RetryCount { get; }

    /// <summary>Upper bound of the random pause between tries, in ms (null: 400).</summary>
    public int? RetryDelayMs { get; }
}
