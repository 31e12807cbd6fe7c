using WhatsAppCampaigns.Redis.Coordination.RateLimiting;

namespace WhatsAppCampaigns.SenderWorker.Sending;

/// <summary>
/// The session's pace: the shared GCRA limiter (so every process sending for the session counts
/// against one budget), optional jitter, and a temporary slow-down after throughput errors.
/// </summary>
internal sealed class Pacer(RedisRateLimiter? limiter, string session, SendPolicy options, TimeProvider time, Func<double> random)
{
    private static readonly TimeSpan SlowDownFor = TimeSpan.FromSeconds(10);
    private readonly Lock _gate = new();
    private double _factor = 1;
    private DateTimeOffset _slowUntil;

    /// <summary>The current rate factor (1 = full speed), for logs.</summary>
    public double Factor { get { lock (_gate) return _factor; } }

    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (options.Jitter > TimeSpan.Zero)
            await Task.Delay(options.Jitter * random(), time, cancellationToken);
        if (limiter is null || options.RatePerSecond <= 0) return;
        await limiter.WaitAsync(session, new RateLimit(options.RatePerSecond * CurrentFactor(), options.Burst), 1, cancellationToken);
    }

    /// <summary>A throughput error: halve the rate (down to a quarter) for a while.</summary>
    public void SlowDown()
    {
        lock (_gate)
        {
            _factor = Math.Max(0.25, _factor / 2);
            _slowUntil = time.GetUtcNow() + SlowDownFor;
        }
    }

    private double CurrentFactor()
    {
        lock (_gate)
        {
            if (_factor < 1 && time.GetUtcNow() >= _slowUntil) _factor = Math.Min(1, _factor * 2);
            return _factor;
        }
    }
}
