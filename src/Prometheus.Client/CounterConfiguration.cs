namespace Prometheus;

/// <summary>Settings of a counter.</summary>
public sealed class CounterConfiguration : MetricConfiguration
{
    internal static readonly CounterConfiguration Default = new();
}
