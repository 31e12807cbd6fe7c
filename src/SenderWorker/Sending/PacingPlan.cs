namespace WhatsAppCampaigns.SenderWorker.Sending;

/// <summary>
/// The session's pace as pure decisions: the rate to book slots at, how far a throughput error
/// (130429) cuts it and how it climbs back, and the jitter inside a slot. "Now" is a parameter and
/// randomness a <see cref="Func{TResult}"/>, so every decision is tested on a fake clock.
/// </summary>
/// <remarks>
/// Meta counts messages per second per business number; a second may never hold more than the
/// rate. Slots are booked one emission interval apart in the shared Redis schedule (no burst on
/// top), at <see cref="Headroom"/> of the rate, so that the transport's own jitter (a request that
/// lingers in a socket while the next one does not) cannot push a second over the limit.
/// </remarks>
/// <param name="ConfiguredRate">The snapshot's messages per second for the session.</param>
/// <param name="Factor">The share of the rate in force after throughput errors (1 = full).</param>
/// <param name="LastCut">When the last cut happened; the climb back starts <see cref="HoldAfterCut"/> after it.</param>
internal sealed record PacingPlan(double ConfiguredRate, double Factor, DateTimeOffset LastCut)
{
    /// <summary>The share of the configured rate booked when no error was seen.</summary>
    public const double Headroom = 0.98;

    /// <summary>How much of the rate one throughput error leaves (further errors within <see cref="HoldAfterCut"/> are the same episode).</summary>
    public const double CutTo = 0.7;

    /// <summary>The floor of the factor: a number that keeps refusing still sends at a quarter of its rate.</summary>
    public const double MinFactor = 0.25;

    /// <summary>How much of the rate the factor regains per second once the errors stop.</summary>
    public const double ClimbPerSecond = 0.3;

    /// <summary>
    /// How long a cut holds before the climb; errors inside it come from requests already in flight
    /// when the first came back, so they do not cut again.
    /// </summary>
    public static readonly TimeSpan HoldAfterCut = TimeSpan.FromSeconds(1);

    /// <summary>The share of a slot's interval a send may be moved by at random, so sends never line up on a grid.</summary>
    public const double JitterShare = 0.25;

    /// <summary>A plan at full speed.</summary>
    public static PacingPlan Start(double configuredRate) => new(configuredRate, 1, DateTimeOffset.MinValue);

    /// <summary>The factor in force at <paramref name="now"/> (the cut, then a linear climb back to 1).</summary>
    public double FactorAt(DateTimeOffset now)
    {
        if (Factor >= 1) return 1;
        var climbing = now - LastCut - HoldAfterCut;
        return climbing <= TimeSpan.Zero ? Factor : Math.Min(1, Factor + ClimbPerSecond * climbing.TotalSeconds);
    }

    /// <summary>The rate to book slots at, at <paramref name="now"/>: the effective rate the operator can show.</summary>
    public double RateAt(DateTimeOffset now) => ConfiguredRate * Headroom * FactorAt(now);

    /// <summary>A throughput error at <paramref name="now"/>: cut the rate, unless this error belongs to a cut still holding.</summary>
    public PacingPlan OnThrottled(DateTimeOffset now) => now - LastCut < HoldAfterCut
        ? this
        : this with { Factor = Math.Max(MinFactor, FactorAt(now) * CutTo), LastCut = now };

    /// <summary>Where inside its slot a send goes: up to <see cref="JitterShare"/> of one interval after the slot.</summary>
    public TimeSpan JitterAt(DateTimeOffset now, Func<double> random) =>
        TimeSpan.FromSeconds(JitterShare * random() / RateAt(now));
}
