namespace Prometheus;

/// <summary>The metric types this library exports (the <c># TYPE</c> line).</summary>
internal enum MetricType
{
    Counter,
    Gauge,
    Histogram,
}
