namespace Prometheus;

/// <summary>
/// Entry point, as in prometheus-net: metrics created here go to <see cref="DefaultRegistry"/>;
/// <see cref="WithCustomRegistry"/> targets another registry (tests and hosts that own theirs).
/// </summary>
public static class Metrics
{
    /// <summary>The process-wide registry (no default process metrics: see the README).</summary>
    public static CollectorRegistry DefaultRegistry { get; } = new();

    /// <summary>A factory for <see cref="DefaultRegistry"/>.</summary>
    public static IMetricFactory DefaultFactory { get; } = new MetricFactory(DefaultRegistry);

    /// <summary>A new, empty registry.</summary>
    public static CollectorRegistry NewCustomRegistry() => new();

    /// <summary>A factory that creates metrics in <paramref name="registry"/>.</summary>
    /// <param name="registry">The registry.</param>
    public static IMetricFactory WithCustomRegistry(CollectorRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        return new MetricFactory(registry);
    }

    /// <inheritdoc cref="IMetricFactory.CreateCounter(string, string, CounterConfiguration?)"/>
    public static Counter CreateCounter(string name, string help, CounterConfiguration? configuration = null) =>
        DefaultFactory.CreateCounter(name, help, configuration);

    /// <inheritdoc cref="IMetricFactory.CreateCounter(string, string, string[])"/>
    public static Counter CreateCounter(string name, string help, params string[] labelNames) =>
        DefaultFactory.CreateCounter(name, help, labelNames);

    /// <inheritdoc cref="IMetricFactory.CreateCounter(string, string, string[], CounterConfiguration?)"/>
    public static Counter CreateCounter(string name, string help, string[] labelNames, CounterConfiguration? configuration = null) =>
        DefaultFactory.CreateCounter(name, help, labelNames, configuration);

    /// <inheritdoc cref="IMetricFactory.CreateGauge(string, string, GaugeConfiguration?)"/>
    public static Gauge CreateGauge(string name, string help, GaugeConfiguration? configuration = null) =>
        DefaultFactory.CreateGauge(name, help, configuration);

    /// <inheritdoc cref="IMetricFactory.CreateGauge(string, string, string[])"/>
    public static Gauge CreateGauge(string name, string help, params string[] labelNames) =>
        DefaultFactory.CreateGauge(name, help, labelNames);

    /// <inheritdoc cref="IMetricFactory.CreateGauge(string, string, string[], GaugeConfiguration?)"/>
    public static Gauge CreateGauge(string name, string help, string[] labelNames, GaugeConfiguration? configuration = null) =>
        DefaultFactory.CreateGauge(name, help, labelNames, configuration);

    /// <inheritdoc cref="IMetricFactory.CreateHistogram(string, string, HistogramConfiguration?)"/>
    public static Histogram CreateHistogram(string name, string help, HistogramConfiguration? configuration = null) =>
        DefaultFactory.CreateHistogram(name, help, configuration);

    /// <inheritdoc cref="IMetricFactory.CreateHistogram(string, string, string[])"/>
    public static Histogram CreateHistogram(string name, string help, params string[] labelNames) =>
        DefaultFactory.CreateHistogram(name, help, labelNames);

    /// <inheritdoc cref="IMetricFactory.CreateHistogram(string, string, string[], HistogramConfiguration?)"/>
    public static Histogram CreateHistogram(string name, string help, string[] labelNames, HistogramConfiguration? configuration = null) =>
        DefaultFactory.CreateHistogram(name, help, labelNames, configuration);
}
