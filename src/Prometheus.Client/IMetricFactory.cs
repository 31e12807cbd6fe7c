namespace Prometheus;

/// <summary>Creates metrics in one registry (or returns the matching one already registered).</summary>
public interface IMetricFactory
{
    /// <summary>Creates a counter.</summary>
    /// <param name="name">The metric name, e.g. <c>http_requests_total</c>.</param>
    /// <param name="help">The help text.</param>
    /// <param name="configuration">Labels and export settings.</param>
    /// <exception cref="ArgumentException">A metric or label name is invalid.</exception>
    /// <exception cref="InvalidOperationException">The name is registered with another type or labels.</exception>
    Counter CreateCounter(string name, string help, CounterConfiguration? configuration = null);

    /// <summary>Creates a counter with labels.</summary>
    /// <param name="name">The metric name.</param>
    /// <param name="help">The help text.</param>
    /// <param name="labelNames">The label names.</param>
    Counter CreateCounter(string name, string help, params string[] labelNames);

    /// <summary>Creates a counter with labels and settings.</summary>
    /// <param name="name">The metric name.</param>
    /// <param name="help">The help text.</param>
    /// <param name="labelNames">The label names (override <see cref="MetricConfiguration.LabelNames"/>).</param>
    /// <param name="configuration">Export settings.</param>
    Counter CreateCounter(string name, string help, string[] labelNames, CounterConfiguration? configuration = null);

    /// <summary>Creates a gauge.</summary>
    /// <param name="name">The metric name.</param>
    /// <param name="help">The help text.</param>
    /// <param name="configuration">Labels and export settings.</param>
    /// <exception cref="ArgumentException">A metric or label name is invalid.</exception>
    /// <exception cref="InvalidOperationException">The name is registered with another type or labels.</exception>
    Gauge CreateGauge(string name, string help, GaugeConfiguration? configuration = null);

    /// <summary>Creates a gauge with labels.</summary>
    /// <param name="name">The metric name.</param>
    /// <param name="help">The help text.</param>
    /// <param name="labelNames">The label names.</param>
    Gauge CreateGauge(string name, string help, params string[] labelNames);

    /// <summary>Creates a gauge with labels and settings.</summary>
    /// <param name="name">The metric name.</param>
    /// <param name="help">The help text.</param>
    /// <param name="labelNames">The label names (override <see cref="MetricConfiguration.LabelNames"/>).</param>
    /// <param name="configuration">Export settings.</param>
    Gauge CreateGauge(string name, string help, string[] labelNames, GaugeConfiguration? configuration = null);

    /// <summary>Creates a histogram.</summary>
    /// <param name="name">The metric name, e.g. <c>request_duration_seconds</c>.</param>
    /// <param name="help">The help text.</param>
    /// <param name="configuration">Labels, buckets and export settings.</param>
    /// <exception cref="ArgumentException">A metric or label name, or the buckets, are invalid.</exception>
    /// <exception cref="InvalidOperationException">The name is registered with another type, labels or buckets.</exception>
    Histogram CreateHistogram(string name, string help, HistogramConfiguration? configuration = null);

    /// <summary>Creates a histogram with labels.</summary>
    /// <param name="name">The metric name.</param>
    /// <param name="help">The help text.</param>
    /// <param name="labelNames">The label names.</param>
    Histogram CreateHistogram(string name, string help, params string[] labelNames);

    /// <summary>Creates a histogram with labels and settings.</summary>
    /// <param name="name">The metric name.</param>
    /// <param name="help">The help text.</param>
    /// <param name="labelNames">The label names (override <see cref="MetricConfiguration.LabelNames"/>).</param>
    /// <param name="configuration">Buckets and export settings.</param>
    Histogram CreateHistogram(string name, string help, string[] labelNames, HistogramConfiguration? configuration = null);
}
