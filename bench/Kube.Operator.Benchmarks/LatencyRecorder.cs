using System.Collections.Concurrent;
using System.Diagnostics;

namespace Kube.Operator.Benchmarks;

/// <summary>When each change was requested and when a reconcile first saw it.</summary>
public sealed class LatencyRecorder
{
    private readonly ConcurrentDictionary<string, long> _changed = new();
    private readonly ConcurrentDictionary<string, long> _seen = new();

    public int Seen => _seen.Count;

    public void Changed(string key, string version) => _changed[$"{key}@{version}"] = Stopwatch.GetTimestamp();

    public void ReconcileStarted(string key, string version) => _seen.TryAdd($"{key}@{version}", Stopwatch.GetTimestamp());

    public (double P50, double P99, double Max, TimeSpan Span) Summarize(string version)
    {
        var latencies = new List<double>();
        long first = long.MaxValue, last = 0;
        foreach (var (change, at) in _changed)
        {
            if (!change.EndsWith($"@{version}", StringComparison.Ordinal) || !_seen.TryGetValue(change, out var seen)) continue;
            latencies.Add(Stopwatch.GetElapsedTime(at, seen).TotalMilliseconds);
            first = Math.Min(first, at);
            last = Math.Max(last, seen);
        }
        latencies.Sort();
        double Percentile(double p) => latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p * latencies.Count) - 1)];
        return (Percentile(0.50), Percentile(0.99), latencies[^1], Stopwatch.GetElapsedTime(first, last));
    }
}
