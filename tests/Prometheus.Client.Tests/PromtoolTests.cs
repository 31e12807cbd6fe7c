using Prometheus;
using TestSupport.Prometheus;

namespace Prometheus.Client.Tests;

/// <summary>The reference linter, <c>promtool check metrics</c>, reads our exposition from stdin.</summary>
public sealed class PromtoolTests
{
    [Fact]
    public async Task CheckMetrics_ExportWithEveryTypeEscapesAndSpecialValues_ExitZeroNoProblems()
    {
        var registry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(registry);
        factory.CreateCounter("demo_messages_total", "Messages sent, by \\ outcome\nsecond line.", "campaign", "outcome")
            .WithLabels("spring \"sale\"\\2026\n", "sent").Inc(42);
        factory.CreateCounter("demo_restarts_total", "Restarts.").Inc();
        var gauge = factory.CreateGauge("demo_queue_depth", "Items waiting.", "queue");
        gauge.WithLabels("a").Set(double.NaN);
        gauge.WithLabels("b").Set(double.PositiveInfinity);
        gauge.WithLabels("c").Set(double.NegativeInfinity);
        gauge.WithLabels("d").Set(-1.5e-12);
        factory.CreateGauge("demo_last_run_timestamp_seconds", "Unix time of the last run.").SetToCurrentTimeUtc();
        var histogram = factory.CreateHistogram("demo_duration_seconds", "Durations.", ["kind"],
            new HistogramConfiguration { Buckets = Histogram.ExponentialBuckets(0.001, 2, 12) });
        for (var i = 0; i < 100; i++) histogram.WithLabels(i % 2 == 0 ? "even" : "odd").Observe(i / 100.0);
        factory.CreateHistogram("demo_size_bytes", "Sizes.", new HistogramConfiguration { Buckets = Histogram.LinearBuckets(100, 100, 5) });

        var (exitCode, output) = await RunPromtoolAsync(await Exposition.ExportAsync(registry));

        Assert.True(exitCode == 0, $"promtool check metrics exited {exitCode}: {output}");
        Assert.Equal("", output.Trim());
    }

    [Fact]
    public async Task CheckMetrics_CounterWithoutTotalSuffix_ProblemReported()
    {
        // Proves the oracle is listening: the same pipe flags a real lint problem.
        var registry = Metrics.NewCustomRegistry();
        Metrics.WithCustomRegistry(registry).CreateCounter("demo_messages", "Messages.").Inc();

        var (exitCode, output) = await RunPromtoolAsync(await Exposition.ExportAsync(registry));

        Assert.NotEqual(0, exitCode);
        Assert.Contains("_total", output, StringComparison.Ordinal);
    }

    private static Task<(int ExitCode, string Output)> RunPromtoolAsync(string exposition) => Promtool.CheckMetricsAsync(exposition);
}
