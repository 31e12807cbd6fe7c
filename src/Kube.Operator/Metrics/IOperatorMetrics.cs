namespace Kube.Operator.Metrics;

/// <summary>
/// Hooks the runtime calls for reconciles and work queues; the default does nothing and the
/// observability work exports them (register your implementation before <c>AddKubernetesOperator</c>
/// or replace the registration). Calls come from many threads and must be cheap and thread-safe.
/// Labels are bounded: the entity kind and an outcome, never a name.
/// </summary>
public interface IOperatorMetrics
{
    /// <summary>A reconcile (or finalize, or deleted callback) finished.</summary>
    /// <param name="kind">The entity kind, e.g. <c>WhatsAppCampaign</c>.</param>
    /// <param name="outcome">What happened.</param>
    /// <param name="duration">How long the controller ran.</param>
    void ReconcileCompleted(string kind, ReconcileOutcome outcome, TimeSpan duration);

    /// <summary>An item was added to a work queue (also when it was already pending).</summary>
    /// <param name="queue">The queue's name (the entity kind).</param>
    void QueueAdded(string queue);

    /// <summary>An item was put back with a backoff delay after a failure.</summary>
    /// <param name="queue">The queue's name.</param>
    void QueueRetried(string queue);

    /// <summary>The number of items ready to be processed changed.</summary>
    /// <param name="queue">The queue's name.</param>
    /// <param name="depth">Items ready and waiting for a worker.</param>
    void QueueDepthChanged(string queue, int depth);

    /// <summary>How long an item waited in the queue between becoming ready and a worker taking it.</summary>
    /// <param name="queue">The queue's name.</param>
    /// <param name="wait">The wait.</param>
    void QueueLatency(string queue, TimeSpan wait);

    /// <summary>
    /// This replica started (true) or stopped (false) running its controllers: on winning and losing the
    /// leader Lease, or once at start and stop when leader election is off. Exporters use it to publish
    /// state-derived series from one replica only. Does nothing unless implemented.
    /// </summary>
    /// <param name="isLeader">Whether the controllers now run here.</param>
    void LeadershipChanged(bool isLeader)
    {
    }
}
