using RedLockNet.SERedis;
using RedLockNet.SERedis.Configuration;
using StackExchange.Redis;
using TestSupport;
using WhatsAppCampaigns.Redis.Coordination.Locks;

namespace WhatsAppCampaigns.Redis.Coordination.Tests;

/// <summary>
/// One "pod": its own connections to each lock node (fail fast while a node is down, short timeouts,
/// so a dead node costs a lock attempt milliseconds, not its validity) and a RedLock.net factory on them.
/// </summary>
internal sealed class LockNodes : IAsyncDisposable
{
    private readonly ConnectionMultiplexer[] _connections;

    private LockNodes(ConnectionMultiplexer[] connections, int retryCount)
    {
        _connections = connections;
        Factory = RedLockFactory.Create(connections.Select(c => new RedLockMultiplexer(c)).ToList(), new RedLockRetryConfiguration(retryCount, 10));
    }

    public RedLockFactory Factory { get; }

    public IReadOnlyList<IDatabaseAsync> Databases => [.. _connections.Select(c => c.GetDatabase())];

    public static async Task<LockNodes> ConnectAsync(IEnumerable<RedisServer> servers, int retryCount = 1)
    {
        var connections = await Task.WhenAll(servers.Select(s =>
        {
            var options = ConfigurationOptions.Parse(s.Endpoint);
            options.AbortOnConnectFail = false;
            options.BacklogPolicy = BacklogPolicy.FailFast;
            options.ConnectTimeout = 1000;
            options.SyncTimeout = options.AsyncTimeout = 5000; // a dead node fails fast anyway (no backlog)
            return ConnectionMultiplexer.ConnectAsync(options);
        }));
        return new LockNodes(connections, retryCount);
    }

    public Task<FencedLock> AcquireAsync(string resource, TimeSpan expiry, TimeSpan? wait = null, TimeSpan? retry = null,
        CancellationToken cancellationToken = default) =>
        FencedLock.AcquireAsync(Factory, Databases, resource, expiry, wait ?? TimeSpan.Zero, retry ?? TimeSpan.FromMilliseconds(10),
            TimeProvider.System, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        Factory.Dispose();
        foreach (var connection in _connections) await connection.DisposeAsync();
    }

    public static string Resource() => "res-" + Guid.NewGuid().ToString("N")[..8];
}
