namespace Kube.Operator.Informer;

/// <summary>What an informer watches and how often it replays its cache.</summary>
public sealed class InformerOptions
{
    /// <summary>The namespace to watch; null watches all namespaces (or a cluster-scoped kind).</summary>
    public string? Namespace { get; set; }

    /// <summary>Optional label selector.</summary>
    public string? LabelSelector { get; set; }

    /// <summary>
    /// How often every cached object is replayed to the handlers as <see cref="InformerEventType.Resynced"/>;
    /// null (the default) turns resync off. It never contacts the server and does not repair missed
    /// events; periodic work belongs in a requeue delay (controller-runtime defaults to 10 h).
    /// </summary>
    public TimeSpan? ResyncPeriod { get; set; }

    /// <summary>Server-side duration of one watch connection; null lets the client pick 5–10 minutes.</summary>
    public int? WatchTimeoutSeconds { get; set; }

    /// <summary>Page size of the lists. Default 500.</summary>
    public int PageSize { get; set; } = 500;

    /// <summary>First delay after a failed list or watch; doubles up to <see cref="MaxErrorBackoff"/>. Default 1 s.</summary>
    public TimeSpan ErrorBackoff { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest delay after repeated failures. Default 30 s.</summary>
    public TimeSpan MaxErrorBackoff { get; set; } = TimeSpan.FromSeconds(30);
}
