using WhatsAppCampaigns.CampaignState.Credentials;

namespace WhatsAppCampaigns.CampaignState.Tests.Credentials;

public sealed class CredentialsCheckTests
{
    [Theory]
    // The empty send is refused after authentication: the token and number are good.
    [InlineData(400, 131008, null, CredentialsVerdict.Accepted, "GatewayReachable")]
    [InlineData(400, 100, null, CredentialsVerdict.Accepted, "GatewayReachable")]
    [InlineData(400, 131009, null, CredentialsVerdict.Accepted, "GatewayReachable")]
    [InlineData(400, null, null, CredentialsVerdict.Accepted, "GatewayReachable")]
    [InlineData(200, null, null, CredentialsVerdict.Accepted, "GatewayReachable")]
    // The token.
    [InlineData(401, 190, 463, CredentialsVerdict.CredentialsRejected, "CredentialsRejected")]
    [InlineData(401, 0, null, CredentialsVerdict.CredentialsRejected, "CredentialsRejected")]
    [InlineData(400, 190, null, CredentialsVerdict.CredentialsRejected, "CredentialsRejected")]
    [InlineData(401, null, null, CredentialsVerdict.CredentialsRejected, "CredentialsRejected")]
    [InlineData(403, null, null, CredentialsVerdict.CredentialsRejected, "CredentialsRejected")]
    [InlineData(403, 10, null, CredentialsVerdict.CredentialsRejected, "CredentialsRejected")]
    [InlineData(403, 200, null, CredentialsVerdict.CredentialsRejected, "CredentialsRejected")]
    [InlineData(403, 131005, null, CredentialsVerdict.CredentialsRejected, "CredentialsRejected")]
    [InlineData(500, 3, null, CredentialsVerdict.CredentialsRejected, "CredentialsRejected")]
    // The number.
    [InlineData(400, 100, 33, CredentialsVerdict.PhoneNumberNotFound, "PhoneNumberNotFound")]
    [InlineData(404, null, null, CredentialsVerdict.PhoneNumberNotFound, "PhoneNumberNotFound")]
    // The account.
    [InlineData(403, 131031, null, CredentialsVerdict.AccountRestricted, "AccountRestricted")]
    [InlineData(400, 133010, null, CredentialsVerdict.AccountRestricted, "AccountRestricted")]
    [InlineData(400, 131042, null, CredentialsVerdict.AccountRestricted, "AccountRestricted")]
    // Try later.
    [InlineData(429, 130429, null, CredentialsVerdict.Throttled, "GatewayReachable")]
    [InlineData(429, 4, null, CredentialsVerdict.Throttled, "GatewayReachable")]
    [InlineData(429, null, null, CredentialsVerdict.Throttled, "GatewayReachable")]
    [InlineData(503, 2, null, CredentialsVerdict.Unavailable, "GatewayUnavailable")]
    [InlineData(400, 1, null, CredentialsVerdict.Unavailable, "GatewayUnavailable")]
    [InlineData(500, 131000, null, CredentialsVerdict.Unavailable, "GatewayUnavailable")]
    [InlineData(502, null, null, CredentialsVerdict.Unavailable, "GatewayUnavailable")]
    public void Classify_Answer_GivesVerdictAndReason(int status, int? code, int? subcode, CredentialsVerdict verdict, string reason)
    {
        var result = CredentialsCheck.Classify(status, code, subcode);
        Assert.Equal((verdict, reason), (result.Verdict, result.Reason));
    }

    [Fact]
    public void Classify_GraphEnvelope_ReadsCodeAndSubcode()
    {
        const string body = """
            {"error":{"message":"Unsupported post request. Object with ID '123' does not exist","type":"GraphMethodException","code":100,"error_subcode":33,"fbtrace_id":"A1"}}
            """;
        var result = CredentialsCheck.Classify(400, body);
        Assert.Equal(CredentialsVerdict.PhoneNumberNotFound, result.Verdict);
        Assert.Equal("the gateway does not know spec.phoneNumberId (HTTP 400, error 100/33)", result.Message);
    }

    [Theory]
    [InlineData(401, "<html>Unauthorized</html>", CredentialsVerdict.CredentialsRejected)]
    [InlineData(502, "", CredentialsVerdict.Unavailable)]
    [InlineData(400, """{"error":"not an envelope"}""", CredentialsVerdict.Accepted)]
    [InlineData(400, """{"error":{"code":"190"}}""", CredentialsVerdict.Accepted)]
    [InlineData(400, """[1,2]""", CredentialsVerdict.Accepted)]
    public void Classify_BodyNotAGraphEnvelope_StatusDecides(int status, string body, CredentialsVerdict verdict) =>
        Assert.Equal(verdict, CredentialsCheck.Classify(status, body).Verdict);

    [Theory]
    [InlineData(CredentialsVerdict.Accepted, true, false)]
    [InlineData(CredentialsVerdict.Throttled, true, true)]
    [InlineData(CredentialsVerdict.Unavailable, false, true)]
    [InlineData(CredentialsVerdict.Unreachable, false, true)]
    [InlineData(CredentialsVerdict.CredentialsRejected, false, false)]
    [InlineData(CredentialsVerdict.PhoneNumberNotFound, false, false)]
    [InlineData(CredentialsVerdict.AccountRestricted, false, false)]
    public void Result_SaysWhetherTokenWasAcceptedAndWhetherToTryLater(CredentialsVerdict verdict, bool accepted, bool transient)
    {
        var result = new CredentialsCheckResult(verdict, "Reason", "message");
        Assert.Equal((accepted, transient), (result.CredentialsAccepted, result.Transient));
    }

    [Fact]
    public void Unreachable_KeepsTheDetail()
    {
        var result = CredentialsCheck.Unreachable("spec.apiBaseUrl http://x: no answer within 10 s");
        Assert.Equal((CredentialsVerdict.Unreachable, "GatewayUnreachable", "spec.apiBaseUrl http://x: no answer within 10 s"),
            (result.Verdict, result.Reason, result.Message));
    }

    [Fact]
    public void RequestBody_NamesNoRecipient() =>
        Assert.Equal("""{"messaging_product":"whatsapp"}""", CredentialsCheck.RequestBody);
}
