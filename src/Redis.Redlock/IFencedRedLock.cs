namespace Redis.Redlock;

/// <summary>
/// What this implementation adds to <see cref="IRedLock"/> (RedLock.net has none of it). Every lock
/// the factory creates implements it; get it with <see cref="RedLockExtensions.AsFenced"/>.
/// </summary>
public interface IFencedRedLock : IRedLock
{
    /// <summary>
    /// A number that is strictly greater than that of every earlier acquisition of the same resource
    /// (0 when not acquired, or when fencing is turned off). Send it with every write the lock
    /// protects and let the store refuse older ones (see <see cref="Fencing.FencedWrites"/>).
    /// </summary>
    long FencingToken { get; }

    /// <summary>
    /// Cancelled as soon as the lock can no longer be trusted: an extension failed, the validity ran
    /// out before an extension succeeded, or the lock was released. Long work should observe it.
    /// Already cancelled when the lock was not acquired.
    /// </summary>
    CancellationToken LockLost { get; }

    /// <summary>The latest time (by the factory's clock) until which the lock is known valid; null when not held.</summary>
    DateTimeOffset? ValidUntil { get; }

    /// <summary>Why the lock is not held (per-instance errors included), or null when it is.</summary>
    string? FailureReason { get; }
}
