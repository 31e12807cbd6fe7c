using TestSupport;

namespace WhatsAppCampaigns.Redis.Coordination.Tests;

/// <summary>Three independent redis-servers, shared by a test class that never kills them.</summary>
public sealed class ThreeServersFixture : IAsyncLifetime
{
    public IReadOnlyList<RedisServer> Servers { get; private set; } = [];

    public async Task InitializeAsync() => Servers = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => RedisServer.StartAsync()));

    public async Task DisposeAsync()
    {
        foreach (var server in Servers) await server.DisposeAsync();
    }
}
