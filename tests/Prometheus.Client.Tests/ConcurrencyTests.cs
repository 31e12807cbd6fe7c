using Prometheus;

namespace Prometheus.Client.Tests;

public sealed class ConcurrencyTests
{
    private const int Threads = 8;
    private const int PerThread = 100_000;

    private readonly IMetricFactory _factory = Metrics.WithCustomRegistry(Metrics.NewCustomRegistry());

    [Fact]
    public async Task Counter_EightThreadsHundredThousandIncEach_ExactTotal()
    {
        var child = _factory.CreateCounter("c_total", "h", "k").WithLabels("v");

        await RunOnThreadsAsync(_ => child.Inc());

        Assert.Equal(Threads * PerThread, child.Value);
    }

    [Fact]
    public async Task CounterViaWithLabels_ConcurrentLookupsAndFirstCreation_ExactTotal()
    {
        var counter = _factory.CreateCounter("c_total", "h", "k");

        await RunOnThreadsAsync(i => counter.WithLabels((i % 4).ToString()).Inc());

        Assert.Equal(Threads * PerThread, counter.GetAllLabelValues().Sum(v => counter.WithLabels(v).Value));
    }

    [Fact]
    public async Task Gauge_ConcurrentIncAndDec_BackToZero()
    {
        var gauge = _factory.CreateGauge("g", "h");

        await RunOnThreadsAsync(i => { if (i % 2 == 0) gauge.Inc(0.5); else gauge.Dec(0.5); });

        Assert.Equal(0, gauge.Value);
    }

    [Fact]
    public async Task Histogram_EightThreadsHundredThousandObserveEach_ExactCountSumAndBuckets()
    {
        var registry = Metrics.NewCustomRegistry();
        var histogram = Metrics.WithCustomRegistry(registry)
            .CreateHistogram("h_seconds", "h", new HistogramConfiguration { Buckets = [1, 2, 3] });

        // Values 0.5, 1.5, 2.5, 3.5 in turn: exact in binary, so the sum is exact whatever the order.
        await RunOnThreadsAsync(i => histogram.Observe(0.5 + (i % 4)));

        const long total = (long)Threads * PerThread;
        Assert.Equal(total, histogram.Count);
        Assert.Equal(total / 4 * (0.5 + 1.5 + 2.5 + 3.5), histogram.Sum);
        var text = await Exposition.ExportAsync(registry);
        Assert.Contains($"h_seconds_bucket{{le=\"1\"}} {total / 4}\n", text);
        Assert.Contains($"h_seconds_bucket{{le=\"3\"}} {total / 4 * 3}\n", text);
        Assert.Contains($"h_seconds_bucket{{le=\"+Inf\"}} {total}\n", text);
        Assert.Contains($"h_seconds_count {total}\n", text);
    }

    private static async Task RunOnThreadsAsync(Action<int> work)
    {
        // A barrier so all threads contend at once instead of finishing one after another.
        using var start = new Barrier(Threads);
        var threads = Enumerable.Range(0, Threads).Select(_ => Task.Factory.StartNew(() =>
        {
            start.SignalAndWait();
            for (var i = 0; i < PerThread; i++) work(i);
        }, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default)).ToArray();
        await Task.WhenAll(threads);
    }
}
