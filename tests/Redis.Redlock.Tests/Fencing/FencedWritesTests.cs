using Redis.Client;
using Redis.Redlock.Fencing;
using TestSupport;

namespace Redis.Redlock.Tests.Fencing;

public class FencedWritesTests(ThreeServersFixture fixture) : IClassFixture<ThreeServersFixture>
{
    [Fact]
    public async Task StringSetFencedAsync_HolderWhoseLockWasTaken_IsRejected()
    {
        var resource = Locks.Resource();
        await using var factory = Locks.Factory(fixture.Servers);
        await using var data = await ConnectionMultiplexer.ConnectAsync(fixture.Servers[0].Endpoint);
        var db = data.GetDatabase();
        var tokenKey = $"fence-seen:{{{resource}}}";
        var stateKey = $"state:{{{resource}}}";
        var first = (await factory.CreateLockAsync(resource, TimeSpan.FromSeconds(30))).EnsureAcquired();
        Assert.True((await db.StringSetFencedAsync(tokenKey, stateKey, "written by first", first.FencingToken)).Accepted);

        // The first holder stalls past its lease: its keys vanish (as on expiry) and a second holder
        // takes the lock and writes.
        foreach (var server in fixture.Servers)
        {
            await using var direct = await ConnectionMultiplexer.ConnectAsync(server.Endpoint);
            await direct.GetDatabase().KeyDeleteAsync($"redlock:{resource}");
        }
        await using var second = (await factory.CreateLockAsync(resource, TimeSpan.FromSeconds(30))).EnsureAcquired();
        Assert.True(second.FencingToken > first.FencingToken);
        Assert.True((await db.StringSetFencedAsync(tokenKey, stateKey, "written by second", second.FencingToken)).Accepted);

        var stale = await db.StringSetFencedAsync(tokenKey, stateKey, "late write by first", first.FencingToken);

        Assert.False(stale.Accepted);
        Assert.Equal(second.FencingToken, stale.HighestSeen);
        Assert.Equal("written by second", await db.StringGetAsync(stateKey));
        var error = Assert.Throws<StaleFencingTokenException>(() => stale.EnsureAccepted());
        Assert.Contains($"fencing token {first.FencingToken} is older than {second.FencingToken}", error.Message);
        await first.DisposeAsync();
    }

    [Fact]
    public async Task HashSetFencedAsync_SameTokenTwice_BothAccepted_OlderRejected()
    {
        await using var data = await ConnectionMultiplexer.ConnectAsync(fixture.Servers[0].Endpoint);
        var db = data.GetDatabase();
        var prefix = RedisServerFixture.NewKeyPrefix();

        Assert.True((await db.HashSetFencedAsync(prefix + "seen", prefix + "h", "a", "1", 7)).Accepted);
        Assert.True((await db.HashSetFencedAsync(prefix + "seen", prefix + "h", "b", "2", 7)).Accepted);
        Assert.False((await db.HashSetFencedAsync(prefix + "seen", prefix + "h", "c", "3", 6)).Accepted);

        Assert.Equal(2, (await db.HashGetAllAsync(prefix + "h")).Length);
    }
}
