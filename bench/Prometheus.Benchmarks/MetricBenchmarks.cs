using BenchmarkDotNet.Attributes;

namespace Prometheus.Benchmarks;

/// <summary>The hot paths: an Inc on a held labelled child, an Inc through WithLabels, an Observe, and a scrape of 1,000 series.</summary>
[MemoryDiagnoser]
public class MetricBenchmarks : IDisposable
{
    private Counter.Child _child = null!;
    private Counter _counter = null!;
    private Histogram.Child _histogram = null!;
    private CollectorRegistry _scrapeRegistry = null!;
    private readonly MemoryStream _sink = new(256 * 1024);
    private double _value;

    [GlobalSetup]
    public void Setup()
    {
        var factory = Metrics.WithCustomRegistry(Metrics.NewCustomRegistry());
        _counter = factory.CreateCounter("bench_messages_total", "Messages.", "campaign", "outcome");
        _child = _counter.WithLabels("spring-sale", "sent");
        _histogram = factory.CreateHistogram("bench_duration_seconds", "Durations.", "kind").WithLabels("WhatsAppCampaign");

        // 1,000 series: 250 campaigns x 4 outcomes of a gauge, the shape the operator exports.
        _scrapeRegistry = Metrics.NewCustomRegistry();
        var gauge = Metrics.WithCustomRegistry(_scrapeRegistry).CreateGauge("bench_campaign_recipients", "Recipients.", "namespace", "campaign", "outcome");
        for (var c = 0; c < 250; c++)
            foreach (var outcome in new[] { "sent", "failed", "invalid", "duplicate" })
                gauge.WithLabels("team-a", $"campaign-{c:D3}", outcome).Set(c * 1000.5);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _sink.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "Inc on a held labelled child")]
    public void IncHeldChild() => _child.Inc();

    [Benchmark(Description = "WithLabels(2 values).Inc")]
    public void IncViaWithLabels() => _counter.WithLabels("spring-sale", "sent").Inc();

    [Benchmark(Description = "Histogram Observe (14 default buckets)")]
    public void Observe()
    {
        _value += 0.37;
        if (_value > 12) _value = 0;
        _histogram.Observe(_value);
    }

    [Benchmark(Description = "Export 1,000 series (text 0.0.4)")]
    public async Task ExportThousandSeries()
    {
        _sink.Position = 0;
        await _scrapeRegistry.CollectAndExportAsTextAsync(_sink);
    }
}
