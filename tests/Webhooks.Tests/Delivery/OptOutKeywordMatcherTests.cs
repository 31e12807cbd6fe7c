using WhatsAppCampaigns.Webhooks.Delivery;

namespace WhatsAppCampaigns.Webhooks.Tests.Delivery;

public sealed class OptOutKeywordMatcherTests
{
    private static readonly OptOutKeywordMatcher Defaults = new(OptOutKeywordMatcher.Defaults);

    [Theory]
    [InlineData("STOP")]
    [InlineData("stop")]
    [InlineData("  Stop \n")]
    [InlineData("UNSUBSCRIBE")]
    [InlineData("stopp")]
    [InlineData("Baja")]
    [InlineData("arret")]
    [InlineData("Arrêt")]
    [InlineData("ARRE\u0302T")] // decomposed Ê
    [InlineData("הסר")]
    [InlineData(" הסר ")]
    public void IsOptOut_DefaultKeyword_True(string text) => Assert.True(Defaults.IsOptOut(text));

    [Theory]
    [InlineData("please stop")]
    [InlineData("STOP!")]
    [InlineData("stopping")]
    [InlineData("S T O P")]
    [InlineData("")]
    [InlineData(null)]
    public void IsOptOut_NotTheWholeMessage_False(string? text) => Assert.False(Defaults.IsOptOut(text));

    [Fact]
    public void IsOptOut_ConfiguredMultiWordKeyword_InnerWhitespaceCollapsed()
    {
        var matcher = new OptOutKeywordMatcher(["stop promotions", " "]);
        Assert.True(matcher.IsOptOut("Stop \t  PROMOTIONS"));
        Assert.False(matcher.IsOptOut("STOP"));
        Assert.False(matcher.IsOptOut(" "));
    }
}
