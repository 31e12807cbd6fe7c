using StackExchange.Redis;

namespace WhatsAppCampaigns.Redis.Coordination.Tests.Locks;

public class RedLockContentionTests(ThreeServersFixture fixture) : IClassFixture<ThreeServersFixture>
{
    private const int Contenders = 8;
    private const int RoundsEach = 200;

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public async Task AcquireAsync_EightContendersManyTimesEach_NoLostUpdateNoOverlapTokensIncrease(int serverCount)
    {
        var servers = fixture.Servers.Take(serverCount).ToList();
        var resource = LockNodes.Resource();
        await using var data = await ConnectionMultiplexer.ConnectAsync(servers[0].Endpoint);
        var db = data.GetDatabase();
        var counter = $"counter:{resource}";
        var inside = 0;
        var overlaps = 0;
        var notAcquired = 0;
        var tokenRegressions = 0;
        long lastToken = 0;

        async Task ContendAsync()
        {
            // Each contender has its own connections and factory, like a separate pod.
            await using var nodes = await LockNodes.ConnectAsync(servers);
            for (var round = 0; round < RoundsEach; round++)
            {
                await using var fenced = await nodes.AcquireAsync(resource, TimeSpan.FromSeconds(2),
                    wait: TimeSpan.FromSeconds(120), retry: TimeSpan.FromMilliseconds(10));
                if (!fenced.IsAcquired)
                {
                    Interlocked.Increment(ref notAcquired);
                    continue;
                }
                if (Interlocked.Increment(ref inside) != 1) Interlocked.Increment(ref overlaps);
                var token = fenced.Token.Value;
                if (token <= Interlocked.Exchange(ref lastToken, token)) Interlocked.Increment(ref tokenRegressions);

                // A deliberately non-atomic read-increment-write: only mutual exclusion keeps it exact.
                var value = (long)await db.StringGetAsync(counter);
                await Task.Yield();
                await db.StringSetAsync(counter, value + 1);

                Interlocked.Decrement(ref inside);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Contenders).Select(_ => Task.Run(ContendAsync)));

        Assert.Equal(0, notAcquired);
        Assert.Equal(0, overlaps);
        Assert.Equal(0, tokenRegressions);
        Assert.Equal(Contenders * RoundsEach, (long)await db.StringGetAsync(counter));
    }
}
