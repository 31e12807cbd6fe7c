using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using WhatsAppCampaigns.MockGateway.Inspection;
using WhatsAppCampaigns.MockGateway.Rules;
using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Hosting;

/// <summary>
/// The gateway running in-process on a free loopback port, for other projects' tests and
/// benchmarks: <c>await using var gateway = await MockGatewayHost.StartAsync(options, ct);</c>
/// then send to <see cref="BaseAddress"/> (<c>{BaseAddress}v21.0/{phoneNumberId}/messages</c>).
/// </summary>
public sealed class MockGatewayHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private MockGatewayHost(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The root URL, ending in <c>/</c>, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The options in force (with development defaults filled in where lists were empty).</summary>
    public MockGatewayOptions Options => _app.Services.GetRequiredService<GatewayState>().Options;

    /// <summary>The gateway's services, for tests that need more than this class offers.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Every accepted message so far, in acceptance order (same data as <c>GET /inspection/messages</c>).</summary>
    public IReadOnlyList<AcceptedMessage> Messages => _app.Services.GetRequiredService<MessageLog>().Snapshot();

    /// <summary>Accepted messages per recipient wa_id (same data as <c>GET /inspection/recipients</c>).</summary>
    public IReadOnlyDictionary<string, int> CountsByRecipient => _app.Services.GetRequiredService<MessageLog>().CountsByRecipient();

    /// <summary>The counters now (same data as <c>GET /inspection/counters</c>).</summary>
    public CountersSnapshot Counters => _app.Services.GetRequiredService<GatewayCounters>().Snapshot();

    /// <summary>The send URL for <paramref name="phoneNumberId"/> under API <paramref name="version"/>.</summary>
    public Uri MessagesUri(string phoneNumberId, string version = "v21.0") => new(BaseAddress, $"{version}/{phoneNumberId}/messages");

    /// <summary>Replaces the scenario, like <c>PUT /admin/scenario</c>.</summary>
    /// <exception cref="ScenarioException">The scenario is invalid; the current one stays.</exception>
    public void ReplaceScenario(Scenario scenario) => _app.Services.GetRequiredService<ScenarioStore>().Replace(scenario);

    /// <summary>Starts a gateway on the system clock.</summary>
    public static Task<MockGatewayHost> StartAsync(MockGatewayOptions options, CancellationToken cancellationToken) =>
        StartAsync(options, TimeProvider.System, cancellationToken);

    /// <summary>Starts a gateway on 127.0.0.1 and a free port, reading time from <paramref name="time"/>.</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The options are invalid; the message names the field.</exception>
    public static async Task<MockGatewayHost> StartAsync(MockGatewayOptions options, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        // The empty builder reads no appsettings or environment: the caller's options are the whole truth.
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.AddServerHeader = false);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddRoutingCore();
        builder.Services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        builder.Services.AddSingleton(time);
        builder.Services.AddMockGateway(options);
        var app = builder.Build();
        try
        {
            app.UseRouting();
            app.MapMockGateway();
            _ = app.Services.GetRequiredService<GatewayState>(); // validates the options before listening
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new MockGatewayHost(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>Stops the gateway (pending webhooks are abandoned) and frees the port.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
