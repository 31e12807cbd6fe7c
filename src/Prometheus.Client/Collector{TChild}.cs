using System.Buffers;
using System.Collections.Concurrent;

namespace Prometheus;

/// <summary>A metric family with series of type <typeparamref name="TChild"/>, one per combination of label values.</summary>
/// <typeparam name="TChild">The series type.</typeparam>
public abstract class Collector<TChild> : Collector, ICollector<TChild>
    where TChild : ChildBase
{
    private readonly ConcurrentDictionary<string[], TChild> _children = new(LabelValuesComparer.Instance);
    private readonly bool _suppressInitialValue;
    private TChild? _unlabelled;

    private protected Collector(string name, string help, string[]? labelNames, MetricType type, bool suppressInitialValue)
        : base(name, help, labelNames, type)
    {
        _suppressInitialValue = suppressInitialValue;
    }

    /// <inheritdoc/>
    /// <exception cref="InvalidOperationException">The metric has label names: use <see cref="WithLabels"/>.</exception>
    public TChild Unlabelled => _unlabelled ?? throw new InvalidOperationException(
        $"Metric '{Name}' has labels ({string.Join(", ", LabelNames)}): use WithLabels(...) to pick a series.");

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The number of values differs from the number of label names, or a value is null.</exception>
    public TChild WithLabels(params string[] labelValues)
    {
        ArgumentNullException.ThrowIfNull(labelValues);
        if (labelValues.Length != LabelNames.Length)
            throw new ArgumentException(
                $"Metric '{Name}' expects {LabelNames.Length} label value(s) ({string.Join(", ", LabelNames)}) but got {labelValues.Length}.",
                nameof(labelValues));
        // Hit path: one lookup, no allocation beyond the caller's params array.
        return _children.TryGetValue(labelValues, out var child) ? child : AddChild(labelValues);
    }

    /// <summary>Same as <see cref="WithLabels"/> (the older prometheus-net name).</summary>
    /// <param name="labelValues">One value per label name.</param>
    public TChild Labels(params string[] labelValues) => WithLabels(labelValues);

    /// <summary>Removes the series of these label values, so it is no longer exported (no-op when absent).</summary>
    /// <param name="labelValues">One value per label name.</param>
    public void RemoveLabelled(params string[] labelValues)
    {
        ArgumentNullException.ThrowIfNull(labelValues);
        _children.TryRemove(labelValues, out _);
    }

    /// <summary>The label values of every series (a copy per series).</summary>
    public IEnumerable<string[]> GetAllLabelValues() =>
        _children.Keys.Where(k => k.Length > 0).Select(k => (string[])k.Clone()).ToList();

    /// <summary>Creates the series object for <paramref name="labelValues"/>.</summary>
    private protected abstract TChild NewChild(string[] labelValues, bool publish);

    /// <summary>Writes the sample lines of one series.</summary>
    private protected abstract void SerializeChild(IBufferWriter<byte> output, TChild child);

    /// <summary>Derived constructors call this last: a metric without labels exists (exported as 0) from creation.</summary>
    private protected void InitializeUnlabelled()
    {
        if (LabelNames.Length == 0) _unlabelled = AddChild([]);
    }

    internal override void CollectAndSerialize(IBufferWriter<byte> output)
    {
        var children = _children.Values.Where(c => c.IsPublished).ToArray();
        if (children.Length == 0) return;
        // A stable order (by label values) makes the output deterministic and diffable.
        Array.Sort(children, static (a, b) => LabelValuesComparer.Instance.Compare(a.LabelValues, b.LabelValues));
        TextFormat.WriteFamilyHeader(output, NameBytes, Help, Type);
        foreach (var child in children) SerializeChild(output, child);
    }

    private TChild AddChild(string[] labelValues)
    {
        for (var i = 0; i < labelValues.Length; i++)
            if (labelValues[i] is null)
                throw new ArgumentException($"Metric '{Name}': the value of label '{LabelNames[i]}' is null.", nameof(labelValues));
        // Copy: the caller may reuse its array, and the key must never change once stored.
        var key = (string[])labelValues.Clone();
        return _children.GetOrAdd(key, static (k, self) => self.NewChild(k, !self._suppressInitialValue), this);
    }

    /// <summary>Removes exactly this series object (not a newer one created since under the same labels).</summary>
    private protected void RemoveChild(ChildBase child) =>
        _children.TryRemove(KeyValuePair.Create(child.LabelValues, (TChild)child));
}
