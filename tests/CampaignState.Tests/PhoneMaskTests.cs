using WhatsAppCampaigns.CampaignState;

namespace WhatsAppCampaigns.CampaignState.Tests;

public sealed class PhoneMaskTests
{
    [Theory]
    [InlineData("+49 000", "'+•• •00'")]                            // the review's case: was '+•9 000'
    [InlineData("+972 50-123-4567", "'+••• ••-•••-4567'")]          // long enough: the last 4 digits
    [InlineData("+97250123456789012", "'+•••••••••••••9012'")]
    [InlineData("050 123 45", "'••• •23 45'")]                     // 8 digits: half of them
    [InlineData("123", "'••3'")]                                   // short: never more than half
    [InlineData("7", "'•'")]
    [InlineData("+1", "'+•'")]
    [InlineData("  +49 (0)30 1234 ", "'  +•• (•)•• 1234 '")]         // spaces and punctuation kept
    [InlineData("call me", "'call me'")]
    [InlineData("", "''")]
    public void Mask_Input_HidesAllButTheLastDigitsAtMostHalf(string raw, string expected) =>
        Assert.Equal(expected, PhoneMask.Mask(raw));

    [Fact]
    public void Mask_LongCell_IsCutAndShowsNoDigit() =>
        Assert.Equal("'phone numbers: +••• ••-•••-•••• or +••• …'", PhoneMask.Mask("phone numbers: +972 50-123-4567 or +972 50-765-4321"));
}
