namespace Prometheus;

/// <summary>A value that goes up and down.</summary>
public interface IGauge
{
    /// <summary>The current value.</summary>
    double Value { get; }

    /// <summary>Adds <paramref name="increment"/>.</summary>
    /// <param name="increment">The amount (may be negative).</param>
    void Inc(double increment = 1);

    /// <summary>Sets the value.</summary>
    /// <param name="val">The new value.</param>
    void Set(double val);

    /// <summary>Subtracts <paramref name="decrement"/>.</summary>
    /// <param name="decrement">The amount.</param>
    void Dec(double decrement = 1);

    /// <summary>Raises the value to <paramref name="targetValue"/> if it is lower.</summary>
    /// <param name="targetValue">The value to reach.</param>
    void IncTo(double targetValue);

    /// <summary>Lowers the value to <paramref name="targetValue"/> if it is higher.</summary>
    /// <param name="targetValue">The value to reach.</param>
    void DecTo(double targetValue);
}
