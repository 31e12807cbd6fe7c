using StackExchange.Redis;

namespace WhatsAppCampaigns.Redis.Coordination.Fencing;

/// <summary>
/// Writes guarded by a <see cref="FencingToken"/>, checked and applied atomically in one script: a
/// write whose token is older than the newest token recorded in the token key is refused, so a holder
/// that was paused past its lease cannot overwrite the work of the holder after it. Equal tokens pass
/// (one holder writes many times). Keep the token key and the data key in one hash-tag slot
/// (<c>fence-seen:{campaign:42}</c>, <c>state:{campaign:42}</c>).
/// </summary>
public static class FencedWrites
{
    /// <summary>KEYS[1] highest token seen, KEYS[2] data key; ARGV[1] token, ARGV[2] value. Returns {accepted, highest before}.</summary>
    internal const string GuardedSet = """
        local seen = tonumber(redis.call('GET', KEYS[1])) or 0
        local token = tonumber(ARGV[1])
        if token < seen then
          return {0, seen}
        end
        redis.call('SET', KEYS[1], ARGV[1])
        redis.call('SET', KEYS[2], ARGV[2])
        return {1, seen}
        """;

    /// <summary>KEYS[1] highest token seen, KEYS[2] hash; ARGV[1] token, ARGV[2] field, ARGV[3] value.</summary>
    internal const string GuardedHashSet = """
        local seen = tonumber(redis.call('GET', KEYS[1])) or 0
        local token = tonumber(ARGV[1])
        if token < seen then
          return {0, seen}
        end
        redis.call('SET', KEYS[1], ARGV[1])
        redis.call('HSET', KEYS[2], ARGV[2], ARGV[3])
        return {1, seen}
        """;

    /// <summary><c>SET key value</c> only if <paramref name="token"/> is not older than the newest recorded in <paramref name="tokenKey"/>.</summary>
    /// <param name="db">The database, as StackExchange.Redis hands it out.</param>
    /// <param name="token">The writer's fencing token.</param>
    /// <param name="tokenKey">Where the newest token seen is kept.</param>
    /// <param name="key">The data key.</param>
    /// <param name="value">The value to write.</param>
    public static async Task<FencedWriteResult> TryWriteAsync(IDatabaseAsync db, FencingToken token, RedisKey tokenKey, RedisKey key, RedisValue value)
    {
        ArgumentNullException.ThrowIfNull(db);
        var reply = await db.ScriptEvaluateAsync(GuardedSet, [tokenKey, key], [token.Value, value]);
        return new FencedWriteResult((long)reply[0] == 1, token, new FencingToken((long)reply[1]));
    }

    /// <summary><c>HSET key field value</c> under the same rule as <see cref="TryWriteAsync"/>.</summary>
    /// <param name="db">The database, as StackExchange.Redis hands it out.</param>
    /// <param name="token">The writer's fencing token.</param>
    /// <param name="tokenKey">Where the newest token seen is kept.</param>
    /// <param name="key">The hash.</param>
    /// <param name="field">The field.</param>
    /// <param name="value">The value to write.</param>
    public static async Task<FencedWriteResult> TryHashSetAsync(IDatabaseAsync db, FencingToken token, RedisKey tokenKey, RedisKey key,
        RedisValue field, RedisValue value)
    {
        ArgumentNullException.ThrowIfNull(db);
        var reply = await db.ScriptEvaluateAsync(GuardedHashSet, [tokenKey, key], [token.Value, field, value]);
        return new FencedWriteResult((long)reply[0] == 1, token, new FencingToken((long)reply[1]));
    }
}
