using Prometheus;
using TestSupport;

namespace Prometheus.Client.Tests;

/// <summary>A real Prometheus server scrapes both standalone servers and answers PromQL over what it stored.</summary>
public sealed class PrometheusScrapeTests
{
    [Fact]
    public async Task RealPrometheus_ScrapesKestrelAndListenerServers_QueriesReturnOurValues()
    {
        var kestrelRegistry = Metrics.NewCustomRegistry();
        var factory = Metrics.WithCustomRegistry(kestrelRegistry);
        factory.CreateCounter("test_jobs_total", "Jobs run.").Inc(42);
        factory.CreateCounter("test_messages_total", "Messages.", "campaign", "outcome").WithLabels("spring \"sale\"", "sent").Inc(7);
        var histogram = factory.CreateHistogram("test_duration_seconds", "Durations.", new HistogramConfiguration { Buckets = [1, 2, 3, 4] });
        // Ten observations per bucket: the median (rank 20 of 40) is the upper bound of the second bucket.
        foreach (var value in new[] { 0.5, 1.5, 2.5, 3.5 }) histogram.Observe(value, 10);
        var listenerRegistry = Metrics.NewCustomRegistry();
        Metrics.WithCustomRegistry(listenerRegistry).CreateGauge("test_listener_items", "Items.").Set(-3.25);

        var kestrelPort = FreePort.Next();
        var listenerPort = FreePort.Next();
        using var kestrel = new KestrelMetricServer("127.0.0.1", kestrelPort, registry: kestrelRegistry);
        using var listener = new MetricServer("127.0.0.1", listenerPort, registry: listenerRegistry);
        kestrel.Start();
        listener.Start();
        await using var prometheus = PrometheusServer.Start(new Dictionary<string, (string, string)>
        {
            ["kestrel"] = ($"127.0.0.1:{kestrelPort}", "/metrics"),
            ["listener"] = ($"127.0.0.1:{listenerPort}", "/metrics/"),
        });

        await prometheus.WaitForValueAsync("up{job=\"kestrel\"} == 1", 1);
        await prometheus.WaitForValueAsync("up{job=\"listener\"} == 1", 1);
        await prometheus.WaitForValueAsync("test_jobs_total{job=\"kestrel\"}", 42);
        await prometheus.WaitForValueAsync("test_messages_total{campaign=\"spring \\\"sale\\\"\",outcome=\"sent\"}", 7);
        await prometheus.WaitForValueAsync("histogram_quantile(0.5, test_duration_seconds_bucket)", 2);
        await prometheus.WaitForValueAsync("test_duration_seconds_count", 40);
        await prometheus.WaitForValueAsync("test_listener_items", -3.25);

        await kestrel.StopAsync();
        await listener.StopAsync();
    }
}
