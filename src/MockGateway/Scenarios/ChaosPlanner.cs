namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>
/// Decides the faults of one request (pure). Per-request faults (resets, spikes, latency) hang on
/// the request's identity; bursts and storms hang on the time window since start, because an
/// outage is a period of time that hits whatever arrives during it.
/// </summary>
internal static class ChaosPlanner
{
    public const int ServerErrorCode = 131000;
    public const int ServiceUnavailableCode = 2;

    public static ChaosDecision Decide(CompiledScenario scenario, ulong identity, TimeSpan sinceStart)
    {
        var s = scenario.Source;
        var chaos = s.Chaos;
        double Draw(DrawPurpose purpose) => SeededDraw.Unit(scenario.Seed, identity, purpose);

        var serverError = InBurst(scenario, chaos.ServerErrorBursts, sinceStart, DrawPurpose.ServerErrorWindow)
            ? (Draw(DrawPurpose.ServerErrorKind) < 0.5 ? ServerErrorCode : ServiceUnavailableCode)
            : 0;
        var storm = InBurst(scenario, chaos.RateLimitStorms, sinceStart, DrawPurpose.RateLimitStormWindow);
        var reset = Draw(DrawPurpose.ConnectionReset) < chaos.ConnectionResetProbability;
        var delay = s.Latency.Response.MaxMs > 0 ? s.Latency.Response.Pick(Draw(DrawPurpose.ResponseLatency)) : TimeSpan.Zero;
        if (chaos.LatencySpikeProbability > 0 && Draw(DrawPurpose.LatencySpike) < chaos.LatencySpikeProbability)
            delay += chaos.LatencySpike.Pick(Draw(DrawPurpose.LatencySpikeLength));
        return new ChaosDecision(serverError, storm, reset, delay);
    }

    private static bool InBurst(CompiledScenario scenario, BurstScenario burst, TimeSpan sinceStart, DrawPurpose purpose)
    {
        if (burst.Probability <= 0) return false;
        var window = (ulong)Math.Max(0, (long)(sinceStart.TotalMilliseconds / burst.DurationMs));
        return SeededDraw.Unit(scenario.Seed, SeededDraw.Mix(window), purpose) < burst.Probability;
    }
}
