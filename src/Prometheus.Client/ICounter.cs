namespace Prometheus;

/// <summary>A value that only goes up (reset only by a process restart).</summary>
public interface ICounter
{
    /// <summary>The current value.</summary>
    double Value { get; }

    /// <summary>Adds <paramref name="increment"/>.</summary>
    /// <param name="increment">A non-negative amount.</param>
    void Inc(double increment = 1);

    /// <summary>Raises the value to <paramref name="targetValue"/> if it is lower; never lowers it.</summary>
    /// <param name="targetValue">The value to reach.</param>
    void IncTo(double targetValue);
}
