namespace WhatsAppCampaigns.MockGateway.Scenarios;

/// <summary>Imperfect webhook delivery. Both default to 0: each webhook once, in order.</summary>
public sealed class WebhookScenario
{
    /// <summary>Share of messages one of whose status webhooks is delivered twice.</summary>
    public double DuplicateProbability { get; set; }

    /// <summary>Share of read messages whose <c>read</c> arrives before their <c>delivered</c>.</summary>
    public double ReorderProbability { get; set; }
}
