namespace Kube.Operator.Metrics;

/// <summary>How one pass of a controller ended (a bounded metric label).</summary>
public enum ReconcileOutcome
{
    /// <summary>The controller succeeded.</summary>
    Success,

    /// <summary>The controller returned a failure result or threw; the key is retried with backoff.</summary>
    Error,

    /// <summary>The pass was cancelled (shutdown or lost leadership).</summary>
    Cancelled,
}
