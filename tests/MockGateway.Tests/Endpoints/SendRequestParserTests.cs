using System.Buffers;
using System.Text;
using WhatsAppCampaigns.MockGateway.Endpoints;

namespace WhatsAppCampaigns.MockGateway.Tests.Endpoints;

public sealed class SendRequestParserTests
{
    private static (GraphError? Error, SendRequest Request) Parse(string json)
    {
        var request = new SendRequest();
        return (SendRequestParser.Parse(new ReadOnlySequence<byte>(Encoding.UTF8.GetBytes(json)), request), request);
    }

    [Fact]
    public void Parse_ReferenceTemplateExample_ReadsNameLanguageAndParameterCounts()
    {
        var (error, request) = Parse("""
            { "messaging_product": "whatsapp", "to": "4915112345678", "type": "template",
              "template": { "name": "spring_offer", "language": { "code": "de", "policy": "deterministic" },
                "components": [
                  { "type": "header", "parameters": [ { "type": "image", "image": { "link": "https://cdn.example.com/h.png" } } ] },
                  { "type": "body", "parameters": [
                      { "type": "text", "text": "Anna" },
                      { "type": "currency", "currency": { "fallback_value": "€10", "code": "EUR", "amount_1000": 10000 } },
                      { "type": "date_time", "date_time": { "fallback_value": "1 May 2026" } } ] },
                  { "type": "button", "sub_type": "quick_reply", "index": "0", "parameters": [ { "type": "payload", "payload": "STOP_PROMOS" } ] },
                  { "type": "button", "sub_type": "url", "index": "1", "parameters": [ { "type": "text", "text": "abc123" } ] } ] },
              "biz_opaque_callback_data": "campaign=spring-sale;recipient=000123" }
            """);

        Assert.Null(error);
        Assert.Equal((MessageKind.Template, "spring_offer", "de"), (request.Kind, request.TemplateName, request.TemplateLanguage));
        Assert.Equal((1, 3, 2), (request.HeaderParameterCount, request.BodyParameterCount, request.ButtonParameterCount));
        Assert.Equal(["https://cdn.example.com/h.png", "Anna", "€10", "1 May 2026", "STOP_PROMOS", "abc123"], request.TemplateParameters);
        Assert.Equal("campaign=spring-sale;recipient=000123", request.BizOpaqueCallbackData);
    }

    [Fact]
    public void Parse_ReferenceTextExample_ReadsBodyAndPreviewUrl()
    {
        var (error, request) = Parse("""
            {"messaging_product":"whatsapp","recipient_type":"individual","to":"+4915112345678","type":"text",
             "text":{"preview_url":true,"body":"Hello Anna, your table is ready."},"context":{"message_id":"wamid.X"},"future_field":[1,{"a":2}]}
            """);

        Assert.Null(error);
        Assert.Equal((MessageKind.Text, "Hello Anna, your table is ready.", true), (request.Kind, request.TextBody, request.PreviewUrl));
        Assert.Equal(("+4915112345678", "individual", "wamid.X"), (request.To, request.RecipientType, request.ContextMessageId));
    }

    [Theory]
    [InlineData("""{"messaging_product":"whatsapp","recipient_type":"individual"}""", "whatsapp", "individual")]
    [InlineData("""{"messaging_product":"WhatsApp","recipient_type":"group"}""", "WhatsApp", "group")]
    [InlineData("""{"messaging_product":"what\u0073app","recipient_type":null}""", "whatsapp", null)]
    public void Parse_ProductAndRecipientType_ReadsTheValueAsSent(string json, string product, string? recipientType)
    {
        var (error, request) = Parse(json);

        Assert.Null(error);
        Assert.Equal((product, recipientType), (request.MessagingProduct, request.RecipientType));
    }

    [Fact]
    public void Parse_TextWithoutTemplate_HasNoTemplateParameters()
    {
        var (_, request) = Parse("""{"messaging_product":"whatsapp","to":"+4915112345678","type":"text","text":{"body":"hi"}}""");

        Assert.Empty(request.TemplateParameters);
    }

    [Theory]
    [InlineData("""[1,2]""", "must be a JSON object")]
    [InlineData("""{"to":4915112345678}""", "to must be a string")]
    [InlineData("""{"text":"hello"}""", "text must be an object")]
    [InlineData("""{"template":{"components":[{"type":"footer","parameters":[]}]}}""", "components[0].type must be header, body or button")]
    [InlineData("""{"messaging_product":"whatsapp",""", "not valid JSON")]
    public void Parse_BadShape_Returns100NamingTheField(string json, string expected)
    {
        var (error, _) = Parse(json);

        Assert.NotNull(error);
        Assert.Equal(100, error.Code);
        Assert.Contains(expected, error.Details);
    }

    [Fact]
    public void Parse_BodySplitAcrossSegments_ReadsTheSame()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"messaging_product":"whatsapp","to":"+4915112345678","type":"text","text":{"body":"split"}}""");
        var first = new Segment(bytes.AsMemory(0, 20));
        var last = first.Append(bytes.AsMemory(20));
        var request = new SendRequest();

        var error = SendRequestParser.Parse(new ReadOnlySequence<byte>(first, 0, last, last.Memory.Length), request);

        Assert.Null(error);
        Assert.Equal("split", request.TextBody);
    }

    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(ReadOnlyMemory<byte> memory) => Memory = memory;

        public Segment Append(ReadOnlyMemory<byte> memory)
        {
            var next = new Segment(memory) { RunningIndex = RunningIndex + Memory.Length };
            Next = next;
            return next;
        }
    }
}
