using StackExchange.Redis;
using TestSupport;
using WhatsAppCampaigns.Redis.Coordination.Fencing;

namespace WhatsAppCampaigns.Redis.Coordination.Tests.Fencing;

public class FencedWritesTests(ThreeServersFixture fixture) : IClassFixture<ThreeServersFixture>
{
    [Fact]
    public async Task TryWriteAsync_HolderWhoseLockWasTaken_IsRejected()
    {
        var resource = LockNodes.Resource();
        await using var nodes = await LockNodes.ConnectAsync(fixture.Servers);
        await using var data = await ConnectionMultiplexer.ConnectAsync(fixture.Servers[0].Endpoint);
        var db = data.GetDatabase();
        var tokenKey = $"fence-seen:{{{resource}}}";
        var stateKey = $"state:{{{resource}}}";
        var first = await nodes.AcquireAsync(resource, TimeSpan.FromSeconds(30));
        Assert.True(first.IsAcquired, first.FailureReason);
        Assert.True((await FencedWrites.TryWriteAsync(db, first.Token, tokenKey, stateKey, "written by first")).Accepted);

        // The first holder stalls past its lease: its keys vanish (as on expiry) and a second holder
        // takes the lock and writes.
        foreach (var server in fixture.Servers)
        {
            await using var direct = await ConnectionMultiplexer.ConnectAsync(server.Endpoint);
            await direct.GetDatabase().KeyDeleteAsync($"redlock:{resource}");
        }
        await using var second = await nodes.AcquireAsync(resource, TimeSpan.FromSeconds(30));
        Assert.True(second.IsAcquired, second.FailureReason);
        Assert.True(second.Token > first.Token);
        Assert.True((await FencedWrites.TryWriteAsync(db, second.Token, tokenKey, stateKey, "written by second")).Accepted);

        var stale = await FencedWrites.TryWriteAsync(db, first.Token, tokenKey, stateKey, "late write by first");

        Assert.False(stale.Accepted);
        Assert.Equal(second.Token, stale.HighestSeen);
        Assert.Equal("written by second", await db.StringGetAsync(stateKey));
        var error = Assert.Throws<StaleFencingTokenException>(() => stale.EnsureAccepted());
        Assert.Contains($"fencing token {first.Token} is older than {second.Token}", error.Message);
        await first.DisposeAsync();
    }

    [Fact]
    public async Task TryHashSetAsync_SameTokenTwice_BothAccepted_OlderRejected()
    {
        await using var data = await ConnectionMultiplexer.ConnectAsync(fixture.Servers[0].Endpoint);
        var db = data.GetDatabase();
        var prefix = RedisServerFixture.NewKeyPrefix();

        Assert.True((await FencedWrites.TryHashSetAsync(db, new FencingToken(7), prefix + "seen", prefix + "h", "a", "1")).Accepted);
        Assert.True((await FencedWrites.TryHashSetAsync(db, new FencingToken(7), prefix + "seen", prefix + "h", "b", "2")).Accepted);
        Assert.False((await FencedWrites.TryHashSetAsync(db, new FencingToken(6), prefix + "seen", prefix + "h", "c", "3")).Accepted);

        Assert.Equal(2, (await db.HashGetAllAsync(prefix + "h")).Length);
    }

    [Fact]
    public async Task IssueAsync_ThreeInstancesOneLagging_NextTokenStillHigherThanEveryEarlierOne()
    {
        await using var nodes = await LockNodes.ConnectAsync(fixture.Servers);
        var resource = LockNodes.Resource();
        var first = await FencingTokenIssuer.IssueAsync(nodes.Databases, resource);
        // One instance forgets the counter (restarted without persistence): the raise quorum still knows it.
        await nodes.Databases[0].KeyDeleteAsync($"fence:{resource}");

        var second = await FencingTokenIssuer.IssueAsync(nodes.Databases, resource);

        Assert.True(second > first, $"{second} after {first}");
    }
}
