namespace Redis.Client;

/// <summary>
/// Async commands on one database. Mirrors StackExchange.Redis's <c>IDatabaseAsync</c> (the subset
/// this project uses; same names, parameter order and defaults).
/// </summary>
public interface IDatabaseAsync
{
    /// <summary>The multiplexer this database belongs to.</summary>
    IConnectionMultiplexer Multiplexer { get; }

    /// <summary>Round-trip time of a <c>PING</c>.</summary>
    Task<TimeSpan> PingAsync(CommandFlags flags = CommandFlags.None);

    /// <summary><c>SET key value [PX ms] [NX|XX]</c>; true when set, false when the condition was not met.</summary>
    Task<bool> StringSetAsync(RedisKey key, RedisValue value, TimeSpan? expiry = null, When when = When.Always, CommandFlags flags = CommandFlags.None);

    /// <summary><c>SET key value [PX ms|KEEPTTL] [NX|XX]</c>; with <paramref name="keepTtl"/> the existing TTL is kept.</summary>
    Task<bool> StringSetAsync(RedisKey key, RedisValue value, TimeSpan? expiry, bool keepTtl, When when = When.Always, CommandFlags flags = CommandFlags.None);

    /// <summary><c>GET key</c>; null when missing.</summary>
    Task<RedisValue> StringGetAsync(RedisKey key, CommandFlags flags = CommandFlags.None);

    /// <summary><c>INCRBY key value</c>; the new value.</summary>
    Task<long> StringIncrementAsync(RedisKey key, long value = 1, CommandFlags flags = CommandFlags.None);

    /// <summary><c>DECRBY key value</c>; the new value.</summary>
    Task<long> StringDecrementAsync(RedisKey key, long value = 1, CommandFlags flags = CommandFlags.None);

    /// <summary><c>HSET key f1 v1 f2 v2 ...</c>.</summary>
    Task HashSetAsync(RedisKey key, HashEntry[] hashFields, CommandFlags flags = CommandFlags.None);

    /// <summary><c>HSET</c> (or <c>HSETNX</c> with <see cref="When.NotExists"/>); true when the field is new.</summary>
    Task<bool> HashSetAsync(RedisKey key, RedisValue hashField, RedisValue value, When when = When.Always, CommandFlags flags = CommandFlags.None);

    /// <summary><c>HGET key field</c>; null when missing.</summary>
    Task<RedisValue> HashGetAsync(RedisKey key, RedisValue hashField, CommandFlags flags = CommandFlags.None);

    /// <summary><c>HGETALL key</c> (a map in RESP3, pairs in RESP2; both give entries).</summary>
    Task<HashEntry[]> HashGetAllAsync(RedisKey key, CommandFlags flags = CommandFlags.None);

    /// <summary><c>HINCRBY key field value</c>; the new value.</summary>
    Task<long> HashIncrementAsync(RedisKey key, RedisValue hashField, long value = 1, CommandFlags flags = CommandFlags.None);

    /// <summary><c>HDEL key field</c>; true when it existed.</summary>
    Task<bool> HashDeleteAsync(RedisKey key, RedisValue hashField, CommandFlags flags = CommandFlags.None);

    /// <summary><c>SADD key member</c>; true when newly added.</summary>
    Task<bool> SetAddAsync(RedisKey key, RedisValue value, CommandFlags flags = CommandFlags.None);

    /// <summary><c>SADD key m1 m2 ...</c>; how many were newly added.</summary>
    Task<long> SetAddAsync(RedisKey key, RedisValue[] values, CommandFlags flags = CommandFlags.None);

    /// <summary><c>SISMEMBER key member</c>.</summary>
    Task<bool> SetContainsAsync(RedisKey key, RedisValue value, CommandFlags flags = CommandFlags.None);

    /// <summary><c>SMISMEMBER key m1 m2 ...</c> (Redis 6.2+): one answer per member, in order.</summary>
    Task<bool[]> SetContainsAsync(RedisKey key, RedisValue[] values, CommandFlags flags = CommandFlags.None);

    /// <summary><c>SREM key member</c>; true when it was present.</summary>
    Task<bool> SetRemoveAsync(RedisKey key, RedisValue value, CommandFlags flags = CommandFlags.None);

    /// <summary><c>SMEMBERS key</c>. Prefer <see cref="SetScanAsync"/> on big sets.</summary>
    Task<RedisValue[]> SetMembersAsync(RedisKey key, CommandFlags flags = CommandFlags.None);

    /// <summary><c>SCARD key</c>.</summary>
    Task<long> SetLengthAsync(RedisKey key, CommandFlags flags = CommandFlags.None);

    /// <summary>Iterates a set with <c>SSCAN</c>, page by page.</summary>
    IAsyncEnumerable<RedisValue> SetScanAsync(RedisKey key, RedisValue pattern = default, int pageSize = 250, long cursor = 0,
        int pageOffset = 0, CommandFlags flags = CommandFlags.None);

    /// <summary><c>PEXPIRE key ms</c>, or <c>PERSIST key</c> when <paramref name="expiry"/> is null; true when the key exists.</summary>
    Task<bool> KeyExpireAsync(RedisKey key, TimeSpan? expiry, CommandFlags flags = CommandFlags.None);

    /// <summary><c>PTTL key</c>; null when the key is missing or has no TTL.</summary>
    Task<TimeSpan?> KeyTimeToLiveAsync(RedisKey key, CommandFlags flags = CommandFlags.None);

    /// <summary><c>DEL key</c>; true when it existed.</summary>
    Task<bool> KeyDeleteAsync(RedisKey key, CommandFlags flags = CommandFlags.None);

    /// <summary><c>DEL k1 k2 ...</c>; how many existed.</summary>
    Task<long> KeyDeleteAsync(RedisKey[] keys, CommandFlags flags = CommandFlags.None);

    /// <summary><c>EXISTS key</c>.</summary>
    Task<bool> KeyExistsAsync(RedisKey key, CommandFlags flags = CommandFlags.None);

    /// <summary>
    /// Runs a Lua script: <c>EVALSHA</c> with its SHA1, and <c>EVAL</c> with the text when the server
    /// answers <c>NOSCRIPT</c> (after a restart or <c>SCRIPT FLUSH</c>).
    /// </summary>
    Task<RedisResult> ScriptEvaluateAsync(string script, RedisKey[]? keys = null, RedisValue[]? values = null, CommandFlags flags = CommandFlags.None);

    /// <summary>Runs a script already loaded on the server, by SHA1 (<c>EVALSHA</c>; no fallback).</summary>
    Task<RedisResult> ScriptEvaluateAsync(byte[] hash, RedisKey[]? keys = null, RedisValue[]? values = null, CommandFlags flags = CommandFlags.None);

    /// <summary>Runs any command; arguments may be strings, numbers, bytes, <see cref="RedisKey"/> or <see cref="RedisValue"/>.</summary>
    Task<RedisResult> ExecuteAsync(string command, params object[] args);

    /// <inheritdoc cref="ExecuteAsync(string, object[])"/>
    Task<RedisResult> ExecuteAsync(string command, ICollection<object>? args, CommandFlags flags = CommandFlags.None);
}
