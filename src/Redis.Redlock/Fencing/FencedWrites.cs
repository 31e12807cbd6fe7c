using Redis.Client;

namespace Redis.Redlock.Fencing;

/// <summary>
/// Writes guarded by a fencing token, checked and applied atomically in one script: a write whose
/// token is older than the newest token recorded for the resource is refused, so a holder that was
/// paused past its lease cannot overwrite the work of the holder after it. Keep the token key and
/// the data key in one hash-tag slot (<c>fence-seen:{campaign:42}</c>, <c>state:{campaign:42}</c>).
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

    /// <summary>
    /// <c>SET key value</c> only if <paramref name="fencingToken"/> is not older than the newest token
    /// recorded in <paramref name="tokenKey"/> (equal tokens pass: one holder writes many times).
    /// </summary>
    public static async Task<FencedWriteResult> StringSetFencedAsync(this IDatabaseAsync database, RedisKey tokenKey, RedisKey key,
        RedisValue value, long fencingToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var reply = await database.ScriptEvaluateAsync(GuardedSet, [tokenKey, key], [fencingToken, value]);
        return new FencedWriteResult((long)reply[0] == 1, fencingToken, (long)reply[1]);
    }

    /// <summary><c>HSET key field value</c> under the same rule as <see cref="StringSetFencedAsync"/>.</summary>
    public static async Task<FencedWriteResult> HashSetFencedAsync(this IDatabaseAsync database, RedisKey tokenKey, RedisKey key,
        RedisValue field, RedisValue value, long fencingToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        var reply = await database.ScriptEvaluateAsync(GuardedHashSet, [tokenKey, key], [fencingToken, field, value]);
        return new FencedWriteResult((long)reply[0] == 1, fencingToken, (long)reply[1]);
    }
}
