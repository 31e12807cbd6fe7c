using System.Net;
using System.Text;
using StackExchange.Redis;
using TestSupport;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.WebhookReceiver.Hosting;
using WhatsAppCampaigns.WebhookReceiver.Metrics;
using WhatsAppCampaigns.Webhooks.Signature;
using WhatsAppCampaigns.Webhooks.Tests.Support;

namespace WhatsAppCampaigns.Webhooks.Tests.Metrics;

/// <summary>
/// The real receiver on loopback and a real redis-server, driven over HTTP, then scraped at <c>/metrics</c>:
/// exact counts per label. Each test starts its own receiver, so its registry starts empty.
/// </summary>
public sealed class ReceiverMetricsEndpointTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>, IAsyncLifetime
{
    private const string Sending = "sending|pod-1|7|1746000000000";
    private const string Requests = ReceiverMetrics.RequestsTotal;
    private const string Events = ReceiverMetrics.EventsTotal;
    private const string Failures = ReceiverMetrics.FailuresTotal;

    private HttpClient Http { get; } = new();
    private WebhookReceiverHost? _receiver;
    private ConnectionMultiplexer? _mux;

    private WebhookReceiverHost Receiver => _receiver!;

    public async Task InitializeAsync()
    {
        _receiver = await ReceiverFixture.StartReceiverAsync(redis.Endpoint);
        _mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
    }

    public async Task DisposeAsync()
    {
        Http.Dispose();
        if (_mux is not null) await _mux.DisposeAsync();
        if (_receiver is not null) await _receiver.DisposeAsync();
    }

    private Task<HttpResponseMessage> PostAsync(string body, string? signature = null) =>
        ReceiverFixture.PostAsync(Http, Receiver.CallbackUri, body, signature);

    private async Task PostExpectAsync(HttpStatusCode expected, string body, string? signature = null)
    {
        using var response = await PostAsync(body, signature);
        Assert.True(response.StatusCode == expected, $"expected {(int)expected}, got {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<string> NewScopeAsync(params string[] recipients)
    {
        var scope = "ns" + Guid.NewGuid().ToString("N")[..8] + "/campaign";
        foreach (var recipient in recipients) await _mux!.GetDatabase().HashSetAsync(new CampaignKeys(scope, "").Claims, recipient, Sending);
        return scope;
    }

    private static string Status(string scope, string phone, string status, long seconds, int? code = null) =>
        Payloads.Statuses(Payloads.Status("wamid." + phone + status, status, seconds, phone[1..], CallbackData.Format(scope, phone), code));

    [Fact]
    public async Task Scrape_BeforeAnyRequest_EveryResultAtZeroAndNoEvents()
    {
        var scrape = await Scrape.GetAsync(Http, Receiver.BaseAddress);

        Assert.Equal(new Dictionary<string, double>
        {
            ["result=applied"] = 0, ["result=bad_signature"] = 0, ["result=malformed"] = 0,
            ["result=missing_signature"] = 0, ["result=redis_unavailable"] = 0, ["result=too_large"] = 0,
        }, scrape.Family(Requests));
        Assert.Empty(scrape.Family(Events));
        Assert.Empty(scrape.Family(Failures));
        Assert.Equal(0, scrape.Value(ReceiverMetrics.ApplyDuration + "_count"));
    }

    [Fact]
    public async Task Post_SignedAndBadRequests_CountedByResult()
    {
        var scope = await NewScopeAsync("+4915100000001");
        var body = Status(scope, "+4915100000001", "failed", 1746090000, 131026);
        var signature = WebhookSignatureVerifier.Compute(ReceiverFixture.AppSecret, Encoding.UTF8.GetBytes(body));

        await PostExpectAsync(HttpStatusCode.OK, body);
        await PostExpectAsync(HttpStatusCode.OK, body); // Meta's duplicate: still applied (and changes nothing)
        await PostExpectAsync(HttpStatusCode.Unauthorized, body, signature: "");
        await PostExpectAsync(HttpStatusCode.Forbidden, body.Replace("131026", "131027", StringComparison.Ordinal), signature);
        await PostExpectAsync(HttpStatusCode.Forbidden, body, "sha256=not-hex");
        await PostExpectAsync(HttpStatusCode.BadRequest, """{"object":"whatsapp_business_account","entry":[{"id":1}]}""");
        await PostExpectAsync(HttpStatusCode.BadRequest, "not json");
        using (var tooLarge = new HttpRequestMessage(HttpMethod.Post, Receiver.CallbackUri) { Content = new ByteArrayContent(new byte[2 * 1024 * 1024]) })
        {
            // Expect: 100-continue, so the client waits for the early 413 instead of racing it with the upload.
            tooLarge.Headers.ExpectContinue = true;
            using var http = new HttpClient(new SocketsHttpHandler { Expect100ContinueTimeout = TimeSpan.FromSeconds(30) });
            using var response = await http.SendAsync(tooLarge);
            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        }

        var scrape = await Scrape.GetAsync(Http, Receiver.BaseAddress);
        Assert.Equal(new Dictionary<string, double>
        {
            ["result=applied"] = 2, ["result=bad_signature"] = 2, ["result=malformed"] = 2,
            ["result=missing_signature"] = 1, ["result=redis_unavailable"] = 0, ["result=too_large"] = 1,
        }, scrape.Family(Requests));
        Assert.Equal(2, scrape.Value(ReceiverMetrics.ApplyDuration + "_count")); // only requests that reached the applier
        Assert.Equal(2, scrape.Value(ReceiverMetrics.ApplyDuration + "_bucket", ("le", "+Inf")));
        Assert.True(scrape.Value(ReceiverMetrics.ApplyDuration + "_sum") > 0);
        Assert.Equal(new Dictionary<string, double>
        {
            ["kind=status_failed,outcome=applied"] = 1, ["kind=status_failed,outcome=no_change"] = 1,
        }, scrape.Family(Events));
        Assert.Equal(new Dictionary<string, double> { ["code=131026"] = 1 }, scrape.Family(Failures));
    }

    [Fact]
    public async Task Post_EveryEventKind_CountedByKindAndOutcome()
    {
        const string a = "+4915100000011", b = "+4915100000012", c = "+4915100000013", gone = "+4915100000014";
        var scope = await NewScopeAsync(a, b, c);
        // Statuses: a goes sent → delivered → read (each rises), then a duplicate sent and a late delivered change nothing.
        await PostExpectAsync(HttpStatusCode.OK, Status(scope, a, "sent", 1746090001));
        await PostExpectAsync(HttpStatusCode.OK, Status(scope, a, "delivered", 1746090002));
        await PostExpectAsync(HttpStatusCode.OK, Status(scope, a, "read", 1746090003));
        await PostExpectAsync(HttpStatusCode.OK, Status(scope, a, "sent", 1746090001));
        await PostExpectAsync(HttpStatusCode.OK, Status(scope, a, "delivered", 1746090002));
        // b fails with a real code (its duplicate is not a second failure), c with a junk code outside any plausible range.
        await PostExpectAsync(HttpStatusCode.OK, Status(scope, b, "failed", 1746090004, 131026));
        await PostExpectAsync(HttpStatusCode.OK, Status(scope, b, "failed", 1746090004, 131026));
        await PostExpectAsync(HttpStatusCode.OK, Status(scope, c, "failed", 1746090005, 2147483647));
        // A status for a recipient with no claim (campaign deleted), one with somebody else's callback data, one Meta-only status.
        await PostExpectAsync(HttpStatusCode.OK, Status(scope, gone, "delivered", 1746090006));
        await PostExpectAsync(HttpStatusCode.OK, Payloads.Statuses(Payloads.Status("wamid.F", "read", 1746090007, a[1..], "crm-order-4711")));
        await PostExpectAsync(HttpStatusCode.OK, Payloads.Statuses(Payloads.Status("wamid.P", "played", 1746090008, a[1..], null)));
        // Inbound: a first reply and a repeat, an opt-out keyword, a stop already applied, a resume, a signup, an unknown number.
        var user = "49151" + Random.Shared.Next(10_000_000, 99_999_999);
        var quitter = "49152" + Random.Shared.Next(10_000_000, 99_999_999);
        await PostExpectAsync(HttpStatusCode.OK, Payloads.TextMessage(user, "hello", 1746090010));
        await PostExpectAsync(HttpStatusCode.OK, Payloads.TextMessage(user, "hello again", 1746090011));
        await PostExpectAsync(HttpStatusCode.OK, Payloads.TextMessage(quitter, "STOP", 1746090012));
        await PostExpectAsync(HttpStatusCode.OK, Payloads.Preference(quitter, "stop", 1746090012));
        await PostExpectAsync(HttpStatusCode.OK, Payloads.Preference(quitter, "resume", 1746090013));
        await PostExpectAsync(HttpStatusCode.OK, Payloads.Preference(quitter, "signup", 1746090014));
        await PostExpectAsync(HttpStatusCode.OK, Payloads.TextMessage(user, "STOP", 1746090015, phoneNumberId: "999999999999999"));

        var scrape = await Scrape.GetAsync(Http, Receiver.BaseAddress);
        Assert.Equal(new Dictionary<string, double>
        {
            ["kind=message,outcome=first_reply"] = 2,
            ["kind=message,outcome=repeat_reply"] = 1,
            ["kind=message,outcome=unknown_phone_number_id"] = 1,
            ["kind=opt_out,outcome=applied"] = 1,
            ["kind=opt_out,outcome=no_change"] = 1,
            ["kind=opt_out,outcome=unknown_phone_number_id"] = 1,
            ["kind=other,outcome=ignored"] = 2,
            ["kind=resume,outcome=applied"] = 1,
            ["kind=status_delivered,outcome=applied"] = 1,
            ["kind=status_delivered,outcome=no_change"] = 1,
            ["kind=status_delivered,outcome=orphan"] = 1,
            ["kind=status_failed,outcome=applied"] = 2,
            ["kind=status_failed,outcome=no_change"] = 1,
            ["kind=status_read,outcome=applied"] = 1,
            ["kind=status_read,outcome=foreign_callback_data"] = 1,
            ["kind=status_sent,outcome=applied"] = 1,
            ["kind=status_sent,outcome=no_change"] = 1,
        }, scrape.Family(Events));
        Assert.Equal(new Dictionary<string, double> { ["code=131026"] = 1, ["code=other"] = 1 }, scrape.Family(Failures));
        Assert.Equal(18, scrape.Value(Requests, ("result", "applied")));
        Assert.Equal(18, scrape.Value(ReceiverMetrics.ApplyDuration + "_count"));
    }

    [Fact]
    public async Task Post_RedisDown_CountedAsRedisUnavailable()
    {
        await using var ownRedis = await RedisServer.StartAsync();
        await using var receiver = await ReceiverFixture.StartReceiverAsync(ownRedis.Endpoint);
        ownRedis.Kill();
        var body = Payloads.Statuses(Payloads.Status("wamid.A", "failed", 1746090000, "4915100000021",
            CallbackData.Format("shop/outage", "+4915100000021"), 131026));
        using (var response = await ReceiverFixture.PostAsync(Http, receiver.CallbackUri, body))
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);

        var scrape = await Scrape.GetAsync(Http, receiver.BaseAddress);
        Assert.Equal(1, scrape.Value(Requests, ("result", "redis_unavailable")));
        Assert.Equal(0, scrape.Value(Requests, ("result", "applied")));
        Assert.Equal(1, scrape.Value(ReceiverMetrics.ApplyDuration + "_count")); // a failed apply is timed too
        Assert.Empty(scrape.Family(Failures));
    }

    [Fact]
    public async Task Scrape_AfterTraffic_PromtoolAcceptsAndOnlyKnownNames()
    {
        var scope = await NewScopeAsync("+4915100000031");
        await PostExpectAsync(HttpStatusCode.OK, Status(scope, "+4915100000031", "failed", 1746090000, 131049));
        await PostExpectAsync(HttpStatusCode.Unauthorized, "{}", signature: "");

        var scrape = await Scrape.GetAsync(Http, Receiver.BaseAddress);
        var (exitCode, output) = await scrape.PromtoolCheckAsync();

        Assert.True(exitCode == 0 && output.Trim().Length == 0, $"promtool check metrics: exit {exitCode}: {output}");
        Assert.All(scrape.Samples, s => Assert.Contains(s.Name, ReceiverMetrics.SampleNames));
        Assert.All(ReceiverMetrics.SampleNames, name => Assert.Contains(scrape.Samples, s => s.Name == name));
    }
}
