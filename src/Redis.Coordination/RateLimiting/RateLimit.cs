using System.Globalization;

namespace WhatsAppCampaigns.Redis.Coordination.RateLimiting;

/// <summary>
/// A rate and a burst. Over any window of length W, at most <c>PerSecond × W + Burst</c> units are
/// admitted; from idle, <see cref="Burst"/> units pass at once.
/// </summary>
public sealed record RateLimit
{
    /// <summary>Creates a limit.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The rate is not positive, or the burst is below 1.</exception>
    public RateLimit(double perSecond, int burst)
    {
        if (!(perSecond > 0) || double.IsInfinity(perSecond))
            throw new ArgumentOutOfRangeException(nameof(perSecond), perSecond, "The rate must be a positive number of units per second");
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        PerSecond = perSecond;
        Burst = burst;
    }

    /// <summary>Sustained units per second.</summary>
    public double PerSecond { get; }

    /// <summary>Units that may pass at once after an idle period (at least 1).</summary>
    public int Burst { get; }

    /// <summary>
    /// The spacing between units in whole microseconds, rounded up so the enforced rate never exceeds
    /// <see cref="PerSecond"/> (the script stores integer microseconds).
    /// </summary>
    public long EmissionIntervalMicroseconds => Math.Max(1, (long)Math.Ceiling(1_000_000 / PerSecond));

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{PerSecond}/s, burst {Burst}");
}
