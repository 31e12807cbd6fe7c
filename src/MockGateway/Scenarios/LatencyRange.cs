namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>A delay drawn between <see cref="MinMs"/> and <see cref="MaxMs"/>.</summary>
public sealed class LatencyRange
{
    /// <summary>The shortest delay, in milliseconds.</summary>
    public double MinMs { get; set; }

    /// <summary>The longest delay, in milliseconds.</summary>
    public double MaxMs { get; set; }

    /// <summary>
    /// <see cref="LatencyShape.Uniform"/> (default), or <see cref="LatencyShape.Exponential"/>:
    /// mostly near <see cref="MinMs"/> with a long tail (mean a quarter of the range), capped at <see cref="MaxMs"/>.
    /// </summary>
    public LatencyShape Shape { get; set; } = LatencyShape.Uniform;

    /// <summary>Creates a range.</summary>
    public static LatencyRange Of(double minMs, double maxMs) => new() { MinMs = minMs, MaxMs = maxMs };

    /// <summary>Maps a uniform draw in [0, 1) to a delay in this range.</summary>
    public TimeSpan Pick(double unit)
    {
        var span = Math.Max(0, MaxMs - MinMs);
        var ms = Shape == LatencyShape.Exponential
            ? Math.Min(MaxMs, MinMs + (-Math.Log(1 - unit) * span / 4))
            : MinMs + (unit * span);
        return TimeSpan.FromMilliseconds(Math.Max(0, ms));
    }
}
