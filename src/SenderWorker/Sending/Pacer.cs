using WhatsAppCampaigns.Redis.Coordination.RateLimiting;

namespace WhatsAppCampaigns.SenderWorker.Sending;

/// <summary>
/// The session's pace: slots booked in the shared Redis schedule (so every process sending for the
/// session, for any campaign, counts against one budget), at the rate <see cref="PacingPlan"/> decides,
/// with jitter inside the slot. The dispatcher books ahead and each send waits for its own slot, so
/// sends leave one by one across the second, never in batches.
/// </summary>
internal sealed class Pacer(RedisRateLimiter? limiter, string session, SendPolicy options, TimeProvider time, Func<double> random)
{
    /// <summary>How far ahead slots are booked: enough to claim ahead of the slots, little to waste when a sender stops.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromMilliseconds(500);

    private readonly Lock _gate = new();
    private PacingPlan _plan = PacingPlan.Start(options.RatePerSecond);
    private readonly SendWindow _window = new((int)Math.Floor(options.RatePerSecond));

    private bool Paced => limiter is not null && options.RatePerSecond > 0;

    private PacingPlan Plan { get { lock (_gate) return _plan; } }

    /// <summary>The rate slots are booked at now (0 when not paced), for the progress hash and logs.</summary>
    public double EffectiveRate => Paced ? Plan.RateAt(time.GetUtcNow()) : 0;

    /// <summary>Books the next slot if one is free within the <see cref="Horizon"/>: when to send, or null.</summary>
    public async Task<DateTimeOffset?> TryBookAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (!Paced) return now + ConfiguredJitter();
        var plan = Plan;
        var reservation = await limiter!.TryReserveAsync(session, new RateLimit(plan.RateAt(now), 1), Horizon, cancellationToken);
        return reservation.Reserved ? now + reservation.Delay + plan.JitterAt(now, random) + ConfiguredJitter() : null;
    }

    /// <summary>Books the next slot, waiting while the schedule is full to the horizon: when to send.</summary>
    public async Task<DateTimeOffset> BookAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (await TryBookAsync(cancellationToken) is { } due) return due;
            var plan = Plan;
            await Task.Delay(TimeSpan.FromSeconds(1 / plan.RateAt(time.GetUtcNow())), time, cancellationToken);
        }
    }

    /// <summary>Waits until a booked slot, then until this process's last second has room (see <see cref="SendWindow"/>).</summary>
    public async Task WaitUntilAsync(DateTimeOffset due, CancellationToken cancellationToken)
    {
        var wait = due - time.GetUtcNow();
        if (wait > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
        if (!Paced) return;
        while ((wait = _window.TryTake(time.GetUtcNow())) > TimeSpan.Zero) await Task.Delay(wait, time, cancellationToken);
    }

    /// <summary>Books a slot and waits for it (a retry, which counts against the number like any send).</summary>
    public async Task WaitAsync(CancellationToken cancellationToken) =>
        await WaitUntilAsync(await BookAsync(cancellationToken), cancellationToken);

    /// <summary>A throughput error (130429): the plan cuts the rate, once per episode.</summary>
    public void SlowDown()
    {
        var now = time.GetUtcNow();
        lock (_gate) _plan = _plan.OnThrottled(now);
    }

    private TimeSpan ConfiguredJitter() => options.Jitter > TimeSpan.Zero ? options.Jitter * random() : TimeSpan.Zero;
}
