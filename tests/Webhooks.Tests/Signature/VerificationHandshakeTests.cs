using WhatsAppCampaigns.Webhooks.Signature;

namespace WhatsAppCampaigns.Webhooks.Tests.Signature;

public sealed class VerificationHandshakeTests
{
    [Fact]
    public void Answer_SubscribeWithOurToken_EchoesChallenge() =>
        Assert.Equal("1158201444", VerificationHandshake.Answer("subscribe", "tok", "1158201444", "tok"));

    [Theory]
    [InlineData("subscribe", "wrong", "1")]
    [InlineData("unsubscribe", "tok", "1")]
    [InlineData(null, "tok", "1")]
    [InlineData("subscribe", null, "1")]
    [InlineData("subscribe", "tok", null)]
    [InlineData("subscribe", "TOK", "1")]
    public void Answer_AnythingElse_Refused(string? mode, string? token, string? challenge) =>
        Assert.Null(VerificationHandshake.Answer(mode, token, challenge, "tok"));

    [Fact]
    public void Answer_NoConfiguredToken_Refused() => Assert.Null(VerificationHandshake.Answer("subscribe", "", "1", ""));
}
