using System.Globalization;
using Prometheus;
using WhatsAppCampaigns.Webhooks.Http;
using WhatsAppCampaigns.Webhooks.Metrics;

namespace WhatsAppCampaigns.WebhookReceiver.Metrics;

/// <summary>
/// Every metric the receiver exports, defined once (STYLE.md), in the host's own registry, served at
/// <c>/metrics</c> on the receiver's HTTP port. Labels are bounded: request results and event kinds and
/// outcomes are fixed sets; failure codes are numbers of at most <see cref="MaxCodeDigits"/> digits, anything else <c>other</c>.
/// </summary>
public sealed class ReceiverMetrics : IWebhookMetrics
{
    /// <summary>Notification POSTs by result.</summary>
    public const string RequestsTotal = "whatsapp_webhook_requests_total";

    /// <summary>Events in applied notifications by kind and outcome.</summary>
    public const string EventsTotal = "whatsapp_webhook_events_total";

    /// <summary>Failures recorded from <c>failed</c> statuses, by Cloud API error code.</summary>
    public const string FailuresTotal = "whatsapp_webhook_failures_total";

    /// <summary>Time to apply one notification to Redis.</summary>
    public const string ApplyDuration = "whatsapp_webhook_apply_duration_seconds";

    /// <summary>Cloud API error codes are at most six digits (131026); longer numbers are counted as <c>other</c>.</summary>
    public const int MaxCodeDigits = 6;

    /// <summary>The <c>code</c> label of anything that is not a plausible error code.</summary>
    public const string OtherCode = "other";

    /// <summary>The names of every series this exporter writes, histogram suffixes included (for dashboard checks).</summary>
    public static readonly IReadOnlyList<string> SampleNames =
        [RequestsTotal, EventsTotal, FailuresTotal, ApplyDuration + "_bucket", ApplyDuration + "_sum", ApplyDuration + "_count"];

    // 0.5 ms to ~16 s: an apply is a few Lua scripts (ms); the tail is a Redis stall up to the client's timeout.
    private static readonly double[] DurationBuckets = Histogram.ExponentialBuckets(0.0005, 2, 16);

    private readonly Counter _requests;
    private readonly Counter _events;
    private readonly Counter _failures;
    private readonly Histogram _applyDuration;

    /// <summary>Creates the metrics in <paramref name="registry"/>, with every request result at 0 so rates start from the first scrape.</summary>
    /// <param name="registry">The host's registry.</param>
    public ReceiverMetrics(CollectorRegistry registry)
    {
        Registry = registry;
        var factory = Prometheus.Metrics.WithCustomRegistry(registry);
        _requests = factory.CreateCounter(RequestsTotal,
            "Webhook notification POSTs by result (applied, too_large, missing_signature, bad_signature, malformed, redis_unavailable).", "result");
        _events = factory.CreateCounter(EventsTotal,
            "Events of webhook notifications by kind (status_sent/delivered/read/failed, message, opt_out, resume, other) and outcome.",
            "kind", "outcome");
        _failures = factory.CreateCounter(FailuresTotal,
            "Recipients failed by a 'failed' status webhook, by Cloud API error code (other: not a plausible code).", "code");
        _applyDuration = factory.CreateHistogram(ApplyDuration, "Time to apply one notification's events to Redis (also when Redis failed).",
            new HistogramConfiguration { Buckets = DurationBuckets });
        foreach (var result in Enum.GetValues<WebhookRequestResult>()) _requests.WithLabels(ResultLabel(result));
    }

    /// <summary>The registry the metrics live in (served at <c>/metrics</c>).</summary>
    public CollectorRegistry Registry { get; }

    /// <inheritdoc/>
    public void RequestHandled(WebhookRequestResult result) => _requests.WithLabels(ResultLabel(result)).Inc();

    /// <inheritdoc/>
    public void ApplyCompleted(TimeSpan duration) => _applyDuration.Observe(duration.TotalSeconds);

    /// <inheritdoc/>
    public void EventApplied(string kind, string outcome, int count = 1) => _events.WithLabels(kind, outcome).Inc(count);

    /// <inheritdoc/>
    public void StatusFailed(int code) => _failures.WithLabels(CodeLabel(code)).Inc();

    /// <summary>The <c>result</c> label of a request outcome.</summary>
    /// <param name="result">The outcome.</param>
    public static string ResultLabel(WebhookRequestResult result) => result switch
    {
        WebhookRequestResult.Applied => "applied",
        WebhookRequestResult.TooLarge => "too_large",
        WebhookRequestResult.MissingSignature => "missing_signature",
        WebhookRequestResult.BadSignature => "bad_signature",
        WebhookRequestResult.Malformed => "malformed",
        WebhookRequestResult.RedisUnavailable => "redis_unavailable",
        _ => throw new ArgumentOutOfRangeException(nameof(result), result, "unknown webhook request result"),
    };

    /// <summary>
    /// The <c>code</c> label: the code in decimal when it is 1 to <see cref="MaxCodeDigits"/> digits, else
    /// <see cref="OtherCode"/>. The parser already refuses non-integer codes; this bounds what a signed but
    /// odd payload (0, negative, huge) can add to the series count.
    /// </summary>
    /// <param name="code">The error code of a failed status.</param>
    public static string CodeLabel(int code) => code is > 0 and < 1_000_000
        ? code.ToString(CultureInfo.InvariantCulture)
        : OtherCode;
}
