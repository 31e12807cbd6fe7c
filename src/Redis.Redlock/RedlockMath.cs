namespace Redis.Redlock;

/// <summary>The pure arithmetic of Redlock (quorum, validity, failure status), kept apart for testing.</summary>
internal static class RedlockMath
{
    /// <summary>N/2 + 1: any two quorums share an instance.</summary>
    public static int Quorum(int instances) => instances / 2 + 1;

    /// <summary>
    /// How long the lock may be used: expiry − elapsed − drift, with drift = expiry × factor + 2 ms
    /// (Redis's 1 ms expiry precision plus a 1 ms floor for small TTLs).
    /// </summary>
    public static TimeSpan Validity(TimeSpan expiry, TimeSpan elapsed, double driftFactor) =>
        expiry - elapsed - (TimeSpan.FromMilliseconds(expiry.TotalMilliseconds * driftFactor) + TimeSpan.FromMilliseconds(2));

    /// <summary>True when a quorum held the lock and some validity is left.</summary>
    public static bool IsAcquired(RedLockInstanceSummary summary, int quorum, TimeSpan validity) =>
        summary.Acquired >= quorum && validity > TimeSpan.Zero;

    /// <summary>Why an attempt failed, in RedLock.net's terms.</summary>
    public static RedLockStatus FailedStatus(RedLockInstanceSummary summary, int quorum) =>
        summary.Acquired >= quorum ? RedLockStatus.Expired
        : summary.Conflicted >= quorum ? RedLockStatus.Conflicted
        : RedLockStatus.NoQuorum;
}
