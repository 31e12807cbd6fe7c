using System.Buffers;
using System.Collections.Concurrent;

namespace Prometheus;

/// <summary>
/// The metrics of one exporter: families by name, plus callbacks that refresh derived values just
/// before each collection (so gauges computed from state are current at scrape time).
/// </summary>
public sealed class CollectorRegistry
{
    private readonly ConcurrentDictionary<string, Collector> _collectors = new(StringComparer.Ordinal);
    private readonly Lock _callbacksLock = new();
    private Action[] _beforeCollect = [];
    private Func<CancellationToken, Task>[] _beforeCollectAsync = [];

    internal CollectorRegistry()
    {
    }

    /// <summary>Runs <paramref name="callback"/> before every collection.</summary>
    /// <param name="callback">Updates metrics from current state; an exception fails the collection.</param>
    public void AddBeforeCollectCallback(Action callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        lock (_callbacksLock) _beforeCollect = [.. _beforeCollect, callback];
    }

    /// <summary>Runs <paramref name="callback"/> (awaited) before every collection.</summary>
    /// <param name="callback">Updates metrics from current state; an exception fails the collection.</param>
    public void AddBeforeCollectCallback(Func<CancellationToken, Task> callback)
    {
        ArgumentNullException.ThrowIfNull(callback);
        lock (_callbacksLock) _beforeCollectAsync = [.. _beforeCollectAsync, callback];
    }

    /// <summary>
    /// Runs the before-collect callbacks, then writes every family in the text format 0.0.4
    /// (<see cref="PrometheusConstants.ExporterContentType"/>), families ordered by name and series by
    /// label values. The text is built completely before the first byte is written, so a failing
    /// callback leaves <paramref name="to"/> untouched.
    /// </summary>
    /// <param name="to">The destination; it is not closed.</param>
    /// <param name="cancel">Cancels the callbacks and the write.</param>
    public async Task CollectAndExportAsTextAsync(Stream to, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(to);
        var text = await CollectAsync(cancel);
        await to.WriteAsync(text.WrittenMemory, cancel);
    }

    internal async Task<ArrayBufferWriter<byte>> CollectAsync(CancellationToken cancel)
    {
        foreach (var callback in Volatile.Read(ref _beforeCollect)) callback();
        foreach (var callback in Volatile.Read(ref _beforeCollectAsync)) await callback(cancel);
        var output = new ArrayBufferWriter<byte>(16 * 1024);
        var families = _collectors.Values.ToArray();
        Array.Sort(families, static (a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var family in families) family.CollectAndSerialize(output);
        return output;
    }

    /// <summary>
    /// Registers <paramref name="candidate"/>, or returns the family already registered under its name when
    /// type, label names (and buckets) match, as prometheus-net does.
    /// </summary>
    /// <exception cref="InvalidOperationException">The name is taken by a family of another type, labels or buckets.</exception>
    internal TCollector GetOrAdd<TCollector>(TCollector candidate, double[]? buckets)
        where TCollector : Collector
    {
        var existing = _collectors.GetOrAdd(candidate.Name, candidate);
        if (ReferenceEquals(existing, candidate)) return candidate;
        if (existing is TCollector same && existing.IsCompatible(candidate.Type, candidate.LabelNames, buckets)) return same;
        throw new InvalidOperationException(existing.Type != candidate.Type
            ? $"Metric '{candidate.Name}' is already registered as a {existing.Type.ToString().ToLowerInvariant()}; " +
              $"it cannot also be a {candidate.Type.ToString().ToLowerInvariant()}."
            : $"Metric '{candidate.Name}' is already registered with labels ({string.Join(", ", existing.LabelNames)})" +
              (existing.Type == MetricType.Histogram ? " or other buckets" : "") +
              $"; it cannot be registered again with labels ({string.Join(", ", candidate.LabelNames)}).");
    }
}
