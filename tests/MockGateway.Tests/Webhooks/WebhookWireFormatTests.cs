using System.Buffers;
using System.Text;
using System.Text.Json;
using WhatsAppCampaigns.MockGateway.Endpoints;
using WhatsAppCampaigns.MockGateway.Scenarios;
using WhatsAppCampaigns.MockGateway.Webhooks;

namespace WhatsAppCampaigns.MockGateway.Tests.Webhooks;

public sealed class WebhookWireFormatTests
{
    private static readonly long At = new DateTimeOffset(2025, 5, 1, 9, 0, 0, TimeSpan.Zero).UtcTicks; // 1746090000

    [Fact]
    public void Compute_Rfc4231TestCase2_MatchesKnownHmac() =>
        Assert.Equal("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
            WebhookSignature.Compute("Jefe", Encoding.ASCII.GetBytes("what do ya want for nothing?")));

    [Theory]
    [InlineData("""{"a":"ü"}""", """{"a":"\u00fc"}""")]
    [InlineData("""{"a":"👍"}""", """{"a":"\ud83d\udc4d"}""")]
    [InlineData("""{"a":"\uD83D\uDC4D"}""", """{"a":"\ud83d\udc4d"}""")]
    [InlineData("""{"a":"\\uABCD"}""", """{"a":"\\uABCD"}""")]
    [InlineData("""{"a":"plain \"q\""}""", """{"a":"plain \"q\""}""")]
    public void Escape_NonAsciiAndUpperHexEscapes_BecomeLowercaseEscapes(string input, string expected) =>
        Assert.Equal(expected, Encoding.ASCII.GetString(MetaJsonEscaper.Escape(Encoding.UTF8.GetBytes(input))));

    [Fact]
    public void Write_DeliveredStatus_HasTheReferenceShape()
    {
        var status = new StatusEvent
        {
            PhoneNumberId = "106540352242922", DisplayPhoneNumber = "15550783881", WaId = "4915112345678",
            LogicalTicks = At, DueTicks = At, Wamid = "wamid.X=", Status = MessageStatus.Delivered,
            BizOpaqueCallbackData = "campaign=spring-sale;recipient=000123", Category = "marketing", Billable = true,
        };

        var json = Write([status]);

        Assert.Equal(
            """{"object":"whatsapp_business_account","entry":[{"id":"102290129340398","changes":[{"value":{"messaging_product":"whatsapp","metadata":{"display_phone_number":"15550783881","phone_number_id":"106540352242922"},"statuses":[{"id":"wamid.X=","status":"delivered","timestamp":"1746090000","recipient_id":"4915112345678","biz_opaque_callback_data":"campaign=spring-sale;recipient=000123","conversation":{"id":"""
            + "\"" + SeededDraw.Hash("106540352242922/4915112345678").ToString("x16") + "\""
            + ""","origin":{"type":"marketing"}},"pricing":{"billable":true,"pricing_model":"PMP","type":"regular","category":"marketing"}}]},"field":"messages"}]}]}""",
            json);
    }

    [Fact]
    public void Write_FailedStatus_CarriesErrorsAndNoPricing()
    {
        var status = new StatusEvent
        {
            PhoneNumberId = "1", DisplayPhoneNumber = "15550783881", WaId = "4915112345678", LogicalTicks = At, DueTicks = At,
            Wamid = "wamid.X=", Status = MessageStatus.Failed, ErrorCode = 131026, Category = "marketing", Billable = true,
        };

        using var doc = JsonDocument.Parse(Write([status]));
        var s = doc.RootElement.GetProperty("entry")[0].GetProperty("changes")[0].GetProperty("value").GetProperty("statuses")[0];

        Assert.Equal("failed", s.GetProperty("status").GetString());
        var error = s.GetProperty("errors")[0];
        Assert.Equal(131026, error.GetProperty("code").GetInt32());
        Assert.Equal(error.GetProperty("title").GetString(), error.GetProperty("message").GetString());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error_data").GetProperty("details").GetString()));
        Assert.False(s.TryGetProperty("pricing", out _));
    }

    [Fact]
    public void Write_InboundReply_HasContactsMessagesAndContext()
    {
        var inbound = new InboundEvent
        {
            PhoneNumberId = "1", DisplayPhoneNumber = "15550783881", WaId = "4915112345678", LogicalTicks = At, DueTicks = At,
            Wamid = "wamid.IN=", Text = "STOP", ContextId = "wamid.OUT=",
        };

        var json = Write([inbound]);

        Assert.Contains("\"contacts\":" + """[{"profile":{"name":"User 5678"},"wa_id":"4915112345678"}]""", json);
        Assert.Contains("\"messages\":" + """[{"context":{"from":"15550783881","id":"wamid.OUT="},"from":"4915112345678","id":"wamid.IN=","timestamp":"1746090000","type":"text","text":{"body":"STOP"}}]""", json);
    }

    private static string Write(IReadOnlyList<WebhookEvent> events)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonResponseBuffer.WriterOptions))
            WebhookPayloadWriter.Write(writer, "102290129340398", events);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
