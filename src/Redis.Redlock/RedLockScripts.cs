namespace Redis.Redlock;

/// <summary>The Lua scripts of the lock; each runs atomically on one instance.</summary>
internal static class RedLockScripts
{
    /// <summary>Compare-and-delete: KEYS[1] lock, ARGV[1] lock id; 1 when deleted.</summary>
    public const string Unlock = """
        if redis.call('GET', KEYS[1]) == ARGV[1] then
          return redis.call('DEL', KEYS[1])
        end
        return 0
        """;

    /// <summary>
    /// Compare-and-pexpire: KEYS[1] lock, ARGV[1] lock id, ARGV[2] ttl ms; 1 when extended, -1 when
    /// someone else holds it, 0 when it is gone. Unlike RedLock.net it never re-creates a vanished
    /// key: that could resurrect a lock another holder has since taken and released.
    /// </summary>
    public const string Extend = """
        local current = redis.call('GET', KEYS[1])
        if current == ARGV[1] then
          return redis.call('PEXPIRE', KEYS[1], ARGV[2])
        end
        if current then
          return -1
        end
        return 0
        """;

    /// <summary>Raises KEYS[1] to at least ARGV[1] (never lowers it); returns the value it holds.</summary>
    public const string RaiseFence = """
        local current = tonumber(redis.call('GET', KEYS[1])) or 0
        local wanted = tonumber(ARGV[1])
        if current < wanted then
          redis.call('SET', KEYS[1], ARGV[1])
          return wanted
        end
        return current
        """;
}
