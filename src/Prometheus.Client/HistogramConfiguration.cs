namespace Prometheus;

/// <summary>Settings of a histogram.</summary>
public sealed class HistogramConfiguration : MetricConfiguration
{
    internal static readonly HistogramConfiguration Default = new();

    /// <summary>
    /// Upper bounds of the buckets, strictly increasing; <c>+Inf</c> is added when missing.
    /// Default (null): <see cref="Histogram.DefaultBuckets"/>.
    /// </summary>
    public double[]? Buckets { get; set; }
}
