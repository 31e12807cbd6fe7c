namespace Kube.Operator.Queue;

/// <summary>
/// Decides how long an item waits before it is retried (client-go's <c>workqueue.TypedRateLimiter</c>).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public interface IRateLimiter<in T>
{
    /// <summary>Records one more failure of <paramref name="item"/> and returns how long it should wait.</summary>
    /// <param name="item">The item being retried.</param>
    /// <returns>The delay before the retry.</returns>
    TimeSpan When(T item);

    /// <summary>Forgets the failures of <paramref name="item"/> (called after it succeeded).</summary>
    /// <param name="item">The item.</param>
    void Forget(T item);

    /// <summary>How many failures of <paramref name="item"/> are on record.</summary>
    /// <param name="item">The item.</param>
    /// <returns>The count.</returns>
    int NumRequeues(T item);
}
