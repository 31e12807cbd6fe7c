using Xunit;

namespace TestSupport;

/// <summary>
/// xunit fixture that shares one private <see cref="RedisServer"/> across a test class or
/// collection. Tests isolate their data with <see cref="NewKeyPrefix"/>; a test that kills the
/// server should start its own <see cref="RedisServer"/> instead of sharing this one.
/// </summary>
public sealed class RedisServerFixture : IAsyncLifetime
{
    private RedisServer? _server;

    /// <summary>The running server.</summary>
    public RedisServer Server => _server ?? throw new InvalidOperationException("The fixture has not started yet");

    /// <summary>Host and port of the server.</summary>
    public string Endpoint => Server.Endpoint;

    /// <summary>A key prefix unique to the caller, so tests sharing a server never see each other's keys.</summary>
    public static string NewKeyPrefix(string? testName = null) =>
        $"t:{testName ?? "test"}:{Guid.NewGuid().ToString("N")[..8]}:";

    /// <inheritdoc/>
    public async Task InitializeAsync() => _server = await RedisServer.StartAsync();

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
    }
}
