using System.Text;
using WhatsAppCampaigns.MockGateway.Webhooks;
using WhatsAppCampaigns.Webhooks.Signature;

namespace WhatsAppCampaigns.Webhooks.Tests.Signature;

public sealed class WebhookSignatureVerifierTests
{
    private const string Secret = "app-secret";
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"object":"whatsapp_business_account","entry":[]}""");

    [Fact]
    public void Check_SignatureOfTheBody_Valid() =>
        Assert.Equal(SignatureCheck.Valid, WebhookSignatureVerifier.Check(Secret, Body, WebhookSignatureVerifier.Compute(Secret, Body)));

    [Fact]
    public void Check_MockGatewaySignature_Valid() =>
        Assert.Equal(SignatureCheck.Valid, WebhookSignatureVerifier.Check(Secret, Body, WebhookSignature.Compute(Secret, Body)));

    [Fact]
    public void Compute_KnownVector_MatchesHmacSha256Hex() =>
        // HMAC-SHA256("key", "The quick brown fox jumps over the lazy dog"), RFC 4231-style known answer.
        Assert.Equal("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
            WebhookSignatureVerifier.Compute("key", "The quick brown fox jumps over the lazy dog"u8));

    [Fact]
    public void Check_UppercaseHex_Valid() =>
        Assert.Equal(SignatureCheck.Valid, WebhookSignatureVerifier.Check(Secret, Body, "sha256=" + WebhookSignatureVerifier.Compute(Secret, Body)[7..].ToUpperInvariant()));

    [Fact]
    public void Check_OneBodyByteFlipped_Mismatch()
    {
        var header = WebhookSignatureVerifier.Compute(Secret, Body);
        var flipped = (byte[])Body.Clone();
        flipped[10] ^= 0x01;
        Assert.Equal(SignatureCheck.Mismatch, WebhookSignatureVerifier.Check(Secret, flipped, header));
    }

    [Fact]
    public void Check_OtherSecret_Mismatch() =>
        Assert.Equal(SignatureCheck.Mismatch, WebhookSignatureVerifier.Check(Secret, Body, WebhookSignatureVerifier.Compute("other", Body)));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Check_NoHeader_Missing(string? header) =>
        Assert.Equal(SignatureCheck.Missing, WebhookSignatureVerifier.Check(Secret, Body, header));

    [Theory]
    [InlineData("sha1=0123")]
    [InlineData("sha256=")]
    [InlineData("sha256=abc")]
    [InlineData("sha256=zz00000000000000000000000000000000000000000000000000000000000000")]
    [InlineData("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8")]
    [InlineData("sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd800")]
    public void Check_NotSha256Hex_Malformed(string header) =>
        Assert.Equal(SignatureCheck.Malformed, WebhookSignatureVerifier.Check(Secret, Body, header));
}
