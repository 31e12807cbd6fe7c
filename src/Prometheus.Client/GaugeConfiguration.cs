namespace Prometheus;

/// <summary>Settings of a gauge.</summary>
public sealed class GaugeConfiguration : MetricConfiguration
{
    internal static readonly GaugeConfiguration Default = new();
}
