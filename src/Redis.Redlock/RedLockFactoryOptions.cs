namespace Redis.Redlock;

/// <summary>Settings for what this implementation adds to RedLock.net (not part of the mirrored surface).</summary>
public sealed class RedLockFactoryOptions
{
    /// <summary>Clock for elapsed time, delays and validity deadlines. Default: the system clock.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Random source in [0, 1) for retry jitter. Default: <see cref="Random.Shared"/>.</summary>
    public Func<double> Random { get; init; } = System.Random.Shared.NextDouble;

    /// <summary>Issue a fencing token with every acquisition (two extra round trips). Default true.</summary>
    public bool IssueFencingTokens { get; init; } = true;

    /// <summary>Key format of the fencing counter, with <c>{0}</c> for the resource. Default <c>fence:{0}</c>.</summary>
    public string FencingKeyFormat { get; init; } = "fence:{0}";

    /// <summary>Share of the expiry assumed lost to clock drift (plus 2 ms). Default 0.01, as RedLock.net.</summary>
    public double ClockDriftFactor { get; init; } = 0.01;
}
