namespace Redis.Client;

/// <summary>
/// Exponential backoff with jitter and a cap: attempt <c>n</c> waits a random time between
/// <c>delta</c> and <c>min(max, delta × 1.1^n)</c>, so many clients reconnecting after one outage
/// spread out. Mirrors StackExchange.Redis's <c>ExponentialRetry</c>.
/// </summary>
public sealed class ExponentialRetry : IReconnectRetryPolicy
{
    private readonly int _deltaBackOffMilliseconds;
    private readonly int _maxDeltaBackOffMilliseconds;
    private readonly Func<double> _random;

    /// <summary>Backoff from <paramref name="deltaBackOffMilliseconds"/> up to 10 s.</summary>
    public ExponentialRetry(int deltaBackOffMilliseconds) : this(deltaBackOffMilliseconds, Math.Max(deltaBackOffMilliseconds, 10_000)) { }

    /// <summary>Backoff from <paramref name="deltaBackOffMilliseconds"/> up to <paramref name="maxDeltaBackOffMilliseconds"/>.</summary>
    public ExponentialRetry(int deltaBackOffMilliseconds, int maxDeltaBackOffMilliseconds)
        : this(deltaBackOffMilliseconds, maxDeltaBackOffMilliseconds, Random.Shared.NextDouble) { }

    /// <summary>As the other constructors, with an injectable random source in [0, 1) for tests.</summary>
    public ExponentialRetry(int deltaBackOffMilliseconds, int maxDeltaBackOffMilliseconds, Func<double> random)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(deltaBackOffMilliseconds);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDeltaBackOffMilliseconds, deltaBackOffMilliseconds);
        _deltaBackOffMilliseconds = deltaBackOffMilliseconds;
        _maxDeltaBackOffMilliseconds = maxDeltaBackOffMilliseconds;
        _random = random ?? throw new ArgumentNullException(nameof(random));
    }

    /// <inheritdoc/>
    public bool ShouldRetry(long currentRetryCount, int timeElapsedMillisecondsSinceLastRetry) =>
        timeElapsedMillisecondsSinceLastRetry >= NextDelayMilliseconds(currentRetryCount);

    /// <summary>The (random) wait before attempt <paramref name="currentRetryCount"/>.</summary>
    public int NextDelayMilliseconds(long currentRetryCount)
    {
        var ceiling = Math.Min(_maxDeltaBackOffMilliseconds, _deltaBackOffMilliseconds * Math.Pow(1.1, Math.Min(currentRetryCount, 200)));
        return (int)(_deltaBackOffMilliseconds + (ceiling - _deltaBackOffMilliseconds) * _random());
    }
}
