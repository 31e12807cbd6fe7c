using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Prometheus;
using TestSupport;

namespace Prometheus.Client.Tests;

public sealed class MetricServerTests
{
    private const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromSeconds(10) };

    [Fact]
    public async Task MapMetrics_Get_ContentTypeAndExposition()
    {
        var registry = Metrics.NewCustomRegistry();
        Metrics.WithCustomRegistry(registry).CreateCounter("app_requests_total", "Requests.").Inc(3);
        await using var app = await StartAppAsync(app => app.MapMetrics(registry: registry));

        using var response = await Http.GetAsync(new Uri(BaseAddress(app), "metrics"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ContentType, response.Content.Headers.ContentType!.ToString());
        Assert.Equal("# HELP app_requests_total Requests.\n# TYPE app_requests_total counter\napp_requests_total 3\n",
            await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MapMetrics_CallbackRefreshesGaugeAtScrapeTime_EachScrapeSeesCurrentState()
    {
        var registry = Metrics.NewCustomRegistry();
        var gauge = Metrics.WithCustomRegistry(registry).CreateGauge("app_items", "Items.");
        var items = new List<int> { 1, 2 };
        registry.AddBeforeCollectCallback(() => gauge.Set(items.Count));
        await using var app = await StartAppAsync(app => app.MapMetrics("/custom", registry));
        var uri = new Uri(BaseAddress(app), "custom");

        Assert.EndsWith("app_items 2\n", await Http.GetStringAsync(uri));
        items.Add(3);
        Assert.EndsWith("app_items 3\n", await Http.GetStringAsync(uri));
    }

    [Fact]
    public async Task MapMetrics_FailingCallback_503NamingTheError()
    {
        var registry = Metrics.NewCustomRegistry();
        registry.AddBeforeCollectCallback(_ => Task.FromException(new InvalidOperationException("API server unreachable")));
        await using var app = await StartAppAsync(app => app.MapMetrics(registry: registry));

        using var response = await Http.GetAsync(new Uri(BaseAddress(app), "metrics"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("API server unreachable", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task KestrelMetricServer_StartGetStop_ServesThenStopsListening()
    {
        var registry = Metrics.NewCustomRegistry();
        Metrics.WithCustomRegistry(registry).CreateGauge("k_items", "Items.").Set(4);
        var port = FreePort.Next();
        var server = new KestrelMetricServer("127.0.0.1", port, registry: registry);
        server.Start();
        var uri = new Uri($"http://127.0.0.1:{port}/metrics");

        string body = "";
        await Eventually.UntilAsync(async () => (body = await Http.GetStringAsync(uri)).Length > 0, "kestrel metric server answers");
        Assert.EndsWith("k_items 4\n", body);
        await server.StopAsync();

        await Assert.ThrowsAsync<HttpRequestException>(() => Http.GetStringAsync(uri));
        server.Dispose();
    }

    [Fact]
    public async Task MetricServer_HttpListener_ServesContentTypeAndStops()
    {
        var registry = Metrics.NewCustomRegistry();
        Metrics.WithCustomRegistry(registry).CreateCounter("l_total", "L.").Inc();
        var port = FreePort.Next();
        using var server = new MetricServer("127.0.0.1", port, registry: registry);
        server.Start();

        using var response = await Http.GetAsync(new Uri($"http://127.0.0.1:{port}/metrics/"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ContentType, response.Content.Headers.ContentType!.ToString());
        Assert.EndsWith("l_total 1\n", await response.Content.ReadAsStringAsync());

        await server.StopAsync();
        // The managed HttpListener sometimes still accepts a connection after Abort but never answers it:
        // refused or unanswered are both "stopped"; an answer is the failure.
        using var quick = new HttpClient { Timeout = TimeSpan.FromSeconds(3) };
        var error = await Record.ExceptionAsync(() => quick.GetStringAsync(new Uri($"http://127.0.0.1:{port}/metrics/")));
        Assert.True(error is HttpRequestException or TaskCanceledException, $"expected no answer after StopAsync, got {error?.GetType().Name ?? "an answer"}");
    }

    private static async Task<WebApplication> StartAppAsync(Action<WebApplication> map)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        map(app);
        await app.StartAsync();
        return app;
    }

    private static Uri BaseAddress(WebApplication app) =>
        new(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/");
}
