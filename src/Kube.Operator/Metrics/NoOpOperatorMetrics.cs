namespace Kube.Operator.Metrics;

/// <summary>The default <see cref="IOperatorMetrics"/>: records nothing.</summary>
public sealed class NoOpOperatorMetrics : IOperatorMetrics
{
    /// <summary>The shared instance.</summary>
    public static readonly NoOpOperatorMetrics Instance = new();

    /// <inheritdoc/>
    public void ReconcileCompleted(string kind, ReconcileOutcome outcome, TimeSpan duration)
    {
    }

    /// <inheritdoc/>
    public void QueueAdded(string queue)
    {
    }

    /// <inheritdoc/>
    public void QueueRetried(string queue)
    {
    }

    /// <inheritdoc/>
    public void QueueDepthChanged(string queue, int depth)
    {
    }

    /// <inheritdoc/>
    public void QueueLatency(string queue, TimeSpan wait)
    {
    }
}
