namespace Redis.Redlock;

/// <summary>Access to the extras of <see cref="IFencedRedLock"/> from a mirrored <see cref="IRedLock"/>.</summary>
public static class RedLockExtensions
{
    /// <summary>The lock's fencing token and lost-lock signal.</summary>
    /// <exception cref="ArgumentException">The lock did not come from this library's factory.</exception>
    public static IFencedRedLock AsFenced(this IRedLock redLock) => redLock as IFencedRedLock
        ?? throw new ArgumentException($"{redLock?.GetType().Name ?? "null"} does not carry a fencing token", nameof(redLock));

    /// <summary>Returns the lock when acquired; otherwise throws with the reason.</summary>
    /// <exception cref="RedLockAcquisitionException">The lock is not held.</exception>
    public static IFencedRedLock EnsureAcquired(this IRedLock redLock)
    {
        var fenced = redLock.AsFenced();
        if (fenced.IsAcquired) return fenced;
        throw new RedLockAcquisitionException(fenced.Resource, fenced.Status,
            fenced.FailureReason ?? $"Lock on '{fenced.Resource}' is {fenced.Status}");
    }
}
