using WhatsAppCampaigns.SenderWorker.Gateway;

namespace WhatsAppCampaigns.SenderWorker.Tests.Gateway;

public sealed class ErrorClassifierTests
{
    [Theory]
    [InlineData(131000, 500, ErrorClass.Unavailable)]
    [InlineData(2, 503, ErrorClass.Unavailable)]
    [InlineData(131057, 500, ErrorClass.Unavailable)]
    [InlineData(130429, 429, ErrorClass.Throttle)]
    [InlineData(80007, 429, ErrorClass.Throttle)]
    [InlineData(131056, 429, ErrorClass.RecipientThrottle)]
    [InlineData(190, 401, ErrorClass.CampaignStop)]
    [InlineData(0, 401, ErrorClass.CampaignStop)]
    [InlineData(131048, 429, ErrorClass.CampaignStop)]
    [InlineData(132015, 400, ErrorClass.CampaignStop)]
    [InlineData(132016, 400, ErrorClass.CampaignStop)]
    [InlineData(132001, 404, ErrorClass.CampaignStop)]
    [InlineData(250, 403, ErrorClass.CampaignStop)]
    [InlineData(131026, 400, ErrorClass.RecipientPermanent)]
    [InlineData(131050, 400, ErrorClass.RecipientPermanent)]
    [InlineData(131009, 400, ErrorClass.RecipientPermanent)]
    [InlineData(999999, 503, ErrorClass.Unavailable)]
    [InlineData(999999, 429, ErrorClass.Throttle)]
    [InlineData(999999, 403, ErrorClass.CampaignStop)]
    [InlineData(999999, 400, ErrorClass.RecipientPermanent)]
    public void Classify_GraphCode_FollowsTheReferenceTable(int code, int status, ErrorClass expected) =>
        Assert.Equal(expected, ErrorClassifier.Classify(GatewayReply.Error(status, code, "x")));

    [Fact]
    public void Classify_ConnectionRefused_IsUnavailableNotLost() =>
        Assert.Equal(ErrorClass.Unavailable, ErrorClassifier.Classify(GatewayReply.NoResponse(TransportFailure.NotConnected, "refused")));

    [Fact]
    public void Classify_ResetAfterSending_IsLostReply() =>
        Assert.Equal(ErrorClass.LostReply, ErrorClassifier.Classify(GatewayReply.NoResponse(TransportFailure.ReplyLost, "reset")));

    [Fact]
    public void Classify_5xxWithoutGraphBody_IsUnavailable() =>
        Assert.Equal(ErrorClass.Unavailable, ErrorClassifier.Classify(GatewayReplyParser.Parse(502, "<html>bad gateway</html>"u8)));

    [Fact]
    public void Parse_SuccessBody_ReadsWamid()
    {
        var reply = GatewayReplyParser.Parse(200, """{"messaging_product":"whatsapp","contacts":[{"input":"+49151","wa_id":"49151"}],"messages":[{"id":"wamid.ABC=="}]}"""u8);
        Assert.Equal(ErrorClass.Success, ErrorClassifier.Classify(reply));
        Assert.Equal("wamid.ABC==", reply.Wamid);
    }

    [Fact]
    public void Parse_GraphEnvelope_ReadsCodeSubcodeAndMessage()
    {
        var reply = GatewayReplyParser.Parse(401, """{"error":{"message":"Invalid OAuth access token","type":"OAuthException","code":190,"error_subcode":467,"fbtrace_id":"A"}}"""u8);
        Assert.Equal((190, 467, "Invalid OAuth access token"), (reply.ErrorCode!.Value, reply.ErrorSubcode!.Value, reply.Message!));
    }

    [Fact]
    public void Parse_SuccessWithoutMessageId_IsLostNotSent() =>
        Assert.Equal(ErrorClass.LostReply, ErrorClassifier.Classify(GatewayReplyParser.Parse(200, "{}"u8)));
}
