using Prometheus;

namespace Prometheus.Client.Tests;

public sealed class ValueTests
{
    private readonly IMetricFactory _factory = Metrics.WithCustomRegistry(Metrics.NewCustomRegistry());

    [Fact]
    public void Counter_IncAndIncTo_OnlyRises()
    {
        var counter = _factory.CreateCounter("c_total", "h");
        counter.Inc();
        counter.Inc(2.5);
        counter.IncTo(10);
        counter.IncTo(4);

        Assert.Equal(10, counter.Value);
    }

    [Fact]
    public void Gauge_SetIncDecIncToDecTo_Applied()
    {
        var gauge = _factory.CreateGauge("g", "h");
        gauge.Set(5);
        gauge.Inc(2);
        gauge.Dec(0.5);
        Assert.Equal(6.5, gauge.Value);
        gauge.IncTo(3);
        Assert.Equal(6.5, gauge.Value);
        gauge.IncTo(8);
        Assert.Equal(8, gauge.Value);
        gauge.DecTo(9);
        Assert.Equal(8, gauge.Value);
        gauge.DecTo(-1);
        Assert.Equal(-1, gauge.Value);
    }

    [Fact]
    public void Gauge_SetToCurrentTimeUtc_UnixSecondsOfNow()
    {
        var gauge = _factory.CreateGauge("g_seconds", "h");
        var before = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;
        gauge.SetToCurrentTimeUtc();
        var after = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() / 1000.0;

        Assert.InRange(gauge.Value, before - 0.001, after + 0.001);
    }

    [Fact]
    public void LabelledChildren_Independent_AndSameInstancePerLabels()
    {
        var gauge = _factory.CreateGauge("g", "h", "k");
        gauge.WithLabels("a").Set(1);
        gauge.WithLabels("b").Set(2);

        Assert.Same(gauge.WithLabels("a"), gauge.WithLabels("a"));
        Assert.Equal(1, gauge.WithLabels("a").Value);
        Assert.Equal(2, gauge.WithLabels("b").Value);
    }

    [Fact]
    public void Histogram_ObserveNaN_Ignored_AndObserveWithCount()
    {
        var histogram = _factory.CreateHistogram("h_seconds", "h");
        histogram.Observe(double.NaN);
        histogram.Observe(0.2, 4);

        Assert.Equal(4, histogram.Count);
        Assert.Equal(0.8, histogram.Sum, 12);
    }

    [Fact]
    public void ExponentialBuckets_StartFactorCount_Computed() =>
        Assert.Equal([0.01, 0.02, 0.04, 0.08], Histogram.ExponentialBuckets(0.01, 2, 4));

    [Fact]
    public void LinearBuckets_StartWidthCount_Computed() =>
        Assert.Equal([1, 3, 5], Histogram.LinearBuckets(1, 2, 3));

    [Theory]
    [InlineData(0, 2, 3)]
    [InlineData(1, 1, 3)]
    [InlineData(1, 2, 0)]
    public void ExponentialBuckets_OutOfRange_ArgumentException(double start, double factor, int count) =>
        Assert.ThrowsAny<ArgumentException>(() => Histogram.ExponentialBuckets(start, factor, count));

    [Theory]
    [InlineData(1, 0, 3)]
    [InlineData(1, 1, 0)]
    public void LinearBuckets_OutOfRange_ArgumentException(double start, double width, int count) =>
        Assert.ThrowsAny<ArgumentException>(() => Histogram.LinearBuckets(start, width, count));

    [Fact]
    public void ChildRemove_RemovesOnlyThatInstance()
    {
        var counter = _factory.CreateCounter("c_total", "h", "k");
        var old = counter.WithLabels("a");
        counter.RemoveLabelled("a");
        var fresh = counter.WithLabels("a");
        fresh.Inc();

        old.Remove(); // a stale handle must not remove the newer series

        Assert.Equal([["a"]], counter.GetAllLabelValues());
    }
}
