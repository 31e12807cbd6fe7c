namespace Redis.Redlock;

/// <summary>
/// A lock attempt. Check <see cref="IsAcquired"/> before the critical work; dispose to release.
/// Mirrors RedLock.net's <c>IRedLock</c>. Extras (fencing token, lost-lock signal) are on
/// <see cref="IFencedRedLock"/>.
/// </summary>
public interface IRedLock : IDisposable, IAsyncDisposable
{
    /// <summary>The resource name the lock protects.</summary>
    string Resource { get; }

    /// <summary>The unique value stored on each instance for this acquisition.</summary>
    string LockId { get; }

    /// <summary>True while the lock is held and valid.</summary>
    bool IsAcquired { get; }

    /// <summary>The current state.</summary>
    RedLockStatus Status { get; }

    /// <summary>Per-instance counts of the last acquire or extend.</summary>
    RedLockInstanceSummary InstanceSummary { get; }

    /// <summary>How many automatic extensions succeeded.</summary>
    int ExtendCount { get; }
}
