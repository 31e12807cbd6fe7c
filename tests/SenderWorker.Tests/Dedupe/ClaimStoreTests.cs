using Redis.Client;
using TestSupport;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.SenderWorker.Dedupe;

namespace WhatsAppCampaigns.SenderWorker.Tests.Dedupe;

/// <summary>The claim and record scripts against a real redis-server.</summary>
public sealed class ClaimStoreTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private static readonly (string, string)[] Anna = [("+972522000001", "+972522000001")];

    [Fact]
    public async Task Claim_RepeatedByTheSameHolder_IsOwnClaimSoALostReplyNeverSkips()
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var store = Store(mux, Keys(), "holder-a", fence: 1);

        Assert.Equal(ClaimOutcome.Claimed, (await store.ClaimAsync(Anna, default))[0].Outcome);
        Assert.Equal(ClaimOutcome.OwnClaim, (await store.ClaimAsync(Anna, default))[0].Outcome);
    }

    [Fact]
    public async Task Claim_LeftSendingByADeadHolder_IsInDoubtAtMostOnceAndReclaimedAtLeastOnce()
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var keys = Keys();
        await Store(mux, keys, "dead", fence: 1).ClaimAsync(Anna, default);

        Assert.Equal(ClaimOutcome.InDoubt, (await Store(mux, keys, "next", fence: 2).ClaimAsync(Anna, default))[0].Outcome);
        Assert.Equal(ClaimOutcome.Reclaimed, (await Store(mux, keys, "next", fence: 3, DeliveryPolicy.AtLeastOnce).ClaimAsync(Anna, default))[0].Outcome);
    }

    [Fact]
    public async Task Claim_StaleFence_IsRefusedAndRecordsOfTheStaleHolderAreToo()
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var keys = Keys();
        var stale = Store(mux, keys, "old", fence: 4);
        await stale.ClaimAsync(Anna, default);
        await Store(mux, keys, "new", fence: 5).ClaimAsync([("+972522000002", "+972522000002")], default);

        await Assert.ThrowsAsync<StaleHolderException>(() => stale.ClaimAsync([("+972522000003", "+972522000003")], default));
        await Assert.ThrowsAsync<StaleHolderException>(() => stale.RecordAsync([("+972522000001", "sent|wamid.X|4|1")], default));
    }

    [Fact]
    public async Task Record_SentThenClaimAgain_IsAlreadyDoneWithTheWamid()
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var keys = Keys();
        var store = Store(mux, keys, "a", fence: 1);
        await store.ClaimAsync(Anna, default);
        Assert.Equal(1, await store.RecordAsync([("+972522000001", ClaimRecord.ForSent("wamid.X", 1, 9).Format())], default));

        var again = (await Store(mux, keys, "b", fence: 2).ClaimAsync(Anna, default))[0];
        Assert.Equal((ClaimOutcome.AlreadyDone, "wamid.X"), (again.Outcome, again.Existing!.Value));
    }

    [Fact]
    public async Task Claim_NumberInOptOutSet_IsOptedOutAndNotClaimed()
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var keys = Keys();
        await mux.GetDatabase().SetAddAsync(keys.OptOut, "+972522000001");

        Assert.Equal(ClaimOutcome.OptedOut, (await Store(mux, keys, "a", fence: 1).ClaimAsync(Anna, default))[0].Outcome);
        Assert.True((await mux.GetDatabase().HashGetAsync(keys.Claims, "+972522000001")).IsNull);
    }

    private static CampaignKeys Keys() => new(RedisServerFixture.NewKeyPrefix() + "/campaign", RedisServerFixture.NewKeyPrefix());

    private static ClaimStore Store(ConnectionMultiplexer mux, CampaignKeys keys, string holder, long fence,
        DeliveryPolicy policy = DeliveryPolicy.AtMostOnce) => new(mux.GetDatabase(), keys, holder, fence, policy, TimeProvider.System);
}
