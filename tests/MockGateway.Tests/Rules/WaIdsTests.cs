using WhatsAppCampaigns.MockGateway.Rules;

namespace WhatsAppCampaigns.MockGateway.Tests.Rules;

public sealed class WaIdsTests
{
    [Theory]
    [InlineData("+4915112345678", "4915112345678")]
    [InlineData("4915112345678", "4915112345678")]
    [InlineData("+49 (151) 123-456.78", "4915112345678")]
    [InlineData("+1234567", "1234567")]
    public void TryNormalize_PhoneWithFormatting_ReturnsDigits(string to, string waId)
    {
        Assert.True(WaIds.TryNormalize(to, out var result));
        Assert.Equal(waId, result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("123456")]
    [InlineData("1234567890123456")]
    [InlineData("49+151")]
    [InlineData("+49 151 CALL")]
    public void TryNormalize_NotAPhone_ReturnsFalse(string to) => Assert.False(WaIds.TryNormalize(to, out _));
}
