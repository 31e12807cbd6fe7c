using System.Collections.Concurrent;

namespace Kube.Operator.Tests.Support;

/// <summary>What the test controllers saw: per key the sizes reconciled, concurrency violations, no-op passes.</summary>
public sealed class ReconcileLog
{
    private readonly ConcurrentDictionary<string, int> _inFlight = new();
    private int _violations;
    private int _total;

    public string Instance { get; init; } = "a";

    public ConcurrentDictionary<string, int> LastSize { get; } = new();

    public ConcurrentDictionary<string, int> Count { get; } = new();

    public ConcurrentDictionary<string, bool> NoOp { get; } = new();

    public ConcurrentDictionary<string, int> Deleted { get; } = new();

    public ConcurrentQueue<string> Finalized { get; } = new();

    public int Violations => Volatile.Read(ref _violations);

    public int Total => Volatile.Read(ref _total);

    /// <summary>How many FinalizeAsync calls fail before one succeeds.</summary>
    public int FinalizerFailures { get => Volatile.Read(ref _finalizerFailures); set => Volatile.Write(ref _finalizerFailures, value); }

    private int _finalizerFailures;

    private int _finalizeAttempts;

    public int FinalizeAttempts => Volatile.Read(ref _finalizeAttempts);

    public int NextFinalizeAttempt() => Interlocked.Increment(ref _finalizeAttempts);

    public IDisposable Enter(string key)
    {
        if (_inFlight.AddOrUpdate(key, 1, (_, n) => n + 1) > 1) Interlocked.Increment(ref _violations);
        Interlocked.Increment(ref _total);
        Count.AddOrUpdate(key, 1, (_, n) => n + 1);
        return new Exit(() => _inFlight.AddOrUpdate(key, 0, (_, n) => n - 1));
    }

    private sealed class Exit(Action action) : IDisposable
    {
        public void Dispose() => action();
    }
}
