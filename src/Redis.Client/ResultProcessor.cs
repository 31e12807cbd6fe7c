namespace Redis.Client;

/// <summary>
/// Turns a raw reply into the value an API method returns. Runs on the reader when the reply
/// arrives, so a command costs one completion object and no extra continuation. Error replies never
/// reach a processor (they fail the command with <see cref="RedisServerException"/> first).
/// </summary>
internal abstract class ResultProcessor<T>
{
    public abstract T Process(RedisResult result);
}

/// <summary>The shared processor instances.</summary>
internal static class ResultProcessors
{
    public static readonly ResultProcessor<RedisResult> Raw = new Lambda<RedisResult>(r => r);
    public static readonly ResultProcessor<bool> Boolean = new Lambda<bool>(r => !r.IsNull && (bool)r);
    public static readonly ResultProcessor<bool> Ok = new Lambda<bool>(r => r.Resp3Type == ResultType.SimpleString && (string?)r == "OK"
        ? true : throw new InvalidCastException($"Expected +OK, got {r.Describe()}"));
    public static readonly ResultProcessor<long> Int64 = new Lambda<long>(r => (long)r);
    public static readonly ResultProcessor<RedisValue> Value = new Lambda<RedisValue>(r => (RedisValue)r);
    public static readonly ResultProcessor<RedisValue[]> Values = new Lambda<RedisValue[]>(r => (RedisValue[]?)r ?? []);
    public static readonly ResultProcessor<bool[]> Booleans = new Lambda<bool[]>(r => Array.ConvertAll((RedisResult[]?)r ?? [], i => (bool)i));
    public static readonly ResultProcessor<HashEntry[]> HashEntries = new Lambda<HashEntry[]>(ToHashEntries);
    public static readonly ResultProcessor<TimeSpan?> MillisecondsToLive = new Lambda<TimeSpan?>(r => (long)r is var ms && ms < 0 ? null : TimeSpan.FromMilliseconds(ms));
    public static readonly ResultProcessor<byte[]> ScriptHash = new Lambda<byte[]>(r => Convert.FromHexString((string?)r ?? ""));

    private static HashEntry[] ToHashEntries(RedisResult result)
    {
        var items = (RedisResult[]?)result ?? [];
        var entries = new HashEntry[items.Length / 2];
        for (var i = 0; i < entries.Length; i++) entries[i] = new((RedisValue)items[2 * i], (RedisValue)items[2 * i + 1]);
        return entries;
    }

    private sealed class Lambda<T>(Func<RedisResult, T> convert) : ResultProcessor<T>
    {
        public override T Process(RedisResult result) => convert(result);
    }
}
