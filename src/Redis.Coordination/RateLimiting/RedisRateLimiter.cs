using StackExchange.Redis;

namespace WhatsAppCampaigns.Redis.Coordination.RateLimiting;

/// <summary>
/// A distributed GCRA limiter (the algorithm of redis-cell) in one Lua script: one integer per key
/// (the theoretical arrival time), one round trip per decision, an exact retry-after. Every sender
/// pod using the same key shares one budget, because Redis runs the script atomically. Keys are
/// <c>rl:{wa:&lt;session&gt;}</c>, one per WhatsApp session (business number).
/// </summary>
/// <remarks>
/// "Now" comes from the injected <see cref="TimeProvider"/> and is passed to the script, so tests run
/// on a logical clock. Pods whose clocks disagree would each see a slightly different budget; set
/// <see cref="UseServerTime"/> to let Redis's own clock decide instead.
/// </remarks>
/// <param name="database">Where the limiter state lives.</param>
/// <param name="timeProvider">The clock for "now" and for <see cref="WaitAsync"/>'s delays.</param>
public sealed class RedisRateLimiter(IDatabaseAsync database, TimeProvider timeProvider)
{
    /// <summary>
    /// KEYS[1] state; ARGV[1] emission interval µs, ARGV[2] burst, ARGV[3] cost, ARGV[4] now µs
    /// (empty: server TIME). Returns {1, 0} when allowed, {0, wait µs} when denied (nothing written).
    /// </summary>
    internal const string Script = """
        local interval = tonumber(ARGV[1])
        local burst = tonumber(ARGV[2])
        local cost = tonumber(ARGV[3])
        local now = tonumber(ARGV[4])
        if not now then
          local t = redis.call('TIME')
          now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        end
        local tat = tonumber(redis.call('GET', KEYS[1])) or now
        if tat < now then
          tat = now
        end
        local new_tat = tat + interval * cost
        local allow_at = new_tat - burst * interval
        if now < allow_at then
          return {0, string.format('%d', allow_at - now)}
        end
        -- The key must outlive its logical recovery time; a minute of slack costs nothing, because a
        -- stale arrival time in the past reads the same as no key at all.
        redis.call('SET', KEYS[1], string.format('%d', new_tat), 'PX', math.ceil((new_tat - now) / 1000) + 60000)
        return {1, '0'}
        """;

    /// <summary>
    /// KEYS[1] state; ARGV[1] emission interval µs, ARGV[2] horizon µs, ARGV[3] now µs (empty: server
    /// TIME). Books the next free slot of the shared schedule (never earlier than now): returns
    /// {1, µs until the slot}, or {0, µs until a slot falls within the horizon} (nothing written).
    /// Same key and same state (the theoretical arrival time) as <see cref="Script"/>.
    /// </summary>
    internal const string ReserveScript = """
        local interval = tonumber(ARGV[1])
        local horizon = tonumber(ARGV[2])
        local now = tonumber(ARGV[3])
        if not now then
          local t = redis.call('TIME')
          now = tonumber(t[1]) * 1000000 + tonumber(t[2])
        end
        local slot = tonumber(redis.call('GET', KEYS[1])) or now
        if slot < now then
          slot = now
        end
        if slot - now > horizon then
          return {0, string.format('%d', slot - now - horizon)}
        end
        local new_tat = slot + interval
        redis.call('SET', KEYS[1], string.format('%d', new_tat), 'PX', math.ceil((new_tat - now) / 1000) + 60000)
        return {1, string.format('%d', slot - now)}
        """;

    /// <summary>Ask Redis for the time (<c>TIME</c>) instead of passing the provider's clock.</summary>
    public bool UseServerTime { get; init; }

    /// <summary>Key prefix before the hash-tagged session (<c>rl:</c> by default).</summary>
    public string KeyPrefix { get; init; } = "rl:";

    /// <summary>The key holding a session's state.</summary>
    public RedisKey KeyFor(string sessionId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sessionId);
        return $"{KeyPrefix}{{wa:{sessionId}}}";
    }

    /// <summary>Takes <paramref name="cost"/> units for the session if the limit allows it now.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The cost is below 1 or above the burst (it could never pass).</exception>
    public async Task<RateLimitDecision> TryAcquireAsync(string sessionId, RateLimit limit, int cost = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limit);
        ArgumentOutOfRangeException.ThrowIfLessThan(cost, 1);
        if (cost > limit.Burst) throw new ArgumentOutOfRangeException(nameof(cost), cost, $"A cost above the burst ({limit.Burst}) can never be admitted");
        cancellationToken.ThrowIfCancellationRequested();
        RedisValue now = UseServerTime ? RedisValue.EmptyString : MicrosecondsSinceEpoch(timeProvider.GetUtcNow());
        var reply = await database.ScriptEvaluateAsync(Script, [KeyFor(sessionId)],
            [limit.EmissionIntervalMicroseconds, limit.Burst, cost, now]);
        var allowed = (long)reply[0] == 1;
        return new RateLimitDecision(allowed, allowed ? TimeSpan.Zero : TimeSpan.FromMicroseconds((long)reply[1]));
    }

    /// <summary>Waits (on the provider's clock) until <paramref name="cost"/> units are admitted.</summary>
    public async Task WaitAsync(string sessionId, RateLimit limit, int cost = 1, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var decision = await TryAcquireAsync(sessionId, limit, cost, cancellationToken);
            if (decision.Allowed) return;
            await Task.Delay(decision.RetryAfter, timeProvider, cancellationToken);
        }
    }

    /// <summary>
    /// Books one slot in the session's schedule, spaced exactly one emission interval after the
    /// previous booking by any client: unlike <see cref="TryAcquireAsync"/>, a caller that is late
    /// does not lose the slot it booked, so a pipeline that books ahead sends at the full rate and
    /// never in bursts (the limit's burst is not used: any 1 s holds at most the rate). At most
    /// <paramref name="horizon"/> of future slots are handed out, so a stopped sender wastes little.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The horizon is negative.</exception>
    public async Task<SlotReservation> TryReserveAsync(string sessionId, RateLimit limit, TimeSpan horizon, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(limit);
        ArgumentOutOfRangeException.ThrowIfLessThan(horizon, TimeSpan.Zero);
        cancellationToken.ThrowIfCancellationRequested();
        RedisValue now = UseServerTime ? RedisValue.EmptyString : MicrosecondsSinceEpoch(timeProvider.GetUtcNow());
        var reply = await database.ScriptEvaluateAsync(ReserveScript, [KeyFor(sessionId)],
            [limit.EmissionIntervalMicroseconds, horizon.Ticks / 10, now]);
        return new SlotReservation((long)reply[0] == 1, TimeSpan.FromMicroseconds((long)reply[1]));
    }

    /// <summary>Books a slot, waiting (on the provider's clock) while none is within the horizon; returns the time until the slot.</summary>
    public async Task<TimeSpan> ReserveAsync(string sessionId, RateLimit limit, TimeSpan horizon, CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var reservation = await TryReserveAsync(sessionId, limit, horizon, cancellationToken);
            if (reservation.Reserved) return reservation.Delay;
            await Task.Delay(reservation.Delay, timeProvider, cancellationToken);
        }
    }

    internal static long MicrosecondsSinceEpoch(DateTimeOffset time) => (time - DateTimeOffset.UnixEpoch).Ticks / 10;
}
