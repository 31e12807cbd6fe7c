using System.Buffers;
using System.Text;

namespace Prometheus;

/// <summary>A metric family: a name, help text, label names and the series (children) under it.</summary>
public abstract class Collector
{
    private protected Collector(string name, string help, string[]? labelNames, MetricType type)
    {
        MetricNames.ValidateMetricName(name);
        ArgumentNullException.ThrowIfNull(help);
        Name = name;
        Help = help;
        Type = type;
        LabelNames = MetricNames.ValidateLabelNames(name, labelNames, type);
        NameBytes = Encoding.UTF8.GetBytes(name);
    }

    /// <summary>The metric name.</summary>
    public string Name { get; }

    /// <summary>The help text.</summary>
    public string Help { get; }

    /// <summary>The label names, in the order label values are given and exported.</summary>
    public string[] LabelNames { get; }

    internal MetricType Type { get; }

    internal byte[] NameBytes { get; }

    /// <summary>Whether a registration with these settings may share this instance.</summary>
    internal virtual bool IsCompatible(MetricType type, string[] labelNames, double[]? buckets) =>
        type == Type && labelNames.AsSpan().SequenceEqual(LabelNames);

    /// <summary>Writes the family (nothing when it has no published series).</summary>
    internal abstract void CollectAndSerialize(IBufferWriter<byte> output);
}
