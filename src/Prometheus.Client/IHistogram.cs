namespace Prometheus;

/// <summary>Observations counted in buckets, with their sum and count.</summary>
public interface IHistogram
{
    /// <summary>The sum of all observations.</summary>
    double Sum { get; }

    /// <summary>The number of observations.</summary>
    long Count { get; }

    /// <summary>Records one observation (NaN is ignored).</summary>
    /// <param name="val">The observed value.</param>
    void Observe(double val);

    /// <summary>Records <paramref name="count"/> observations of the same value.</summary>
    /// <param name="val">The observed value.</param>
    /// <param name="count">How many times it was observed.</param>
    void Observe(double val, long count);
}
