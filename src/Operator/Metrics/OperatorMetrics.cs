using Kube.Operator.Metrics;
using Prometheus;

namespace WhatsAppCampaigns.Operator.Metrics;

/// <summary>
/// Every metric the operator exports, defined once (STYLE.md), in the host's own registry. It is
/// also the runtime's <see cref="IOperatorMetrics"/> hook: reconciles and work queues. Labels are
/// bounded: kind, result, queue, and a campaign's namespace/name/outcome/phase (removed with the campaign).
/// </summary>
public sealed class OperatorMetrics : IOperatorMetrics
{
    /// <summary>Recipient counts of a campaign's current or last run, one series per status count.</summary>
    public const string CampaignRecipients = "whatsapp_campaign_recipients";

    /// <summary>1 for a campaign's current phase, 0 for the others.</summary>
    public const string CampaignPhase = "whatsapp_campaign_phase";

    /// <summary>Finished reconciles by entity kind and result.</summary>
    public const string ReconcileTotal = "whatsapp_operator_reconcile_total";

    /// <summary>Reconcile durations by entity kind.</summary>
    public const string ReconcileDuration = "whatsapp_operator_reconcile_duration_seconds";

    /// <summary>Keys ready and waiting for a worker, per work queue.</summary>
    public const string WorkQueueDepth = "whatsapp_operator_workqueue_depth";

    /// <summary>Adds to a work queue.</summary>
    public const string WorkQueueAdds = "whatsapp_operator_workqueue_adds_total";

    /// <summary>Keys put back with backoff after a failure.</summary>
    public const string WorkQueueRetries = "whatsapp_operator_workqueue_retries_total";

    /// <summary>Time a key waited between ready and taken by a worker.</summary>
    public const string WorkQueueWait = "whatsapp_operator_workqueue_queue_duration_seconds";

    /// <summary>1 while this replica runs the controllers (holds the leader Lease, or leader election is off).</summary>
    public const string Leader = "whatsapp_operator_leader";

    /// <summary>Scrapes whose campaign list could not be read (the campaign gauges kept their last values).</summary>
    public const string RefreshFailures = "whatsapp_operator_metrics_refresh_failures_total";

    /// <summary>The names of every series this exporter writes, histogram suffixes included (for dashboard checks).</summary>
    public static readonly IReadOnlyList<string> SampleNames =
    [
        CampaignRecipients, CampaignPhase, Leader, ReconcileTotal, WorkQueueDepth, WorkQueueAdds, WorkQueueRetries, RefreshFailures,
        .. new[] { ReconcileDuration, WorkQueueWait }.SelectMany(h => new[] { h + "_bucket", h + "_sum", h + "_count" }),
    ];

    // 1 ms to ~33 s: a reconcile reads a few objects and Redis; slow ones wait on the API server.
    private static readonly double[] DurationBuckets = Histogram.ExponentialBuckets(0.001, 2, 16);

    private readonly Counter _reconciles;
    private readonly Histogram _reconcileDuration;
    private readonly Gauge _queueDepth;
    private readonly Counter _queueAdds;
    private readonly Counter _queueRetries;
    private readonly Histogram _queueWait;
    private readonly Gauge _leader;

    /// <summary>Creates the metrics in <paramref name="registry"/>.</summary>
    public OperatorMetrics(CollectorRegistry registry)
    {
        Registry = registry;
        var factory = Prometheus.Metrics.WithCustomRegistry(registry);
        Recipients = factory.CreateGauge(CampaignRecipients,
            "Recipients of a campaign's current or last run by status count (rows, valid, invalid, duplicate, optedOut, sent, failed, unknown, delivered, read, replied).",
            "namespace", "campaign", "outcome");
        Phase = factory.CreateGauge(CampaignPhase, "1 for the campaign's current phase, 0 for the other phases.",
            "namespace", "campaign", "phase");
        RefreshFailureCount = factory.CreateCounter(RefreshFailures,
            "Scrapes at which the campaign list could not be read; the campaign gauges kept their previous values.");
        _leader = factory.CreateGauge(Leader, "1 while this replica runs the controllers (leader, or leader election off), else 0.");
        _reconciles = factory.CreateCounter(ReconcileTotal, "Finished reconciles (and finalizes) by entity kind and result.", "kind", "result");
        _reconcileDuration = factory.CreateHistogram(ReconcileDuration, "How long reconciles (and finalizes) took, by entity kind.",
            ["kind"], new HistogramConfiguration { Buckets = DurationBuckets });
        _queueDepth = factory.CreateGauge(WorkQueueDepth, "Keys ready and waiting for a worker, per work queue (entity kind).", "queue");
        _queueAdds = factory.CreateCounter(WorkQueueAdds, "Keys added to a work queue, also when already pending.", "queue");
        _queueRetries = factory.CreateCounter(WorkQueueRetries, "Keys put back with backoff after a failed reconcile.", "queue");
        _queueWait = factory.CreateHistogram(WorkQueueWait, "Time a key waited between ready and taken by a worker.",
            ["queue"], new HistogramConfiguration { Buckets = DurationBuckets });
    }

    /// <summary>The registry the metrics live in (served at <c>/metrics</c>).</summary>
    public CollectorRegistry Registry { get; }

    /// <summary><see cref="CampaignRecipients"/>{namespace, campaign, outcome}.</summary>
    public Gauge Recipients { get; }

    /// <summary><see cref="CampaignPhase"/>{namespace, campaign, phase}.</summary>
    public Gauge Phase { get; }

    /// <summary>Whether this replica runs the controllers; only then does it export campaign series.</summary>
    public bool IsLeader => _leader.Value == 1;

    /// <summary><see cref="RefreshFailures"/>.</summary>
    public Counter RefreshFailureCount { get; }

    /// <inheritdoc/>
    public void ReconcileCompleted(string kind, ReconcileOutcome outcome, TimeSpan duration)
    {
        _reconciles.WithLabels(kind, ResultLabel(outcome)).Inc();
        _reconcileDuration.WithLabels(kind).Observe(duration.TotalSeconds);
    }

    /// <inheritdoc/>
    public void QueueAdded(string queue) => _queueAdds.WithLabels(queue).Inc();

    /// <inheritdoc/>
    public void QueueRetried(string queue) => _queueRetries.WithLabels(queue).Inc();

    /// <inheritdoc/>
    public void QueueDepthChanged(string queue, int depth) => _queueDepth.WithLabels(queue).Set(depth);

    /// <inheritdoc/>
    public void QueueLatency(string queue, TimeSpan wait) => _queueWait.WithLabels(queue).Observe(wait.TotalSeconds);

    /// <inheritdoc/>
    public void LeadershipChanged(bool isLeader) => _leader.Set(isLeader ? 1 : 0);

    /// <summary>The <c>result</c> label of an outcome.</summary>
    public static string ResultLabel(ReconcileOutcome outcome) => outcome switch
    {
        ReconcileOutcome.Success => "success",
        ReconcileOutcome.Error => "error",
        ReconcileOutcome.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "unknown reconcile outcome"),
    };
}
