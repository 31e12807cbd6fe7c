using StackExchange.Redis;
using TestSupport;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.SenderWorker.Dedupe;

namespace WhatsAppCampaigns.SenderWorker.Tests.Dedupe;

/// <summary>The claim and record scripts against a real redis-server.</summary>
public sealed class ClaimStoreTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private static readonly (string, string, long)[] Anna = [("+972522000001", "+972522000001", 2)];

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
        await Store(mux, keys, "new", fence: 5).ClaimAsync([("+972522000002", "+972522000002", 3)], default);

        await Assert.ThrowsAsync<StaleHolderException>(() => stale.ClaimAsync([("+972522000003", "+972522000003", 4)], default));
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

    [Fact]
    public async Task Claim_SameRecipientOnALaterRow_IsDuplicateOfTheFirstRowAndNotClaimedTwice()
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var store = Store(mux, Keys(), "a", fence: 1);

        var results = await store.ClaimAsync(
            [("+972522000001", "+972522000001", 2), ("+972522000002", "+972522000002", 3), ("+972522000001", "+972522000001", 7)], default);
        var later = await store.ClaimAsync([("+972522000002", "+972522000002", 9)], default);

        Assert.Equal([ClaimOutcome.Claimed, ClaimOutcome.Claimed, ClaimOutcome.Duplicate], results.Select(r => r.Outcome));
        Assert.Equal(2, results[2].FirstRow);
        Assert.Equal((ClaimOutcome.Duplicate, 3L), (later[0].Outcome, later[0].FirstRow));
    }

    [Fact]
    public async Task Claim_RestartedRunReplansTheSameRows_SameAnswersAndARowFindingItselfIsNoDuplicate()
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var keys = Keys();
        (string, string, long)[] rows = [("+972522000001", "+972522000001", 2), ("+972522000001", "+972522000001", 5)];
        await Store(mux, keys, "crashed", fence: 1).ClaimAsync(rows, default);

        var again = await Store(mux, keys, "restarted", fence: 2).ClaimAsync(rows, default);

        Assert.Equal([ClaimOutcome.InDoubt, ClaimOutcome.Duplicate], again.Select(r => r.Outcome));
        Assert.Equal(2, again[1].FirstRow);
    }

    [Fact]
    public async Task Claim_AnotherRun_HasItsOwnFirstRowsWhichExpire()
    {
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var keys = Keys();
        await Store(mux, keys, "a", fence: 1).ClaimAsync(Anna, default);

        var next = Store(mux, keys, "b", fence: 2, run: "run-2");
        var answer = await next.ClaimAsync([("+972522000001", "+972522000001", 4)], default);

        Assert.Equal(ClaimOutcome.InDoubt, answer[0].Outcome); // left sending by run 1's holder, not a duplicate in run 2
        var ttl = (long)await mux.GetDatabase().ExecuteAsync("TTL", next.FirstRowsKey);
        Assert.InRange(ttl, 3_500, 3_600);
        await next.ForgetFirstRowsAsync();
        Assert.False(await mux.GetDatabase().KeyExistsAsync(next.FirstRowsKey));
    }

    private static CampaignKeys Keys() => new(RedisServerFixture.NewKeyPrefix() + "/campaign", RedisServerFixture.NewKeyPrefix());

    private static ClaimStore Store(ConnectionMultiplexer mux, CampaignKeys keys, string holder, long fence,
        DeliveryPolicy policy = DeliveryPolicy.AtMostOnce, string run = "run-1") =>
        new(mux.GetDatabase(), keys, run, holder, fence, policy, TimeSpan.FromHours(1), TimeProvider.System);
}
