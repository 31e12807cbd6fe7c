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
}
