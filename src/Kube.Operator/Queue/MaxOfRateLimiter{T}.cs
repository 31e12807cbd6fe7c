namespace Kube.Operator.Queue;

/// <summary>Asks every limiter and waits for the longest answer (client-go's <c>MaxOfRateLimiter</c>).</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="limiters">The limiters; each records every call.</param>
public sealed class MaxOfRateLimiter<T>(params IRateLimiter<T>[] limiters) : IRateLimiter<T>
{
    /// <inheritdoc/>
    public TimeSpan When(T item)
    {
        var longest = TimeSpan.Zero;
        foreach (var limiter in limiters)
        {
            var delay = limiter.When(item);
            if (delay > longest) longest = delay;
        }
        return longest;
    }

    /// <inheritdoc/>
    public void Forget(T item)
    {
        foreach (var limiter in limiters) limiter.Forget(item);
    }

    /// <inheritdoc/>
    public int NumRequeues(T item) => limiters.Length == 0 ? 0 : limiters.Max(l => l.NumRequeues(item));
}
