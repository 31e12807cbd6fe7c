using System.Net;
using Microsoft.Extensions.Time.Testing;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Tests.Support;

namespace WhatsAppCampaigns.MockGateway.Tests.Endpoints;

/// <summary>The send endpoint over HTTP on loopback: the success body and one test per error path.</summary>
public sealed class SendMessageEndpointTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Send_Template_Returns200WithContactsAndWamid()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host);

        var result = await Sends.PostAsync(client, Sends.Offer("+49 151 1234-5678"));

        Assert.Equal(HttpStatusCode.OK, result.Status);
        Assert.Equal("whatsapp", result.Body.GetProperty("messaging_product").GetString());
        var contact = result.Body.GetProperty("contacts")[0];
        Assert.Equal("+49 151 1234-5678", contact.GetProperty("input").GetString());
        Assert.Equal("4915112345678", contact.GetProperty("wa_id").GetString());
        Assert.StartsWith("wamid.", result.Wamid);
        Assert.Equal("accepted", result.Body.GetProperty("messages")[0].GetProperty("message_status").GetString());
        var recorded = Assert.Single(host.Messages);
        Assert.Equal(result.Wamid, recorded.Id);
        Assert.Equal(["Anna"], recorded.TemplateParameters);
    }

    [Fact]
    public async Task Send_WrongToken_Returns401With190()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host, token: "not-a-token");

        var result = await Sends.PostAsync(client, Sends.Offer("+4915112345678"));

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal(190, result.ErrorCode);
        var error = result.Body.GetProperty("error");
        Assert.Equal("OAuthException", error.GetProperty("type").GetString());
        Assert.Equal(467, error.GetProperty("error_subcode").GetInt32());
        Assert.False(string.IsNullOrEmpty(error.GetProperty("error_data").GetProperty("details").GetString()));
        Assert.Equal(17, error.GetProperty("fbtrace_id").GetString()!.Length);
    }

    [Fact]
    public async Task Send_MissingToken_Returns401With190()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        var result = await Sends.PostAsync(client, Sends.Offer("+4915112345678"));

        Assert.Equal(HttpStatusCode.Unauthorized, result.Status);
        Assert.Equal(190, result.ErrorCode);
    }

    [Fact]
    public async Task Send_UnregisteredPhoneNumberId_Returns400With100Subcode33()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host);

        var result = await Sends.PostAsync(client, Sends.Offer("+4915112345678"), numberId: "999999999");

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(100, result.ErrorCode);
        Assert.Equal(33, result.Body.GetProperty("error").GetProperty("error_subcode").GetInt32());
    }

    [Fact]
    public async Task Send_UnknownTemplateName_Returns404With132001()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host);

        var result = await Sends.PostAsync(client, Sends.Template("+4915112345678", "no_such_template", "de", "Anna"));

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        Assert.Equal(132001, result.ErrorCode);
    }

    [Fact]
    public async Task Send_TemplateInUnapprovedLanguage_Returns404With132001()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host);

        var result = await Sends.PostAsync(client, Sends.Template("+4915112345678", "spring_offer", "fr", "Anna"));

        Assert.Equal(HttpStatusCode.NotFound, result.Status);
        Assert.Equal(132001, result.ErrorCode);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(2)]
    public async Task Send_WrongTemplateParameterCount_Returns400With132000(int parameters)
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host);

        var result = await Sends.PostAsync(client,
            Sends.Template("+4915112345678", "spring_offer", "de", [.. Enumerable.Repeat("x", parameters)]));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(132000, result.ErrorCode);
    }

    [Fact]
    public async Task Send_PausedTemplate_Returns400With132015()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host);

        var result = await Sends.PostAsync(client, Sends.Template("+4915112345678", "paused_one", "en_US"));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(132015, result.ErrorCode);
    }

    [Theory]
    [InlineData("""{"to":"+4915112345678","type":"text","text":{"body":"hi"}}""", 100)]
    [InlineData("""{"messaging_product":"whatsapp","type":"text","text":{"body":"hi"}}""", 131008)]
    [InlineData("""{"messaging_product":"whatsapp","to":"+4915112345678","type":"text","text":{}}""", 131008)]
    [InlineData("""{"messaging_product":"whatsapp","to":"+4915112345678","type":"template","template":{"name":"spring_offer"}}""", 131008)]
    [InlineData("""{"messaging_product":"whatsapp","to":"call me","type":"text","text":{"body":"hi"}}""", 131009)]
    [InlineData("""{"messaging_product":"whatsapp","to":"+4915112345678","type":"sticker","sticker":{}}""", 131051)]
    [InlineData("""{"messaging_product":"whatsapp","to":"+4915112345678","type":"text","text":{"body":"hi"}""", 100)]
    public async Task Send_MalformedRequest_Returns400WithCode(string body, int code)
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host);

        var result = await Sends.PostAsync(client, body);

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(code, result.ErrorCode);
        Assert.Empty(host.Messages);
    }

    [Fact]
    public async Task Send_TextBodyOver4096_Returns400With100()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host);

        var result = await Sends.PostAsync(client, Sends.Text("+4915112345678", new string('a', 4097)));

        Assert.Equal(HttpStatusCode.BadRequest, result.Status);
        Assert.Equal(100, result.ErrorCode);
    }

    [Fact]
    public async Task Send_OverThroughputInOneInstant_Returns429With130429UntilTimeMoves()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), clock, Ct);
        using var client = Gateways.Client(host);

        for (var i = 0; i < 80; i++)
            Assert.Equal(HttpStatusCode.OK, (await Sends.PostAsync(client, Sends.Offer($"+491510000{i:D4}"))).Status);
        var over = await Sends.PostAsync(client, Sends.Offer("+4915100009999"));
        clock.Advance(TimeSpan.FromSeconds(1));
        var later = await Sends.PostAsync(client, Sends.Offer("+4915100009999"));

        Assert.Equal(HttpStatusCode.TooManyRequests, over.Status);
        Assert.Equal(130429, over.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, later.Status);
    }

    [Fact]
    public async Task Send_ConfiguredThroughput1000_Allows1000InOneInstant()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var options = Gateways.Options(configure: o => o.PhoneNumbers[0].ThroughputPerSecond = 1000);
        await using var host = await MockGatewayHost.StartAsync(options, clock, Ct);
        using var client = Gateways.Client(host);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 1001; i++) statuses.Add((await Sends.PostAsync(client, Sends.Offer($"+49151{i:D8}"))).Status);

        Assert.Equal(1000, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Send_46thMessageToOneUserInABurst_Returns429With131056()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), clock, Ct);
        using var client = Gateways.Client(host);

        for (var i = 0; i < 45; i++)
            Assert.Equal(HttpStatusCode.OK, (await Sends.PostAsync(client, Sends.Offer("+4915112345678"))).Status);
        var over = await Sends.PostAsync(client, Sends.Offer("+4915112345678"));
        var otherUser = await Sends.PostAsync(client, Sends.Offer("+4915187654321"));

        Assert.Equal(HttpStatusCode.TooManyRequests, over.Status);
        Assert.Equal(131056, over.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, otherUser.Status);
    }

    [Fact]
    public async Task Send_MoreUniqueRecipientsThanMessagingLimit_Returns429With131048UntilADayPasses()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(configure: o => o.MessagingLimit = 3), clock, Ct);
        using var client = Gateways.Client(host);

        for (var i = 1; i <= 3; i++)
            Assert.Equal(HttpStatusCode.OK, (await Sends.PostAsync(client, Sends.Offer($"+491510000000{i}"))).Status);
        clock.Advance(TimeSpan.FromHours(1));
        var fourth = await Sends.PostAsync(client, Sends.Offer("+4915100000004"));
        var known = await Sends.PostAsync(client, Sends.Offer("+4915100000001"));
        clock.Advance(TimeSpan.FromHours(23));
        var nextDay = await Sends.PostAsync(client, Sends.Offer("+4915100000004"));

        Assert.Equal(HttpStatusCode.TooManyRequests, fourth.Status);
        Assert.Equal(131048, fourth.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, known.Status);
        Assert.Equal(HttpStatusCode.OK, nextDay.Status);
    }

    [Fact]
    public async Task Send_TextOutsideWindow_Returns200ThenFailedWebhookWith131047()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(receiver.Url), Ct);
        using var client = Gateways.Client(host);

        var result = await Sends.PostAsync(client, Sends.Text("+4915112345678"));
        await receiver.WaitUntilAsync(r => r.Statuses.Count >= 1, "a status webhook");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var status = Assert.Single(receiver.Statuses);
        Assert.Equal(result.Wamid, status.Id);
        Assert.Equal("failed", status.Status);
        Assert.Equal(131047, status.ErrorCode);
    }

    [Fact]
    public async Task Send_TextAfterUserWroteIn_IsDeliveredAndRead()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(receiver.Url), Ct);
        using var client = Gateways.Client(host);

        using var inbound = await client.PostAsync("admin/inbound", new StringContent(
            """{"from":"+4915112345678","text":"Hi there"}""", System.Text.Encoding.UTF8, "application/json"), Ct);
        var result = await Sends.PostAsync(client, Sends.Text("+4915112345678"));
        await receiver.WaitUntilAsync(r => r.Statuses.Count >= 3, "sent, delivered and read");

        Assert.Equal(HttpStatusCode.OK, inbound.StatusCode);
        Assert.Equal(["sent", "delivered", "read"], receiver.Statuses.Select(s => s.Status));
        Assert.All(receiver.Statuses, s => Assert.Equal(result.Wamid, s.Id));
        Assert.Equal("Hi there", Assert.Single(receiver.Inbound).Text);
    }

    [Fact]
    public async Task Send_TextAfterWindowExpired_FailsWith131047()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(receiver.Url), clock, Ct);
        using var client = Gateways.Client(host);

        using var inbound = await client.PostAsync("admin/inbound", new StringContent(
            """{"from":"+4915112345678","text":"Hi there"}""", System.Text.Encoding.UTF8, "application/json"), Ct);
        clock.Advance(TimeSpan.FromHours(24));
        await Sends.PostAsync(client, Sends.Text("+4915112345678"));
        await receiver.WaitUntilAsync(r => r.Statuses.Count >= 1, "a status webhook");

        Assert.Equal(131047, Assert.Single(receiver.Statuses).ErrorCode);
    }

    [Fact]
    public async Task Send_ToNumberNotOnWhatsApp_Returns200ThenFailedWebhookWith131026()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var options = Gateways.Options(receiver.Url, o => o.Scenario.NotOnWhatsApp = ["+49 151 00000000"]);
        await using var host = await MockGatewayHost.StartAsync(options, Ct);
        using var client = Gateways.Client(host);

        var result = await Sends.PostAsync(client, Sends.Offer("+4915100000000"));
        await receiver.WaitUntilAsync(r => r.Statuses.Count >= 1, "a status webhook");

        Assert.Equal(HttpStatusCode.OK, result.Status);
        var status = Assert.Single(receiver.Statuses);
        Assert.Equal("failed", status.Status);
        Assert.Equal(131026, status.ErrorCode);
        Assert.Equal("r=+4915100000000", status.BizOpaque);
    }
}
