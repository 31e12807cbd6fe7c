using System.Net.Http.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using WhatsAppCampaigns.MockGateway.Hosting;

namespace WhatsAppCampaigns.SenderWorker.Tests.Acceptance;

/// <summary>
/// The mock gateway on a port chosen by the test, so it can be stopped and started again on the
/// same address (MockGatewayHost always takes a fresh port). Inspection goes through its HTTP API.
/// </summary>
internal sealed class FixedPortGateway : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HttpClient _http;

    private FixedPortGateway(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
        _http = new HttpClient { BaseAddress = baseAddress };
    }

    public Uri BaseAddress { get; }

    public static MockGatewayOptions Options(int throughput = 1000)
    {
        var options = MockGatewayOptions.CreateDefault();
        foreach (var number in options.PhoneNumbers) number.ThroughputPerSecond = throughput;
        return options;
    }

    public static async Task<FixedPortGateway> StartAsync(int port, MockGatewayOptions options)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.AddServerHeader = false);
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMockGateway(options);
        var app = builder.Build();
        app.UseRouting();
        app.MapMockGateway();
        await app.StartAsync();
        return new FixedPortGateway(app, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>Accepted messages per wa_id (digits of the E.164 number).</summary>
    public async Task<Dictionary<string, int>> CountsByRecipientAsync() =>
        (await _http.GetFromJsonAsync<Dictionary<string, int>>("inspection/recipients"))!;

    /// <summary>
    /// Stops listening (in-flight requests finish) and returns what it accepted. The HTTP inspection
    /// API is gone by then and MessageLog is internal to MockGateway, hence the reflection.
    /// </summary>
    public async Task<Dictionary<string, int>> StopAsync()
    {
        await _app.StopAsync();
        var logType = typeof(MockGatewayOptions).Assembly.GetType("WhatsAppCampaigns.MockGateway.Inspection.MessageLog", throwOnError: true)!;
        var log = _app.Services.GetRequiredService(logType);
        var counts = (IReadOnlyDictionary<string, int>)logType.GetMethod("CountsByRecipient")!.Invoke(log, null)!;
        return new Dictionary<string, int>(counts);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
