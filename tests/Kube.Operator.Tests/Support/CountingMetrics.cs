using System.Collections.Concurrent;
using Kube.Operator.Metrics;

namespace Kube.Operator.Tests.Support;

/// <summary>An <see cref="IOperatorMetrics"/> that counts what the runtime reports.</summary>
public sealed class CountingMetrics : IOperatorMetrics
{
    public ConcurrentDictionary<ReconcileOutcome, int> Reconciles { get; } = new();

    private int _adds;
    private int _retries;
    private int _lastDepth = -1;

    public int Adds => Volatile.Read(ref _adds);

    public int Retries => Volatile.Read(ref _retries);

    public int LastDepth => Volatile.Read(ref _lastDepth);

    public void ReconcileCompleted(string kind, ReconcileOutcome outcome, TimeSpan duration) =>
        Reconciles.AddOrUpdate(outcome, 1, (_, n) => n + 1);

    public void QueueAdded(string queue) => Interlocked.Increment(ref _adds);

    public void QueueRetried(string queue) => Interlocked.Increment(ref _retries);

    public void QueueDepthChanged(string queue, int depth) => Volatile.Write(ref _lastDepth, depth);

    public void QueueLatency(string queue, TimeSpan wait)
    {
    }
}
