namespace Prometheus;

/// <summary>A metric family whose series are <typeparamref name="TChild"/>.</summary>
/// <typeparam name="TChild">The series type.</typeparam>
public interface ICollector<out TChild>
{
    /// <summary>The metric name.</summary>
    string Name { get; }

    /// <summary>The help text.</summary>
    string Help { get; }

    /// <summary>The label names.</summary>
    string[] LabelNames { get; }

    /// <summary>The series without labels (only for a metric declared without label names).</summary>
    TChild Unlabelled { get; }

    /// <summary>The series of these label values (created on first use).</summary>
    /// <param name="labelValues">One value per label name, in declaration order.</param>
    TChild WithLabels(params string[] labelValues);
}
