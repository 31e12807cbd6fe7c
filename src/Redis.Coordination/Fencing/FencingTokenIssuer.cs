using System.Globalization;
using StackExchange.Redis;

namespace WhatsAppCampaigns.Redis.Coordination.Fencing;

/// <summary>
/// Issues a <see cref="FencingToken"/> right after a RedLock.net lock was acquired (RedLock.net has
/// none): one counter per resource, <c>fence:{resource}</c>, on the same independent instances the
/// lock uses.
/// </summary>
/// <remarks>
/// Round 1 runs <c>INCR</c> on every instance; the token is the highest answer of a quorum. Round 2
/// raises the counter to that token on a quorum. Any later holder's INCR quorum overlaps this raise
/// quorum, so its highest answer is strictly greater: tokens increase across holders without
/// consensus. With one instance this is a plain INCR. Caveat (as for the lock itself): an instance
/// restarted without persistence forgets the counter; use <c>appendfsync always</c> or delayed
/// restarts on lock nodes.
/// </remarks>
public static class FencingTokenIssuer
{
    /// <summary>The counter's key format, with <c>{0}</c> for the resource.</summary>
    public const string DefaultKeyFormat = "fence:{0}";

    /// <summary>Raises KEYS[1] to at least ARGV[1] (never lowers it); returns the value it holds.</summary>
    internal const string Raise = """
        local current = tonumber(redis.call('GET', KEYS[1])) or 0
        local wanted = tonumber(ARGV[1])
        if current < wanted then
          redis.call('SET', KEYS[1], ARGV[1])
          return wanted
        end
        return current
        """;

    /// <summary>Issues the next token of <paramref name="resource"/> on the lock's instances.</summary>
    /// <param name="instances">One database per independent Redis instance of the lock (as given to <c>RedLockFactory.Create</c>).</param>
    /// <param name="resource">The locked resource, exactly as passed to <c>CreateLockAsync</c>.</param>
    /// <param name="keyFormat">The counter's key format (<see cref="DefaultKeyFormat"/>).</param>
    /// <exception cref="FencingTokenException">Fewer than a quorum of instances answered a round.</exception>
    public static async Task<FencingToken> IssueAsync(IReadOnlyList<IDatabaseAsync> instances, string resource, string keyFormat = DefaultKeyFormat)
    {
        ArgumentNullException.ThrowIfNull(instances);
        ArgumentException.ThrowIfNullOrEmpty(resource);
        if (instances.Count == 0) throw new ArgumentException("At least one Redis instance is needed", nameof(instances));
        var quorum = instances.Count / 2 + 1;
        RedisKey key = string.Format(CultureInfo.InvariantCulture, keyFormat, resource);

        var increments = await Task.WhenAll(instances.Select(db => OutcomeAsync(() => db.StringIncrementAsync(key))));
        var answered = increments.Where(o => o.Error is null).ToArray();
        if (answered.Length < quorum) throw Failed("INCR", resource, answered.Length, instances.Count, increments);
        var token = answered.Max(o => o.Value);
        if (instances.Count == 1) return new FencingToken(token);

        var raised = await Task.WhenAll(instances.Select(db => OutcomeAsync(async () => (long)await db.ScriptEvaluateAsync(Raise, [key], [token]))));
        var confirmed = raised.Count(o => o.Error is null);
        if (confirmed < quorum) throw Failed("raise", resource, confirmed, instances.Count, raised);
        return new FencingToken(token);
    }

    private static async Task<(long Value, Exception? Error)> OutcomeAsync(Func<Task<long>> step)
    {
        try
        {
            return (await step(), null);
        }
        catch (Exception ex) when (ex is RedisException or RedisTimeoutException)
        {
            return (0, ex);
        }
    }

    private static FencingTokenException Failed(string round, string resource, int answered, int total, (long Value, Exception? Error)[] outcomes)
    {
        var errors = string.Join("; ", outcomes.Where(o => o.Error is not null).Select(o => $"{o.Error!.GetType().Name}: {o.Error.Message}"));
        return new FencingTokenException(string.Create(CultureInfo.InvariantCulture,
            $"No fencing token for '{resource}': {round} answered on {answered} of {total} instances, quorum is {total / 2 + 1}; {errors}"));
    }
}
