namespace Redis.Redlock;

/// <summary>The state of a lock. Mirrors RedLock.net's <c>RedLockStatus</c>.</summary>
public enum RedLockStatus
{
    /// <summary>Not held: never acquired, or released.</summary>
    Unlocked = 0,

    /// <summary>Held on a quorum of instances and still valid.</summary>
    Acquired = 1,

    /// <summary>Too few instances answered (down, timed out, erroring).</summary>
    NoQuorum = 2,

    /// <summary>A quorum of instances is held by someone else.</summary>
    Conflicted = 3,

    /// <summary>A quorum was reached, but too late: the validity time had run out.</summary>
    Expired = 4,
}
