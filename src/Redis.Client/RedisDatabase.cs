using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Redis.Client;

/// <summary>
/// <see cref="IDatabase"/> over the multiplexer. Each call formats its arguments on the stack and
/// queues them on the selected endpoint's connection; nothing is allocated per call beyond the reply's
/// completion and the arguments' own strings.
/// </summary>
internal sealed class RedisDatabase(ConnectionMultiplexer multiplexer, int database) : IDatabase
{
    public int Database { get; } = database;

    public IConnectionMultiplexer Multiplexer => multiplexer;

    public async Task<TimeSpan> PingAsync(CommandFlags flags = CommandFlags.None)
    {
        var start = Stopwatch.GetTimestamp();
        await Send(RedisCommand.Ping, [], ResultProcessors.Raw, flags);
        return Stopwatch.GetElapsedTime(start);
    }

    public Task<bool> StringSetAsync(RedisKey key, RedisValue value, TimeSpan? expiry = null, When when = When.Always, CommandFlags flags = CommandFlags.None) =>
        StringSetAsync(key, value, expiry, keepTtl: false, when, flags);

    public Task<bool> StringSetAsync(RedisKey key, RedisValue value, TimeSpan? expiry, bool keepTtl, When when = When.Always, CommandFlags flags = CommandFlags.None)
    {
        RedisValue condition = when switch
        {
            When.Always => RedisValue.Null,
            When.NotExists => "NX",
            When.Exists => "XX",
            _ => throw new ArgumentOutOfRangeException(nameof(when), when, "Unknown When"),
        };
        if (expiry is { } ttl && keepTtl) throw new ArgumentException("An expiry and keepTtl cannot be combined", nameof(keepTtl));
        if (expiry is { } e)
        {
            var ms = ToMilliseconds(e, nameof(expiry));
            return condition.IsNull
                ? Send(RedisCommand.Set, [key.AsValue(), value, "PX", ms], ResultProcessors.Boolean, flags)
                : Send(RedisCommand.Set, [key.AsValue(), value, "PX", ms, condition], ResultProcessors.Boolean, flags);
        }
        if (keepTtl)
        {
            return condition.IsNull
                ? Send(RedisCommand.Set, [key.AsValue(), value, "KEEPTTL"], ResultProcessors.Boolean, flags)
                : Send(RedisCommand.Set, [key.AsValue(), value, "KEEPTTL", condition], ResultProcessors.Boolean, flags);
        }
        return condition.IsNull
            ? Send(RedisCommand.Set, [key.AsValue(), value], ResultProcessors.Boolean, flags)
            : Send(RedisCommand.Set, [key.AsValue(), value, condition], ResultProcessors.Boolean, flags);
    }

    public Task<RedisValue> StringGetAsync(RedisKey key, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.Get, [key.AsValue()], ResultProcessors.Value, flags);

    public Task<long> StringIncrementAsync(RedisKey key, long value = 1, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.IncrBy, [key.AsValue(), value], ResultProcessors.Int64, flags);

    public Task<long> StringDecrementAsync(RedisKey key, long value = 1, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.DecrBy, [key.AsValue(), value], ResultProcessors.Int64, flags);

    public Task HashSetAsync(RedisKey key, HashEntry[] hashFields, CommandFlags flags = CommandFlags.None)
    {
        ArgumentNullException.ThrowIfNull(hashFields);
        if (hashFields.Length == 0) return Task.CompletedTask;
        var args = new RedisValue[1 + 2 * hashFields.Length];
        args[0] = key.AsValue();
        for (var i = 0; i < hashFields.Length; i++)
        {
            args[1 + 2 * i] = hashFields[i].Name;
            args[2 + 2 * i] = hashFields[i].Value;
        }
        return Send(RedisCommand.HSet, args, ResultProcessors.Int64, flags);
    }

    public Task<bool> HashSetAsync(RedisKey key, RedisValue hashField, RedisValue value, When when = When.Always, CommandFlags flags = CommandFlags.None) => when switch
    {
        When.Always => Send(RedisCommand.HSet, [key.AsValue(), hashField, value], ResultProcessors.Boolean, flags),
        When.NotExists => Send(RedisCommand.HSetNx, [key.AsValue(), hashField, value], ResultProcessors.Boolean, flags),
        _ => throw new ArgumentOutOfRangeException(nameof(when), when, "HashSet supports When.Always and When.NotExists"),
    };

    public Task<RedisValue> HashGetAsync(RedisKey key, RedisValue hashField, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.HGet, [key.AsValue(), hashField], ResultProcessors.Value, flags);

    public Task<HashEntry[]> HashGetAllAsync(RedisKey key, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.HGetAll, [key.AsValue()], ResultProcessors.HashEntries, flags);

    public Task<long> HashIncrementAsync(RedisKey key, RedisValue hashField, long value = 1, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.HIncrBy, [key.AsValue(), hashField, value], ResultProcessors.Int64, flags);

    public Task<bool> HashDeleteAsync(RedisKey key, RedisValue hashField, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.HDel, [key.AsValue(), hashField], ResultProcessors.Boolean, flags);

    public Task<bool> SetAddAsync(RedisKey key, RedisValue value, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.SAdd, [key.AsValue(), value], ResultProcessors.Boolean, flags);

    public Task<long> SetAddAsync(RedisKey key, RedisValue[] values, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.SAdd, KeyThen(key, values), ResultProcessors.Int64, flags);

    public Task<bool> SetContainsAsync(RedisKey key, RedisValue value, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.SIsMember, [key.AsValue(), value], ResultProcessors.Boolean, flags);

    public Task<bool[]> SetContainsAsync(RedisKey key, RedisValue[] values, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.SMIsMember, KeyThen(key, values), ResultProcessors.Booleans, flags);

    public Task<bool> SetRemoveAsync(RedisKey key, RedisValue value, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.SRem, [key.AsValue(), value], ResultProcessors.Boolean, flags);

    public Task<RedisValue[]> SetMembersAsync(RedisKey key, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.SMembers, [key.AsValue()], ResultProcessors.Values, flags);

    public Task<long> SetLengthAsync(RedisKey key, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.SCard, [key.AsValue()], ResultProcessors.Int64, flags);

    public async IAsyncEnumerable<RedisValue> SetScanAsync(RedisKey key, RedisValue pattern = default, int pageSize = 250, long cursor = 0,
        int pageOffset = 0, CommandFlags flags = CommandFlags.None)
    {
        var skip = pageOffset;
        do
        {
            var page = await Send(RedisCommand.SScan, ScanArgs(key.AsValue(), cursor, pattern, pageSize), ResultProcessors.Raw, flags);
            cursor = (long)page[0];
            foreach (var item in (RedisValue[]?)page[1] ?? [])
            {
                if (skip > 0) { skip--; continue; }
                yield return item;
            }
        }
        while (cursor != 0);
    }

    public Task<bool> KeyExpireAsync(RedisKey key, TimeSpan? expiry, CommandFlags flags = CommandFlags.None) => expiry is { } ttl
        ? Send(RedisCommand.Expire, [key.AsValue(), ToMilliseconds(ttl, nameof(expiry))], ResultProcessors.Boolean, flags)
        : Send(RedisCommand.Persist, [key.AsValue()], ResultProcessors.Boolean, flags);

    public Task<TimeSpan?> KeyTimeToLiveAsync(RedisKey key, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.PTtl, [key.AsValue()], ResultProcessors.MillisecondsToLive, flags);

    public Task<bool> KeyDeleteAsync(RedisKey key, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.Del, [key.AsValue()], ResultProcessors.Boolean, flags);

    public Task<long> KeyDeleteAsync(RedisKey[] keys, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.Del, Array.ConvertAll(keys, k => k.AsValue()), ResultProcessors.Int64, flags);

    public Task<bool> KeyExistsAsync(RedisKey key, CommandFlags flags = CommandFlags.None) =>
        Send(RedisCommand.Exists, [key.AsValue()], ResultProcessors.Boolean, flags);

    public async Task<RedisResult> ScriptEvaluateAsync(string script, RedisKey[]? keys = null, RedisValue[]? values = null, CommandFlags flags = CommandFlags.None)
    {
        ArgumentNullException.ThrowIfNull(script);
        var sha = multiplexer.ScriptSha1(script);
        try
        {
            return await Send(RedisCommand.EvalSha, CommandArguments.ScriptArgs(sha, keys, values), ResultProcessors.Raw, flags);
        }
        catch (RedisServerException ex) when (ex.Prefix == "NOSCRIPT")
        {
            // The script cache is volatile (restart, failover, SCRIPT FLUSH); a NOSCRIPT script did not
            // run, so sending the text with EVAL (which also caches it again) is safe.
            return await Send(RedisCommand.Eval, CommandArguments.ScriptArgs(script, keys, values), ResultProcessors.Raw, flags);
        }
    }

    public Task<RedisResult> ScriptEvaluateAsync(byte[] hash, RedisKey[]? keys = null, RedisValue[]? values = null, CommandFlags flags = CommandFlags.None)
    {
        ArgumentNullException.ThrowIfNull(hash);
        return Send(RedisCommand.EvalSha, CommandArguments.ScriptArgs(Convert.ToHexStringLower(hash), keys, values), ResultProcessors.Raw, flags);
    }

    public Task<RedisResult> ExecuteAsync(string command, params object[] args) => ExecuteAsync(command, (ICollection<object>)args, CommandFlags.None);

    public Task<RedisResult> ExecuteAsync(string command, ICollection<object>? args, CommandFlags flags = CommandFlags.None)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(command);
        return Send(new RedisCommand(command), CommandArguments.FromObjects(args), ResultProcessors.Raw, flags);
    }

    internal static RedisValue[] ScanArgs(RedisValue first, long cursor, RedisValue pattern, int pageSize)
    {
        var args = new List<RedisValue>(6);
        if (!first.IsNull) args.Add(first);
        args.Add(cursor);
        if (!pattern.IsNullOrEmpty) args.AddRange(["MATCH", pattern]);
        args.AddRange(["COUNT", pageSize]);
        return [.. args];
    }

    private static RedisValue[] KeyThen(RedisKey key, RedisValue[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var args = new RedisValue[1 + values.Length];
        args[0] = key.AsValue();
        values.CopyTo(args, 1);
        return args;
    }

    private static long ToMilliseconds(TimeSpan value, string name)
    {
        var ms = (long)Math.Ceiling(value.TotalMilliseconds);
        return ms > 0 ? ms : throw new ArgumentOutOfRangeException(name, value, "An expiry must be at least 1 ms");
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Task<T> Send<T>(RedisCommand command, ReadOnlySpan<RedisValue> args, ResultProcessor<T> processor, CommandFlags flags) =>
        multiplexer.SelectServer().SendAsync(command, args, processor, Database, flags);
}
