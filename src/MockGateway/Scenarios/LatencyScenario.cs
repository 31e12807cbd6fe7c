namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>Delays of the send response and of each webhook, each after the previous step.</summary>
public sealed class LatencyScenario
{
    /// <summary>Before the HTTP answer of a send (after acceptance). Default 0.</summary>
    public LatencyRange Response { get; set; } = LatencyRange.Of(0, 0);

    /// <summary>From acceptance to the <c>sent</c> (or <c>failed</c>) status. Default 20–200 ms.</summary>
    public LatencyRange Sent { get; set; } = LatencyRange.Of(20, 200);

    /// <summary>From <c>sent</c> to <c>delivered</c>. Default 100–1,500 ms.</summary>
    public LatencyRange Delivered { get; set; } = LatencyRange.Of(100, 1500);

    /// <summary>From <c>delivered</c> to <c>read</c>. Default 0.5–10 s.</summary>
    public LatencyRange Read { get; set; } = LatencyRange.Of(500, 10_000);

    /// <summary>From the last status to the user's reply. Default 1–30 s.</summary>
    public LatencyRange Reply { get; set; } = LatencyRange.Of(1000, 30_000);
}
