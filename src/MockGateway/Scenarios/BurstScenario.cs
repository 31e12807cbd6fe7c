namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>
/// A fault that comes in bursts: time since start is cut into windows of <see cref="DurationMs"/>,
/// and each window is faulty with <see cref="Probability"/> (drawn from the seed and the window
/// number), so every request inside a faulty window fails.
/// </summary>
public sealed class BurstScenario
{
    /// <summary>Chance that a window is faulty. Default 0 (off).</summary>
    public double Probability { get; set; }

    /// <summary>Window length in milliseconds. Default 1,000.</summary>
    public double DurationMs { get; set; } = 1000;
}
