using WhatsAppCampaigns.CampaignState.Recipients.Formats;

namespace WhatsAppCampaigns.CampaignState.Tests.Recipients.Formats;

public sealed class DelimiterDetectorTests
{
    [Theory]
    [InlineData("phone,name\n+1,a\n+2,b\n", ',')]
    [InlineData("phone;name;city\n+1;a;x\n+2;b;y\n", ';')]
    [InlineData("phone\tname\n+1\ta\n", '\t')]
    [InlineData("phone|name\n+1|a\n", '|')]
    [InlineData("phone;amount\n+1;1,5\n+2;2,75\n", ';')]                 // decimal commas do not fool it
    [InlineData("phone,name\n\"+1\",\"Doe; John\"\n", ',')]               // delimiters inside quotes do not count
    [InlineData("phone;name\n+1;a\n+2;b,c\n", ';')]                       // comma inconsistent, semicolon consistent
    [InlineData("phone,name,city", ',')]                                  // header only, no newline
    public void Detect_FirstLines_PicksTheConsistentDelimiter(string sample, char expected) =>
        Assert.Equal(expected, DelimiterDetector.Detect(sample));

    [Theory]
    [InlineData("phone\n+972501234567\n")]
    [InlineData("")]
    [InlineData("\n\n")]
    public void Detect_SingleColumn_ReturnsNull(string sample) => Assert.Null(DelimiterDetector.Detect(sample));
}
