using WhatsAppCampaigns.Webhooks.Http;

namespace WhatsAppCampaigns.Webhooks.Metrics;

/// <summary>The default <see cref="IWebhookMetrics"/>: records nothing.</summary>
public sealed class NoWebhookMetrics : IWebhookMetrics
{
    /// <summary>The shared instance.</summary>
    public static readonly NoWebhookMetrics Instance = new();

    /// <inheritdoc/>
    public void RequestHandled(WebhookRequestResult result) { }

    /// <inheritdoc/>
    public void ApplyCompleted(TimeSpan duration) { }

    /// <inheritdoc/>
    public void EventApplied(string kind, string outcome, int count = 1) { }

    /// <inheritdoc/>
    public void StatusFailed(int code) { }
}
