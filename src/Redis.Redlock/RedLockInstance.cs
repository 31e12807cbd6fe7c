using System.Globalization;
using Redis.Client;

namespace Redis.Redlock;

/// <summary>One independent Redis instance of the lock, with the per-instance steps of Redlock.</summary>
internal sealed class RedLockInstance(string name, Func<Task<IDatabase>> database, string keyFormat)
{
    /// <summary>Name for messages (the endpoint).</summary>
    public string Name { get; } = name;

    public RedisKey LockKey(string resource) => string.Format(CultureInfo.InvariantCulture, keyFormat, resource);

    /// <summary><c>SET key id NX PX ttl</c>: true when set, false when someone else holds it.</summary>
    public async Task<bool> TryLockAsync(string resource, string lockId, TimeSpan expiry) =>
        await (await database()).StringSetAsync(LockKey(resource), lockId, expiry, When.NotExists);

    /// <summary>1 extended, -1 held by someone else, 0 gone.</summary>
    public async Task<long> ExtendAsync(string resource, string lockId, TimeSpan expiry) =>
        (long)await (await database()).ScriptEvaluateAsync(RedLockScripts.Extend, [LockKey(resource)],
            [lockId, (long)Math.Ceiling(expiry.TotalMilliseconds)]);

    public async Task UnlockAsync(string resource, string lockId) =>
        await (await database()).ScriptEvaluateAsync(RedLockScripts.Unlock, [LockKey(resource)], [lockId]);

    public async Task<long> IncrementFenceAsync(RedisKey fenceKey) => await (await database()).StringIncrementAsync(fenceKey);

    public async Task<long> RaiseFenceAsync(RedisKey fenceKey, long token) =>
        (long)await (await database()).ScriptEvaluateAsync(RedLockScripts.RaiseFence, [fenceKey], [token]);
}
