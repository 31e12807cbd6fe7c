namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>Faults injected on the send endpoint, all off by default.</summary>
public sealed class ChaosScenario
{
    /// <summary>Windows where every send answers 500 (code 131000) or 503 (code 2).</summary>
    public BurstScenario ServerErrorBursts { get; set; } = new();

    /// <summary>Windows where every send answers 429 with code 130429, whatever the real rate.</summary>
    public BurstScenario RateLimitStorms { get; set; } = new();

    /// <summary>
    /// Share of sends whose connection is reset after the message was accepted and recorded: the
    /// client cannot know it was sent, which is what makes blind retries duplicate.
    /// </summary>
    public double ConnectionResetProbability { get; set; }

    /// <summary>
    /// Share of sends answered after an extra <see cref="LatencySpike"/> delay. The message is
    /// accepted before the delay, so a client that times out has still sent it.
    /// </summary>
    public double LatencySpikeProbability { get; set; }

    /// <summary>The extra delay of a latency spike. Default 1–5 s.</summary>
    public LatencyRange LatencySpike { get; set; } = LatencyRange.Of(1000, 5000);
}
