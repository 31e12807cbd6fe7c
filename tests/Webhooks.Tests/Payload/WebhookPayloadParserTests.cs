using System.Text;
using WhatsAppCampaigns.Webhooks.Payload;

namespace WhatsAppCampaigns.Webhooks.Tests.Payload;

public sealed class WebhookPayloadParserTests
{
    private const string Head = """{"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},""";
    private const string Tail = "}}]}]}";

    private static WebhookPayload Parse(string body)
    {
        Assert.True(WebhookPayloadParser.TryParse(Encoding.UTF8.GetBytes(body), out var payload, out var error), error);
        return payload!;
    }

    private static string Error(string body)
    {
        Assert.False(WebhookPayloadParser.TryParse(Encoding.UTF8.GetBytes(body), out _, out var error));
        return error!;
    }

    [Fact]
    public void TryParse_DeliveredStatusFromTheReference_AllFields()
    {
        var status = Assert.Single(Parse(Head + """
            "statuses":[{"id":"wamid.HBgN","status":"delivered","timestamp":"1746090000","recipient_id":"4915112345678",
            "biz_opaque_callback_data":"scope=shop/spring;recipient=+4915112345678",
            "conversation":{"id":"7270","expiration_timestamp":"1746176400","origin":{"type":"marketing"}},
            "pricing":{"billable":true,"pricing_model":"PMP","type":"regular","category":"marketing"},"user_id":"US.1349"}]
            """ + Tail).Statuses);
        Assert.Equal(new StatusUpdate("106540352242922", "wamid.HBgN", "delivered", 1746090000, "4915112345678",
            "scope=shop/spring;recipient=+4915112345678", null, new StatusPricing(true, "PMP", "regular", "marketing")), status);
    }

    [Fact]
    public void TryParse_FailedStatus_FirstErrorWithDetails()
    {
        var status = Assert.Single(Parse(Head + """
            "statuses":[{"id":"wamid.X","status":"failed","timestamp":"1746090000","recipient_id":"49151",
            "errors":[{"code":131047,"title":"Re-engagement message","message":"Re-engagement message","error_data":{"details":"older than 24 hours"},"href":"h"},{"code":1}]}]
            """ + Tail).Statuses);
        Assert.Equal(new WebhookError(131047, "Re-engagement message", "Re-engagement message", "older than 24 hours"), status.Error);
        Assert.Equal("older than 24 hours", status.Error!.Describe());
        Assert.Null(status.CallbackData);
    }

    [Fact]
    public void TryParse_TextButtonAndInteractiveReplies_TextPayloadAndContext()
    {
        var messages = Parse(Head + """
            "contacts":[{"profile":{"name":"Anna"},"wa_id":"4915112345678"}],
            "messages":[
              {"from":"4915112345678","id":"wamid.1","timestamp":"1746090100","type":"text","text":{"body":"Yes please"},"context":{"from":"15550783881","id":"wamid.ours"}},
              {"from":"4915112345678","id":"wamid.2","timestamp":"1746090101","type":"button","button":{"payload":"STOP_PROMOS","text":"Stop promotions"},"context":{"id":"wamid.tpl"}},
              {"from":"4915112345678","id":"wamid.3","timestamp":"1746090102","type":"interactive","interactive":{"type":"button_reply","button_reply":{"id":"yes-1","title":"Yes"}}},
              {"from":"4915112345678","id":"wamid.4","timestamp":"1746090103","type":"interactive","interactive":{"type":"list_reply","list_reply":{"id":"r2","title":"Row 2","description":"d"}}},
              {"from":"4915112345678","id":"wamid.5","timestamp":"1746090104","type":"image","image":{"id":"m1"}}]
            """ + Tail).Messages;
        Assert.Equal(
        [
            new InboundMessage("106540352242922", "4915112345678", "wamid.1", 1746090100, "text", "Yes please", null, "wamid.ours"),
            new InboundMessage("106540352242922", "4915112345678", "wamid.2", 1746090101, "button", "Stop promotions", "STOP_PROMOS", "wamid.tpl"),
            new InboundMessage("106540352242922", "4915112345678", "wamid.3", 1746090102, "interactive", "Yes", "yes-1", null),
            new InboundMessage("106540352242922", "4915112345678", "wamid.4", 1746090103, "interactive", "Row 2", "r2", null),
            new InboundMessage("106540352242922", "4915112345678", "wamid.5", 1746090104, "image", null, null, null),
        ], messages);
    }

    [Fact]
    public void TryParse_UserPreferences_NumericTimestamp()
    {
        var change = Assert.Single(Parse("""
            {"object":"whatsapp_business_account","entry":[{"id":"1","changes":[{"field":"user_preferences","value":{"messaging_product":"whatsapp",
            "metadata":{"display_phone_number":"1","phone_number_id":"106540352242922"},
            "user_preferences":[{"wa_id":"4915112345678","detail":"User requested to stop marketing messages","category":"marketing_messages","value":"stop","timestamp":1746090200}]}}]}]}
            """).Preferences);
        Assert.Equal(new PreferenceChange("106540352242922", "4915112345678", "marketing_messages", "stop", 1746090200), change);
    }

    [Fact]
    public void TryParse_OtherFieldsPlayedStatusAndSystemErrors_IgnoredAndCounted()
    {
        var payload = Parse("""
            {"object":"whatsapp_business_account","future":{"x":[1]},"entry":[{"id":"1","changes":[
              {"field":"message_template_status_update","value":{"event":"APPROVED"}},
              {"field":"messages","value":{"metadata":{"phone_number_id":"9"},"statuses":[{"id":"w","status":"played","timestamp":"1","recipient_id":"1"}],"errors":[{"code":131000}]}}]}]}
            """);
        Assert.Empty(payload.Statuses);
        Assert.Equal(3, payload.Ignored);
    }

    [Theory]
    [InlineData("", "body: empty")]
    [InlineData("{not json", "body: not valid JSON")]
    [InlineData("[]", "body: expected a JSON object")]
    [InlineData("""{"entry":[]}""", "object: missing")]
    [InlineData("""{"object":"page","entry":[]}""", "object: expected \"whatsapp_business_account\"")]
    [InlineData("""{"object":"whatsapp_business_account"}""", "entry: missing")]
    [InlineData("""{"object":"whatsapp_business_account","entry":{}}""", "entry: expected an array")]
    [InlineData("""{"object":"whatsapp_business_account","entry":[7]}""", "entry[0]: expected an object")]
    [InlineData("""{"object":"whatsapp_business_account","entry":[{"id":"1"}]}""", "entry[0].changes: missing")]
    [InlineData("""{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages"}]}]}""", "entry[0].changes[0].value: missing")]
    [InlineData("""{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"statuses":[]}}]}]}""", "entry[0].changes[0].value.metadata: missing")]
    [InlineData("""{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"messages","value":{"metadata":{"phone_number_id":5}}}]}]}""", "entry[0].changes[0].value.metadata.phone_number_id: expected a non-empty string")]
    [InlineData(Head + "\"statuses\":{}" + Tail, "entry[0].changes[0].value.statuses: expected an array")]
    [InlineData(Head + "\"statuses\":[{\"status\":\"sent\",\"timestamp\":\"1\",\"recipient_id\":\"1\"}]" + Tail, "entry[0].changes[0].value.statuses[0].id: missing")]
    [InlineData(Head + "\"statuses\":[{\"id\":\"w\",\"timestamp\":\"1\",\"recipient_id\":\"1\"}]" + Tail, "entry[0].changes[0].value.statuses[0].status: missing")]
    [InlineData(Head + "\"statuses\":[{\"id\":\"w\",\"status\":\"sent\",\"timestamp\":\"yesterday\",\"recipient_id\":\"1\"}]" + Tail, "entry[0].changes[0].value.statuses[0].timestamp: expected Unix seconds")]
    [InlineData(Head + "\"statuses\":[{\"id\":\"w\",\"status\":\"sent\",\"timestamp\":\"1\"}]" + Tail, "entry[0].changes[0].value.statuses[0].recipient_id: missing")]
    [InlineData(Head + "\"statuses\":[{\"id\":\"w\",\"status\":\"sent\",\"timestamp\":\"1\",\"recipient_id\":\"1\",\"biz_opaque_callback_data\":5}]" + Tail, "entry[0].changes[0].value.statuses[0].biz_opaque_callback_data: expected a string")]
    [InlineData(Head + "\"statuses\":[{\"id\":\"w\",\"status\":\"failed\",\"timestamp\":\"1\",\"recipient_id\":\"1\"}]" + Tail, "entry[0].changes[0].value.statuses[0].errors: missing")]
    [InlineData(Head + "\"statuses\":[{\"id\":\"w\",\"status\":\"failed\",\"timestamp\":\"1\",\"recipient_id\":\"1\",\"errors\":[]}]" + Tail, "entry[0].changes[0].value.statuses[0].errors: a failed status needs a non-empty array")]
    [InlineData(Head + "\"statuses\":[{\"id\":\"w\",\"status\":\"failed\",\"timestamp\":\"1\",\"recipient_id\":\"1\",\"errors\":[{\"code\":\"131026\"}]}]" + Tail, "entry[0].changes[0].value.statuses[0].errors[0].code: expected an integer")]
    [InlineData(Head + "\"messages\":[{\"id\":\"w\",\"timestamp\":\"1\",\"type\":\"text\",\"text\":{\"body\":\"hi\"}}]" + Tail, "entry[0].changes[0].value.messages[0].from: missing")]
    [InlineData(Head + "\"messages\":[{\"from\":\"1\",\"id\":\"w\",\"timestamp\":\"1\",\"type\":\"text\"}]" + Tail, "entry[0].changes[0].value.messages[0].text: missing")]
    [InlineData(Head + "\"messages\":[{\"from\":\"1\",\"id\":\"w\",\"timestamp\":\"1\",\"type\":\"text\",\"text\":{\"body\":\"\"}}]" + Tail, "entry[0].changes[0].value.messages[0].text.body: expected a non-empty string")]
    [InlineData("""{"object":"whatsapp_business_account","entry":[{"changes":[{"field":"user_preferences","value":{"metadata":{"phone_number_id":"1"},"user_preferences":[{"wa_id":"1","timestamp":1}]}}]}]}""", "entry[0].changes[0].value.user_preferences[0].value: missing")]
    public void TryParse_Malformed_ReasonNamesTheField(string body, string reason) =>
        Assert.StartsWith(reason, Error(body), StringComparison.Ordinal);

    [Fact]
    public void TryParse_DeeplyNested_RefusedNotThrown() =>
        Assert.StartsWith("body: not valid JSON", Error(new string('[', 10_000) + new string(']', 10_000)), StringComparison.Ordinal);
}
