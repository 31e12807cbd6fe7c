using Microsoft.Extensions.Options;
using StackExchange.Redis;
using TestSupport;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.Operator.Hosting;
using WhatsAppCampaigns.Operator.Progress;

namespace WhatsAppCampaigns.Operator.Tests.Progress;

/// <summary>The read path against a real redis-server: the sender's progress plus the webhook receiver's delivery hash.</summary>
public sealed class RedisRunProgressStoreTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task ReadAsync_DeliveryHashOfTheCampaignScope_CountsAndMergedFailureCodes()
    {
        var campaign = "c" + Guid.NewGuid().ToString("N")[..8];
        var scope = CampaignKeys.ScopeOf("shop", campaign);
        await using (var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint))
        {
            var db = mux.GetDatabase();
            await db.HashSetAsync(CampaignKeys.ProgressOf(scope, "run-1"),
                [new("rows", "10"), new("valid", "10"), new("sent", "9"), new("failed", "1"), new("failedCode:131009", "1"), new("state", "done")]);
            await db.HashSetAsync(DeliveryKeys.DeliveryOf(scope),
                [new("delivered", "7"), new("read", "3"), new("replied", "2"), new("failed", "2"), new("failedCode:131026", "2")]);
        }
        await using var store = new RedisRunProgressStore(Options.Create(new RedisOptions { Configuration = redis.Endpoint }));

        var progress = await store.ReadAsync("shop", campaign, "run-1", CancellationToken.None);

        Assert.NotNull(progress);
        Assert.Equal((9L, 7L, 3L, 2L), (progress.Sent, progress.Delivered, progress.Read, progress.Replied));
        Assert.Equal([("131026", 2L), ("131009", 1L)], progress.TopFailureCodes);
    }

    [Fact]
    public async Task ReadAsync_RunClaimsScope_ItsDeliveryHashRead()
    {
        var campaign = "c" + Guid.NewGuid().ToString("N")[..8];
        await using (var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint))
        {
            var db = mux.GetDatabase();
            await db.HashSetAsync(CampaignKeys.ProgressOf(CampaignKeys.ScopeOf("shop", campaign), "run-2"), [new("sent", "5")]);
            await db.HashSetAsync(DeliveryKeys.DeliveryOf(CampaignKeys.RunClaimsScopeOf("shop", campaign, "run-2")),
                [new("delivered", "4"), new("failedCode:131026", "1")]);
            await db.HashSetAsync(DeliveryKeys.DeliveryOf(CampaignKeys.RunClaimsScopeOf("shop", campaign, "run-1")), [new("delivered", "99")]);
        }
        await using var store = new RedisRunProgressStore(Options.Create(new RedisOptions { Configuration = redis.Endpoint }));

        var progress = await store.ReadAsync("shop", campaign, "run-2", CancellationToken.None);

        Assert.Equal(4, progress!.Delivered);
        Assert.Equal([("131026", 1L)], progress.TopFailureCodes);
    }

    [Fact]
    public async Task ReadAsync_NoWebhooksYet_ZeroDeliveryCounts()
    {
        var campaign = "c" + Guid.NewGuid().ToString("N")[..8];
        await using (var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint))
            await mux.GetDatabase().HashSetAsync(CampaignKeys.ProgressOf(CampaignKeys.ScopeOf("shop", campaign), "run-1"), [new("sent", "3")]);
        await using var store = new RedisRunProgressStore(Options.Create(new RedisOptions { Configuration = redis.Endpoint }));

        var progress = await store.ReadAsync("shop", campaign, "run-1", CancellationToken.None);

        Assert.Equal((3L, 0L, 0L), (progress!.Sent, progress.Delivered, progress.Replied));
        Assert.Empty(progress.TopFailureCodes);
    }
}
