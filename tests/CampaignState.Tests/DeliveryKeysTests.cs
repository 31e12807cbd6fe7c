namespace WhatsAppCampaigns.CampaignState.Tests;

public sealed class DeliveryKeysTests
{
    [Fact]
    public void Keys_OfOneScope_ShareTheClaimsHashTag()
    {
        var scope = CampaignKeys.ScopeOf("shop", "spring");
        var keys = new DeliveryKeys(scope);
        Assert.Equal("sender:{shop/spring}:statuses", keys.Statuses);
        Assert.Equal("sender:{shop/spring}:delivery", keys.Delivery);
        Assert.Equal("sender:{shop/spring}:replied", keys.Replied);
        Assert.Equal(keys.Delivery, DeliveryKeys.DeliveryOf(scope));
        Assert.StartsWith("sender:{shop/spring}:", new CampaignKeys(scope, "s").Claims, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_PerRunScope_KeptAsGiven() =>
        Assert.Equal("sender:{shop/spring/run-3}:delivery", new DeliveryKeys("shop/spring/run-3").Delivery);

    [Fact]
    public void SessionKeys_ShareTheOptOutSetsHashTag()
    {
        Assert.Equal("optout:{main}", CampaignKeys.OptOutOf("main"));
        Assert.Equal("replies:{main}", DeliveryKeys.RepliesOf("main"));
        Assert.Equal("optout-events:{main}", DeliveryKeys.OptOutEventsOf("main"));
        Assert.Equal("lastmessage:{main}", DeliveryKeys.LastMessageOf("main"));
    }

    [Fact]
    public void FailedCodeField_Code_PrefixedInvariant() => Assert.Equal("failedCode:131026", DeliveryKeys.FailedCodeField(131026));

    [Fact]
    public void AllKeysPattern_OfTheScope_CoversTheDeliveryKeys()
    {
        var pattern = CampaignKeys.AllKeysPattern("shop/spring");
        Assert.Equal("sender:{shop/spring}:*", pattern);
        Assert.StartsWith(pattern[..^1], new DeliveryKeys("shop/spring").Statuses, StringComparison.Ordinal);
    }
}
