using System.Net;
using System.Text;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.Webhooks.Signature;
using WhatsAppCampaigns.Webhooks.Tests.Support;

namespace WhatsAppCampaigns.Webhooks.Tests.Http;

/// <summary>The receiver over HTTP: signature, handshake, malformed bodies, size limit, health.</summary>
public sealed class WebhookEndpointTests(ReceiverFixture fx) : IClassFixture<ReceiverFixture>
{
    private const string Sending = "sending|pod-1|7|1746000000000";

    private async Task<(string Scope, string Body)> FailedEventAsync()
    {
        var scope = await fx.NewScopeAsync(("+4915112345678", Sending));
        var body = Payloads.Statuses(Payloads.Status("wamid.A", "failed", 1746090000, "4915112345678",
            CallbackData.Format(scope, "+4915112345678"), code: 131026));
        return (scope, body);
    }

    private async Task AssertNothingWrittenAsync(string scope)
    {
        Assert.Equal(Sending, (string?)await fx.Db.HashGetAsync(new CampaignKeys(scope, "").Claims, "+4915112345678"));
        Assert.False(await fx.Db.KeyExistsAsync(new DeliveryKeys(scope).Delivery));
        Assert.False(await fx.Db.KeyExistsAsync(new DeliveryKeys(scope).Statuses));
    }

    [Fact]
    public async Task Post_ValidSignature_200AndApplied()
    {
        var (scope, body) = await FailedEventAsync();
        using var response = await fx.PostAsync(body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("failed|131026|7|1746090000000|Message Undeliverable", (string?)await fx.Db.HashGetAsync(new CampaignKeys(scope, "").Claims, "+4915112345678"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_OneBodyByteFlipped_403AndNothingWritten()
    {
        var (scope, body) = await FailedEventAsync();
        var signature = WebhookSignatureVerifier.Compute(ReceiverFixture.AppSecret, Encoding.UTF8.GetBytes(body));
        var flipped = body.Replace("131026", "131027", StringComparison.Ordinal); // one byte differs
        using var response = await fx.PostAsync(flipped, signature);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("does not match", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingWrittenAsync(scope);
    }

    [Fact]
    public async Task Post_SignatureOneHexDigitFlipped_403AndNothingWritten()
    {
        var (scope, body) = await FailedEventAsync();
        var signature = WebhookSignatureVerifier.Compute(ReceiverFixture.AppSecret, Encoding.UTF8.GetBytes(body));
        var last = signature[^1] == '0' ? '1' : '0';
        using var response = await fx.PostAsync(body, signature[..^1] + last);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        await AssertNothingWrittenAsync(scope);
    }

    [Fact]
    public async Task Post_SignatureMissing_401AndNothingWritten()
    {
        var (scope, body) = await FailedEventAsync();
        using var response = await fx.PostAsync(body, signature: "");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("X-Hub-Signature-256: missing", await response.Content.ReadAsStringAsync());
        await AssertNothingWrittenAsync(scope);
    }

    [Fact]
    public async Task Post_SignatureMalformed_403AndNothingWritten()
    {
        var (scope, body) = await FailedEventAsync();
        using var response = await fx.PostAsync(body, signature: "sha256=nothex");
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("malformed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await AssertNothingWrittenAsync(scope);
    }

    [Theory]
    [InlineData("{\"object\":\"whatsapp_business_account\"}", "entry: missing")]
    [InlineData("not json", "body: not valid JSON")]
    [InlineData("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"changes\":[{\"field\":\"messages\",\"value\":{\"metadata\":{\"phone_number_id\":\"1\"},\"statuses\":[{\"id\":\"w\",\"status\":\"failed\",\"timestamp\":\"1\",\"recipient_id\":\"1\",\"errors\":[{}]}]}}]}]}",
        "entry[0].changes[0].value.statuses[0].errors[0].code: missing")]
    public async Task Post_SignedButMalformed_400NamingTheField(string body, string reason)
    {
        using var response = await fx.PostAsync(body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(reason, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_LargerThanTheLimit_413()
    {
        // Expect: 100-continue, so the client waits for the answer instead of racing the early 413 with its upload.
        using var request = new HttpRequestMessage(HttpMethod.Post, fx.Receiver.CallbackUri)
        {
            Content = new ByteArrayContent(new byte[2 * 1024 * 1024]),
        };
        request.Headers.ExpectContinue = true;
        using var http = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) });
        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Get_SubscribeWithOurToken_EchoesChallengeAsText()
    {
        using var response = await fx.Http.GetAsync(new Uri(fx.Receiver.CallbackUri, $"?hub.mode=subscribe&hub.verify_token={ReceiverFixture.VerifyToken}&hub.challenge=1158201444"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1158201444", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("?hub.mode=subscribe&hub.verify_token=wrong&hub.challenge=1")]
    [InlineData("?hub.mode=unsubscribe&hub.verify_token=verify-me&hub.challenge=1")]
    [InlineData("?hub.verify_token=verify-me&hub.challenge=1")]
    [InlineData("")]
    public async Task Get_WrongTokenOrMode_403(string query)
    {
        using var response = await fx.Http.GetAsync(new Uri(fx.Receiver.CallbackUri + query));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_RedisUp_LiveAndReady()
    {
        Assert.Equal("live", await fx.Http.GetStringAsync(new Uri(fx.Receiver.BaseAddress, "healthz")));
        Assert.Equal("ready", await fx.Http.GetStringAsync(new Uri(fx.Receiver.BaseAddress, "readyz")));
    }
}
