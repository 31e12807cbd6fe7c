namespace WhatsAppCampaigns.CampaignState.Tests;

public sealed class CallbackDataTests
{
    [Theory]
    [InlineData("+972522000001")]
    [InlineData("customer;42|x=y")]
    public void TryParse_WhatFormatWrote_GivesScopeAndKeyBack(string key)
    {
        var data = CallbackData.Format("shop/spring-sale", key);
        Assert.True(CallbackData.TryParse(data, out var scope, out var parsed));
        Assert.Equal(("shop/spring-sale", key), (scope, parsed));
    }

    [Fact]
    public void Format_LongRecipientId_StaysWithin512AndIsNotParsedAsAKey()
    {
        var data = CallbackData.Format("shop/spring", new string('x', 600));
        Assert.True(data.Length <= CallbackData.MaxLength, data);
        Assert.StartsWith("scope=shop/spring;recipient-sha256=", data, StringComparison.Ordinal);
        Assert.False(CallbackData.TryParse(data, out _, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("order-1234")]
    [InlineData("scope=shop/spring")]
    [InlineData("scope=;recipient=+1")]
    [InlineData("scope=shop/spring;recipient=")]
    [InlineData("scope=shop/spring;other=+1")]
    public void TryParse_ForeignOrIncompleteData_IsFalse(string? data) => Assert.False(CallbackData.TryParse(data, out _, out _));
}
