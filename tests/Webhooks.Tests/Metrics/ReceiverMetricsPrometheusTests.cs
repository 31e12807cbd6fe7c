using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;
using TestSupport;
using TestSupport.Prometheus;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.WebhookReceiver.Hosting;
using WhatsAppCampaigns.WebhookReceiver.Metrics;
using WhatsAppCampaigns.Webhooks.Tests.Support;

namespace WhatsAppCampaigns.Webhooks.Tests.Metrics;

/// <summary>
/// The receiver's <c>/metrics</c> as the real consumers read it: a real <c>prometheus</c> server scrapes it
/// (it asks for OpenMetrics, so prometheus-net's negotiated format is what gets stored), and the exposition
/// of the receiver hosted as Program.cs hosts it, on the process-wide default registry, passes <c>promtool</c>.
/// </summary>
public sealed class ReceiverMetricsPrometheusTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private const string Phone = "+4915100000041";

    [Fact]
    public async Task RealPrometheus_ScrapesReceiver_QueriesReturnTheCounts()
    {
        await using var receiver = await ReceiverFixture.StartReceiverAsync(redis.Endpoint);
        using var http = new HttpClient();
        await PostFailedStatusAsync(http, receiver.CallbackUri);
        using (var unsigned = await ReceiverFixture.PostAsync(http, receiver.CallbackUri, "{}", signature: ""))
            Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);

        await using var prometheus = PrometheusServer.Start(new Dictionary<string, (string, string)>
        {
            ["receiver"] = (receiver.BaseAddress.Authority, "/metrics"),
        });

        await prometheus.WaitForValueAsync("up{job=\"receiver\"} == 1", 1);
        await prometheus.WaitForValueAsync($"{ReceiverMetrics.RequestsTotal}{{result=\"applied\"}}", 1);
        await prometheus.WaitForValueAsync($"{ReceiverMetrics.RequestsTotal}{{result=\"missing_signature\"}}", 1);
        await prometheus.WaitForValueAsync($"{ReceiverMetrics.RequestsTotal}{{result=\"redis_unavailable\"}}", 0);
        await prometheus.WaitForValueAsync($"{ReceiverMetrics.FailuresTotal}{{code=\"131026\"}}", 1);
        await prometheus.WaitForValueAsync($"{ReceiverMetrics.EventsTotal}{{kind=\"status_failed\",outcome=\"applied\"}}", 1);
        await prometheus.WaitForValueAsync($"{ReceiverMetrics.ApplyDuration}_count", 1);
        // 16 buckets and +Inf, each stored as its own series with its le label.
        await prometheus.WaitForValueAsync($"count({ReceiverMetrics.ApplyDuration}_bucket)", 17);
        await prometheus.WaitForValueAsync($"{ReceiverMetrics.ApplyDuration}_bucket{{le=\"+Inf\"}}", 1);
    }

    [Fact]
    public async Task Scrape_ProgramDefaultRegistry_AddsProcessAndDotnetMetrics_PromtoolAccepts()
    {
        await using var app = await StartAsProgramAsync(redis.Endpoint);
        var baseAddress = new Uri(app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
        using var http = new HttpClient();
        await PostFailedStatusAsync(http, new Uri(baseAddress, "webhooks/whatsapp"));

        var scrape = await Scrape.GetAsync(http, baseAddress);
        var (exitCode, output) = await scrape.PromtoolCheckAsync();

        // Exit 1 is a parse error; 3 means lint findings only. prometheus-net's adapters name some gauges *_count or
        // *_total (system_runtime_dotnet_timer_count), which promtool's lint flags; our own families must have no finding.
        Assert.True(exitCode is 0 or 3, $"promtool check metrics: exit {exitCode}: {output}");
        var findings = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.DoesNotContain(findings, f => f.StartsWith("whatsapp_", StringComparison.Ordinal) || !f.Contains(' ', StringComparison.Ordinal));
        Assert.Equal(1, scrape.Value(ReceiverMetrics.RequestsTotal, ("result", "applied")));
        Assert.All(ReceiverMetrics.SampleNames, name => Assert.Contains(scrape.Samples, s => s.Name == name));
        Assert.Contains(scrape.Samples, s => s.Name == "process_cpu_seconds_total");
        Assert.Contains(scrape.Samples, s => s.Name == "dotnet_total_memory_bytes");
        Assert.Contains(scrape.Samples, s => s.Name.StartsWith("system_runtime_dotnet_gc_", StringComparison.Ordinal));
        Assert.DoesNotContain(scrape.Samples, s => s.Name.StartsWith("private_internaldiagnostics_", StringComparison.Ordinal)); // the Private.* meters filtered out
    }

    /// <summary>The receiver as Program.cs builds it: the full builder and <c>Metrics.DefaultRegistry</c>.</summary>
    private static async Task<WebApplication> StartAsProgramAsync(string redisEndpoint)
    {
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = redisEndpoint,
            ["Webhooks:AppSecret"] = ReceiverFixture.AppSecret,
            ["Webhooks:VerifyToken"] = ReceiverFixture.VerifyToken,
            [$"Webhooks:Sessions:{Payloads.PhoneNumberId}"] = ReceiverFixture.Session,
        });
        builder.Logging.ClearProviders();
        Prometheus.Metrics.ConfigureMeterAdapter(o => o.InstrumentFilterPredicate = i => !i.Meter.Name.StartsWith("Private.", StringComparison.Ordinal));
        builder.Services.AddSingleton(Prometheus.Metrics.DefaultRegistry);
        await builder.AddWebhookReceiverAsync();
        var app = builder.Build();
        app.MapWebhookReceiver();
        await app.StartAsync();
        return app;
    }

    private async Task PostFailedStatusAsync(HttpClient http, Uri callback)
    {
        var scope = "ns" + Guid.NewGuid().ToString("N")[..8] + "/campaign";
        await using (var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint))
            await mux.GetDatabase().HashSetAsync(new CampaignKeys(scope, "").Claims, Phone, "sending|pod-1|7|1746000000000");
        var body = Payloads.Statuses(Payloads.Status("wamid.prom", "failed", 1746090000, Phone[1..], CallbackData.Format(scope, Phone), 131026));
        using var response = await ReceiverFixture.PostAsync(http, callback, body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
