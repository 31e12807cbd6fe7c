namespace Prometheus;

/// <summary>Settings shared by every metric type.</summary>
public abstract class MetricConfiguration
{
    /// <summary>Label names of the metric (none by default).</summary>
    public string[]? LabelNames { get; set; }

    /// <summary>
    /// When true, a series is exported only after its first change (or <see cref="ChildBase.Publish"/>),
    /// instead of as 0 from creation. Default false.
    /// </summary>
    public bool SuppressInitialValue { get; set; }
}
