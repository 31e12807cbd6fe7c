namespace Prometheus;

/// <summary>Creates metrics in the registry it was made for (<see cref="Metrics.WithCustomRegistry"/>).</summary>
public sealed class MetricFactory : IMetricFactory
{
    private readonly CollectorRegistry _registry;

    internal MetricFactory(CollectorRegistry registry) => _registry = registry;

    /// <inheritdoc/>
    public Counter CreateCounter(string name, string help, CounterConfiguration? configuration = null)
    {
        var config = configuration ?? CounterConfiguration.Default;
        return _registry.GetOrAdd(new Counter(name, help, config), null);
    }

    /// <inheritdoc/>
    public Counter CreateCounter(string name, string help, params string[] labelNames) =>
        CreateCounter(name, help, labelNames, null);

    /// <inheritdoc/>
    public Counter CreateCounter(string name, string help, string[] labelNames, CounterConfiguration? configuration = null) =>
        CreateCounter(name, help, new CounterConfiguration
        {
            LabelNames = labelNames,
            SuppressInitialValue = configuration?.SuppressInitialValue ?? false,
        });

    /// <inheritdoc/>
    public Gauge CreateGauge(string name, string help, GaugeConfiguration? configuration = null)
    {
        var config = configuration ?? GaugeConfiguration.Default;
        return _registry.GetOrAdd(new Gauge(name, help, config), null);
    }

    /// <inheritdoc/>
    public Gauge CreateGauge(string name, string help, params string[] labelNames) =>
        CreateGauge(name, help, labelNames, null);

    /// <inheritdoc/>
    public Gauge CreateGauge(string name, string help, string[] labelNames, GaugeConfiguration? configuration = null) =>
        CreateGauge(name, help, new GaugeConfiguration
        {
            LabelNames = labelNames,
            SuppressInitialValue = configuration?.SuppressInitialValue ?? false,
        });

    /// <inheritdoc/>
    public Histogram CreateHistogram(string name, string help, HistogramConfiguration? configuration = null)
    {
        var config = configuration ?? HistogramConfiguration.Default;
        return _registry.GetOrAdd(new Histogram(name, help, config), config.Buckets);
    }

    /// <inheritdoc/>
    public Histogram CreateHistogram(string name, string help, params string[] labelNames) =>
        CreateHistogram(name, help, labelNames, null);

    /// <inheritdoc/>
    public Histogram CreateHistogram(string name, string help, string[] labelNames, HistogramConfiguration? configuration = null) =>
        CreateHistogram(name, help, new HistogramConfiguration
        {
            LabelNames = labelNames,
            Buckets = configuration?.Buckets,
            SuppressInitialValue = configuration?.SuppressInitialValue ?? false,
        });
}
