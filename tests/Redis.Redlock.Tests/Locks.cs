using Redis.Client;
using TestSupport;

namespace Redis.Redlock.Tests;

/// <summary>Factories with short timings, so lock tests run in seconds.</summary>
internal static class Locks
{
    public static RedLockFactory Factory(IEnumerable<RedisServer> servers, int retryCount = 1) =>
        RedLockFactory.Create(
            servers.Select(s => new RedLockEndPoint(EndPointCollection.Parse(s.Endpoint)) { SyncTimeout = 1000 }).ToList(),
            new RedLockRetryConfiguration(retryCount, 10));

    public static string Resource() => "res-" + Guid.NewGuid().ToString("N")[..8];
}
