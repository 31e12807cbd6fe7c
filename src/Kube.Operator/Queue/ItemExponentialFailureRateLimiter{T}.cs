namespace Kube.Operator.Queue;

/// <summary>
/// Per-item exponential backoff: <c>baseDelay × 2^failures</c>, capped at <c>maxDelay</c>
/// (client-go's defaults are 5 ms and 1000 s). Thread-safe.
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="baseDelay">Delay after the first failure.</param>
/// <param name="maxDelay">The cap.</param>
public sealed class ItemExponentialFailureRateLimiter<T>(TimeSpan baseDelay, TimeSpan maxDelay) : IRateLimiter<T>
    where T : notnull
{
    private readonly Dictionary<T, int> _failures = [];

    /// <inheritdoc/>
    public TimeSpan When(T item)
    {
        int exponent;
        lock (_failures)
        {
            _failures.TryGetValue(item, out exponent);
            _failures[item] = exponent + 1;
        }
        return RateLimiters.ExponentialBackoff(baseDelay, maxDelay, exponent);
    }

    /// <inheritdoc/>
    public void Forget(T item)
    {
        lock (_failures) _failures.Remove(item);
    }

    /// <inheritdoc/>
    public int NumRequeues(T item)
    {
        lock (_failures) return _failures.GetValueOrDefault(item);
    }
}
