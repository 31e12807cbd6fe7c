using System.Buffers;
using System.Text;
using System.Text.Json;
using WhatsAppCampaigns.MockGateway.Endpoints;

namespace WhatsAppCampaigns.MockGateway.Tests.Endpoints;

public sealed class SendResponseWriterTests
{
    private static string Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, JsonResponseBuffer.WriterOptions)) write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    [Fact]
    public void WriteAccepted_Template_WritesTheReferenceShape()
    {
        var json = Write(w => SendResponseWriter.WriteAccepted(w, "+4915112345678", "4915112345678", "wamid.ABC=", isTemplate: true));

        Assert.Equal("""{"messaging_product":"whatsapp","contacts":[{"input":"+4915112345678","wa_id":"4915112345678"}],"messages":[{"id":"wamid.ABC=","message_status":"accepted"}]}""", json);
    }

    [Fact]
    public void WriteError_PairRateLimit_WritesTheGraphEnvelope()
    {
        var error = GraphErrors.Create(GraphErrors.PairRateLimit, "too many to one user");

        var json = Write(w => SendResponseWriter.WriteError(w, error, "A4O5a8RAgePwbcGSu"));

        Assert.Equal(429, error.HttpStatus);
        Assert.Equal("""{"error":{"message":"(#131056) (Business Account, Consumer Account) pair rate limit hit","type":"OAuthException","code":131056,"error_data":{"messaging_product":"whatsapp","details":"too many to one user"},"fbtrace_id":"A4O5a8RAgePwbcGSu"}}""", json);
    }

    [Theory]
    [InlineData(190, 401)]
    [InlineData(100, 400)]
    [InlineData(130429, 429)]
    [InlineData(131056, 429)]
    [InlineData(131048, 429)]
    [InlineData(132000, 400)]
    [InlineData(132001, 404)]
    [InlineData(131000, 500)]
    [InlineData(2, 503)]
    public void Describe_Code_HasTheReferenceHttpStatus(int code, int status) =>
        Assert.Equal(status, GraphErrors.Describe(code).HttpStatus);
}
