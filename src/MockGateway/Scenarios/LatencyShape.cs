namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>The distribution of a <see cref="LatencyRange"/>.</summary>
public enum LatencyShape
{
    /// <summary>Every delay in the range equally likely.</summary>
    Uniform,

    /// <summary>Short delays likely, long ones rare (exponential, capped at the maximum).</summary>
    Exponential,
}
