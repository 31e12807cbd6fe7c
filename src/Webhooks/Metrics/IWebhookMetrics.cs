using WhatsAppCampaigns.Webhooks.Http;

namespace WhatsAppCampaigns.Webhooks.Metrics;

/// <summary>
/// What the handler and the applier report for metrics. The library stays free of any metrics
/// package: the receiver implements this with Prometheus; the default does nothing.
/// </summary>
public interface IWebhookMetrics
{
    /// <summary>A notification POST was answered with <paramref name="result"/>.</summary>
    /// <param name="result">The request's outcome.</param>
    void RequestHandled(WebhookRequestResult result);

    /// <summary>One call of the applier finished (applied, or failed on Redis) after <paramref name="duration"/>.</summary>
    /// <param name="duration">Time spent applying the notification's events.</param>
    void ApplyCompleted(TimeSpan duration);

    /// <summary><paramref name="count"/> events of <paramref name="kind"/> ended in <paramref name="outcome"/>.</summary>
    /// <param name="kind">A <see cref="WebhookEventKinds"/> constant.</param>
    /// <param name="outcome">A <see cref="WebhookEventOutcomes"/> constant.</param>
    /// <param name="count">How many such events.</param>
    void EventApplied(string kind, string outcome, int count = 1);

    /// <summary>A <c>failed</c> status recorded a failure for one of our recipients (not a duplicate).</summary>
    /// <param name="code">The Cloud API error code (0 when the status carried no error).</param>
    void StatusFailed(int code);
}
