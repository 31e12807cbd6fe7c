namespace Kube.Operator.Queue;

/// <summary>
/// An overall token bucket shared by all items (client-go's <c>BucketRateLimiter</c>: 10/s, burst 100 by
/// default). Each call reserves one token; when the bucket is empty the reservation lies in the future
/// and its distance is the delay. It never forgets (there is nothing per item).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class BucketRateLimiter<T> : IRateLimiter<T>
{
    private readonly object _gate = new();
    private readonly double _perSecond;
    private readonly double _burst;
    private readonly TimeProvider _time;
    private double _tokens;
    private DateTimeOffset _last;

    /// <summary>Creates a full bucket.</summary>
    /// <param name="perSecond">Refill rate in tokens per second.</param>
    /// <param name="burst">Bucket size.</param>
    /// <param name="time">The clock.</param>
    public BucketRateLimiter(double perSecond, int burst, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(burst);
        ArgumentNullException.ThrowIfNull(time);
        _perSecond = perSecond;
        _burst = burst;
        _time = time;
        _tokens = burst;
        _last = time.GetUtcNow();
    }

    /// <inheritdoc/>
    public TimeSpan When(T item)
    {
        lock (_gate)
        {
            var now = _time.GetUtcNow();
            if (now > _last)
            {
                _tokens = Math.Min(_burst, _tokens + ((now - _last).TotalSeconds * _perSecond));
                _last = now;
            }
            // Reserve even when empty (tokens go negative), as golang.org/x/time/rate's Reserve does:
            // the debt is the queue of callers ahead of this one.
            _tokens -= 1;
            return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / _perSecond);
        }
    }

    /// <inheritdoc/>
    public void Forget(T item)
    {
    }

    /// <inheritdoc/>
    public int NumRequeues(T item) => 0;
}
