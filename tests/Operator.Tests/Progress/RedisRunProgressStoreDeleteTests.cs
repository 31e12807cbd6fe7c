using Microsoft.Extensions.Options;
using StackExchange.Redis;
using TestSupport;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.Operator.Hosting;
using WhatsAppCampaigns.Operator.Progress;

namespace WhatsAppCampaigns.Operator.Tests.Progress;

/// <summary>The finalizer's delete path against a real redis-server: which claims scopes go with the campaign.</summary>
public sealed class RedisRunProgressStoreDeleteTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task DeleteCampaignKeysAsync_CampaignAndRunScopes_DeletedButNeverTheSessionsOrAnotherCampaigns()
    {
        var ns = "ns-" + Guid.NewGuid().ToString("N")[..8];
        var campaignKeys = new CampaignKeys(CampaignKeys.ScopeOf(ns, "spring"), "main");
        var runKeys = campaignKeys with { ClaimsScope = CampaignKeys.RunClaimsScopeOf(ns, "spring", "20260301-090000") };
        var sessionKeys = campaignKeys with { ClaimsScope = CampaignKeys.SessionClaimsScopeOf(ns, "main") };
        var otherKeys = new CampaignKeys(CampaignKeys.ScopeOf(ns, "spring2"), "main") { ClaimsScope = CampaignKeys.RunClaimsScopeOf(ns, "spring2", "r") };
        string[] gone = [campaignKeys.Claims, campaignKeys.Progress("r"), runKeys.Claims, runKeys.Fence, runKeys.FirstRows("20260301-090000")];
        string[] kept = [sessionKeys.Claims, sessionKeys.FirstRows("r"), otherKeys.Claims, CampaignKeys.ProgressOf(otherKeys.Scope, "r")];
        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var db = mux.GetDatabase();
        foreach (var key in gone.Concat(kept)) await db.HashSetAsync(key, [new("f", "v")]);
        await using var store = new RedisRunProgressStore(Options.Create(new RedisOptions { Configuration = redis.Endpoint }));

        var deleted = await store.DeleteCampaignKeysAsync(ns, "spring", CancellationToken.None);

        Assert.Equal(gone.Length, deleted);
        foreach (var key in gone) Assert.False(await db.KeyExistsAsync(key), key);
        foreach (var key in kept) Assert.True(await db.KeyExistsAsync(key), key);
    }
}
