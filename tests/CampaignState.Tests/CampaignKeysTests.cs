namespace WhatsAppCampaigns.CampaignState.Tests;

public sealed class CampaignKeysTests
{
    [Fact]
    public void Keys_OfOneCampaign_ShareTheScopeHashTag()
    {
        var keys = new CampaignKeys(CampaignKeys.ScopeOf("shop", "spring"), "main-number");
        Assert.Equal("sender:{shop/spring}:claims", keys.Claims);
        Assert.Equal("sender:{shop/spring}:fence", keys.Fence);
        Assert.Equal("sender:{shop/spring}:progress:run-7", keys.Progress("run-7"));
        Assert.Equal("sender:{shop/spring}:rows:run-7", keys.RowOutcomes("run-7"));
        Assert.Equal("optout:{main-number}", keys.OptOut);
    }

    [Fact]
    public void AllKeysPattern_ScopeWithGlobCharacters_IsEscaped() =>
        Assert.Equal(@"sender:{a\*b/c\?\[d}:*", CampaignKeys.AllKeysPattern("a*b/c?[d"));

    [Fact]
    public void ClaimsScope_RunAndSession_ClaimsFenceAndFirstRowsMoveProgressStays()
    {
        var run = new CampaignKeys(CampaignKeys.ScopeOf("shop", "spring"), "main") { ClaimsScope = CampaignKeys.RunClaimsScopeOf("shop", "spring", "r1") };
        var session = run with { ClaimsScope = CampaignKeys.SessionClaimsScopeOf("shop", "main") };

        Assert.Equal("sender:{shop/spring/run/r1}:claims", run.Claims);
        Assert.Equal("sender:{shop/spring/run/r1}:fence", run.Fence);
        Assert.Equal("sender:{shop/spring/run/r1}:firstrows:shop/spring:r1", run.FirstRows("r1"));
        Assert.Equal("sender:{shop/session/main}:claims", session.Claims);
        Assert.Equal("sender:{shop/spring}:progress:r1", session.Progress("r1"));
    }

    [Fact]
    public void ClaimsScope_Default_IsTheCampaignScopeSoAWebhookRebuildsTheClaimsKeyFromCallbackScope() =>
        Assert.Equal(new CampaignKeys("shop/spring/run/r1", "").Claims,
            (new CampaignKeys("shop/spring", "main") { ClaimsScope = "shop/spring/run/r1" }).Claims);

    [Fact]
    public void RunClaimsKeysPattern_Campaign_MatchesItsRunsOnly() =>
        Assert.Equal(@"sender:{shop/spring/run/*}:*", CampaignKeys.RunClaimsKeysPattern("shop", "spring"));
}
