using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using StackExchange.Redis;
using TestSupport;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Scenarios;
using WhatsAppCampaigns.Webhooks.Tests.Support;

namespace WhatsAppCampaigns.Webhooks.Tests.EndToEnd;

/// <summary>The real mock gateway posts its signed, duplicated, reordered webhooks to the real receiver.</summary>
public sealed class MockGatewayEndToEndTests(ReceiverFixture fx) : IClassFixture<ReceiverFixture>
{
    private const string NotOnWhatsAppMessage = "Message Undeliverable: the recipient's phone number is not a WhatsApp phone number.";

    // A sender's "record" step: sending → sent, only if nobody (a webhook) settled it first.
    private const string RecordSent = """
        local cur = redis.call('HGET', KEYS[1], ARGV[1])
        if cur and string.sub(cur, 1, 8) == 'sending|' then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2]) end
        """;

    [Fact]
    public async Task Send_NotOnWhatsAppRecipients_EndAsFailed131026AndTheRestAsPlanned()
    {
        var phones = Enumerable.Range(0, 60).Select(i => "+97252" + (4_000_000 + i)).ToList();
        var notOnWhatsApp = phones.Where((_, i) => i % 10 == 3).ToHashSet();
        var options = MockGatewayOptions.CreateDefault();
        options.Webhooks.CallbackUrl = fx.Receiver.CallbackUri;
        options.Webhooks.AppSecret = ReceiverFixture.AppSecret;
        options.Webhooks.InitialRetryDelay = TimeSpan.FromMilliseconds(50);
        var fast = LatencyRange.Of(1, 20);
        options.Scenario = new Scenario
        {
            Seed = 11,
            NotOnWhatsApp = [.. notOnWhatsApp],
            Outcomes = new OutcomeScenario { ReadProbability = 0.5 },
            Latency = new LatencyScenario { Sent = fast, Delivered = fast, Read = fast, Reply = fast },
            Replies = new ReplyScenario { Probability = 0.3, StopProbability = 1.0 },
            Webhooks = new WebhookScenario { DuplicateProbability = 0.3, ReorderProbability = 0.5 },
        };
        await using var gateway = await MockGatewayHost.StartAsync(options, CancellationToken.None);
        var scope = await fx.NewScopeAsync([.. phones.Select(p => (p, "sending|e2e|1|1746000000000"))]);
        var claims = new CampaignKeys(scope, ReceiverFixture.Session).Claims;

        using var http = new HttpClient();
        foreach (var phone in phones)
        {
            var wamid = await SendAsync(http, gateway, phone, CallbackData.Format(scope, phone));
            await fx.Db.ScriptEvaluateAsync(RecordSent, [claims], [phone, $"sent|{wamid}|1|1746000000500"]);
        }
        await Eventually.UntilAsync(() => gateway.Counters.WebhooksSettled, "every webhook posted", TimeSpan.FromSeconds(60));

        var records = await fx.HashAsync(claims);
        foreach (var phone in notOnWhatsApp)
            Assert.Matches($"^failed\\|131026\\|1\\|\\d+\\|{System.Text.RegularExpressions.Regex.Escape(NotOnWhatsAppMessage)}$", records[phone]);
        Assert.Equal(notOnWhatsApp.Order(), records.Where(r => r.Value.StartsWith("failed|", StringComparison.Ordinal)).Select(r => r.Key).Order());
        Assert.All(phones.Except(notOnWhatsApp), p => Assert.StartsWith("sent|wamid.", records[p], StringComparison.Ordinal));

        var messages = gateway.Messages;
        Assert.Equal(phones.Count, messages.Count);
        var planned = messages.ToDictionary(m => "+" + m.WaId, m => m.PlannedStatus);
        var keys = new DeliveryKeys(scope);
        Assert.Equal(planned, await fx.HashAsync(keys.Statuses));
        var counts = await fx.HashAsync(keys.Delivery);
        Assert.Equal(notOnWhatsApp.Count.ToString(), counts["failedCode:131026"]);
        Assert.Equal(notOnWhatsApp.Count.ToString(), counts["failed"]);
        Assert.Equal(planned.Count(p => p.Value is "delivered" or "read").ToString(), counts["delivered"]);
        Assert.Equal(planned.Count(p => p.Value == "read").ToString(), counts["read"]);
        Assert.True(gateway.Counters.DuplicatesInjected > 0 && gateway.Counters.Reordered > 0, "the scenario did not duplicate or reorder");

        // Every scenario reply was STOP: the repliers are exactly the opted-out users, each counted once as replied.
        var optedOut = (await fx.Db.SetMembersAsync(CampaignKeys.OptOutOf(ReceiverFixture.Session))).Select(v => v.ToString()).Where(phones.Contains).Order().ToList();
        Assert.Equal(gateway.Counters.InboundMessages, optedOut.Count);
        Assert.NotEmpty(optedOut);
        Assert.Equal(optedOut, (await fx.HashAsync(keys.Replied)).Keys.Order());
        Assert.Equal(optedOut.Count.ToString(), counts["replied"]);
    }

    private static async Task<string> SendAsync(HttpClient http, MockGatewayHost gateway, string phone, string callback)
    {
        var body = $$$"""
            {"messaging_product":"whatsapp","to":"{{{phone}}}","type":"template","template":{"name":"hello_world","language":{"code":"en_US"}},"biz_opaque_callback_data":{{{JsonSerializer.Serialize(callback)}}}}
            """;
        using var request = new HttpRequestMessage(HttpMethod.Post, gateway.MessagesUri(Payloads.PhoneNumberId))
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "mock-access-token");
        using var response = await http.SendAsync(request);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(response.IsSuccessStatusCode, json.ToString());
        return json.GetProperty("messages")[0].GetProperty("id").GetString()!;
    }
}
