using WhatsAppCampaigns.MockGateway.Hosting;

namespace WhatsAppCampaigns.SenderWorker.Tests.Acceptance;

/// <summary>
/// The mock gateway on a port chosen by the test, so it can be stopped and a fresh one started on
/// the same address. A thin shape over <see cref="MockGatewayHost"/>, which keeps answering
/// inspection after a stop.
/// </summary>
internal sealed class FixedPortGateway : IAsyncDisposable
{
    private readonly MockGatewayHost _host;

    private FixedPortGateway(MockGatewayHost host) => _host = host;

    public Uri BaseAddress => _host.BaseAddress;

    public static MockGatewayOptions Options(int throughput = 1000)
    {
        var options = MockGatewayOptions.CreateDefault();
        foreach (var number in options.PhoneNumbers) number.ThroughputPerSecond = throughput;
        return options;
    }

    public static async Task<FixedPortGateway> StartAsync(int port, MockGatewayOptions options) =>
        new(await MockGatewayHost.StartAsync(options, TimeProvider.System, port, CancellationToken.None));

    /// <summary>Accepted messages per wa_id (digits of the E.164 number).</summary>
    public Task<Dictionary<string, int>> CountsByRecipientAsync() => Task.FromResult(new Dictionary<string, int>(_host.CountsByRecipient));

    /// <summary>Stops listening (in-flight requests finish) and returns what it accepted.</summary>
    public async Task<Dictionary<string, int>> StopAsync()
    {
        await _host.StopAsync();
        return new Dictionary<string, int>(_host.CountsByRecipient);
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
