using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using StackExchange.Redis;
using TestSupport;
using WhatsAppCampaigns.CampaignState;
using WhatsAppCampaigns.CampaignState.Snapshot;
using WhatsAppCampaigns.MockGateway.Scenarios;
using WhatsAppCampaigns.WebhookReceiver.Hosting;

namespace WhatsAppCampaigns.SenderWorker.Tests.Acceptance;

/// <summary>
/// Issue 8, "gateway chaos: permanent errors recorded with their codes", end to end: most
/// per-recipient permanent failures (131026 not on WhatsApp) come after a 200, as a <c>failed</c>
/// status webhook. The real sender sends through the chaotic mock gateway, the mock posts its signed
/// webhooks to the real receiver, and the receiver settles the sender's claim records in Redis.
/// </summary>
public sealed class PermanentErrorsAcceptanceTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    private const string AppSecret = "acceptance-app-secret";
    private const string NotOnWhatsAppMessage = "Message Undeliverable: the recipient's phone number is not a WhatsApp phone number.";
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(4);

    [Fact]
    public async Task Run_GatewayChaosWithNotOnWhatsAppRecipients_ThoseFailedWith131026AndEveryOtherSentOnce()
    {
        var list = new ValidMessyList(2_000, messy: 0.05, invalid: 0.03, duplicate: 0.02, seed: 31);
        var random = new Random(31);
        var notOnWhatsApp = list.ExpectedValid.OrderBy(_ => random.Next()).Take((int)Math.Round(list.ExpectedValid.Count * 0.03)).ToHashSet();
        var campaign = "c" + Guid.NewGuid().ToString("N")[..10];

        await using var receiver = await WebhookReceiverHost.StartAsync(redis.Endpoint, o =>
        {
            o.AppSecret = AppSecret;
            o.VerifyToken = "acceptance-verify-token";
            o.Sessions["106540352242922"] = "session-" + campaign; // SenderScenario's session
        });
        var options = FixedPortGateway.Options();
        options.Webhooks.CallbackUrl = receiver.CallbackUri;
        options.Webhooks.AppSecret = AppSecret;
        options.Webhooks.InitialRetryDelay = TimeSpan.FromMilliseconds(50);
        options.Scenario = new Scenario
        {
            Seed = 31,
            NotOnWhatsApp = [.. notOnWhatsApp],
            Chaos = new ChaosScenario
            {
                ServerErrorBursts = new BurstScenario { Probability = 0.3, DurationMs = 100 },
                RateLimitStorms = new BurstScenario { Probability = 0.1, DurationMs = 300 },
                LatencySpikeProbability = 0.05,
                LatencySpike = LatencyRange.Of(50, 300),
            },
        };
        await using var gateway = await FixedPortGateway.StartAsync(FreePort.Next(), options);
        using var scenario = new SenderScenario(redis.Endpoint, gateway.BaseAddress, list.Csv, campaign).With("Sending__RetryAttempts", "8");
        UseApprovedTemplate(scenario);
        using var sender = SenderProcess.Start(scenario.Environment);

        Assert.Equal(0, await sender.WaitForExitAsync(RunTimeout));

        // Every valid recipient, the NotOnWhatsApp ones included (accepted with 200), exactly once at the mock.
        var counts = await gateway.CountsByRecipientAsync();
        Assert.Equal(list.ExpectedValid.Select(e => e[1..]).Order(StringComparer.Ordinal), counts.Keys.Order(StringComparer.Ordinal));
        Assert.All(counts, c => Assert.Equal(1, c.Value));

        // Where each NotOnWhatsApp recipient's record lives, from the callback data its send carried (never rebuilt).
        using var http = new HttpClient { BaseAddress = gateway.BaseAddress };
        var targets = new List<(string Scope, string Field)>();
        foreach (var phone in notOnWhatsApp)
        {
            var messages = await http.GetFromJsonAsync<JsonElement>($"inspection/messages?recipient={Uri.EscapeDataString(phone)}");
            var callback = Assert.Single(messages.EnumerateArray()).GetProperty("bizOpaqueCallbackData").GetString();
            Assert.True(CallbackData.TryParse(callback, out var scope, out var field), $"callback data of {phone}: {callback}");
            targets.Add((scope, field));
        }
        var scopeOfRun = Assert.Single(targets.Select(t => t.Scope).Distinct());
        var claims = new CampaignKeys(scopeOfRun, "session-" + campaign).Claims;

        await using var mux = await ConnectionMultiplexer.ConnectAsync(redis.Endpoint);
        var db = mux.GetDatabase();
        await Eventually.UntilAsync(async () =>
        {
            foreach (var (_, field) in targets)
                if (ClaimRecord.Parse(await db.HashGetAsync(claims, field)) is not { IsFailed: true }) return false;
            return true;
        }, $"{targets.Count} NotOnWhatsApp records failed by webhook", TimeSpan.FromSeconds(60));

        var records = (await db.HashGetAllAsync(claims)).ToDictionary(e => e.Name.ToString(), e => ClaimRecord.Parse(e.Value.ToString())!);
        Assert.Equal(list.ExpectedValid.Count, records.Count);
        foreach (var (_, field) in targets)
        {
            var record = records[field];
            Assert.Equal("131026", record.Value);
            Assert.Equal(NotOnWhatsAppMessage, record.Message);
        }
        Assert.Equal(targets.Select(t => t.Field).Order(StringComparer.Ordinal),
            records.Where(r => r.Value.IsFailed).Select(r => r.Key).Order(StringComparer.Ordinal));
        Assert.All(records.Where(r => !r.Value.IsFailed), r => Assert.True(r.Value.IsSent, $"{r.Key}: {r.Value.Format()}"));

        var delivery = (await db.HashGetAllAsync(new DeliveryKeys(scopeOfRun).Delivery)).ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
        Assert.Equal(notOnWhatsApp.Count.ToString(CultureInfo.InvariantCulture), delivery[DeliveryKeys.FailedCodeField(131026)]);
        Assert.Equal(notOnWhatsApp.Count.ToString(CultureInfo.InvariantCulture), delivery[DeliveryKeys.FailedField]);
        Assert.True(SenderScenario.Count(await scenario.ProgressAsync(), "retries") > 0, "the chaos caused no retry: the scenario did not bite");
    }

    // With webhooks on, the mock fails free-form text outside a 24-hour window with 131047 (as Meta
    // does): a campaign's first contact is a template (reference §3.4), so only 131026 may fail here.
    private static void UseApprovedTemplate(SenderScenario scenario)
    {
        var path = scenario.Environment["SENDER_RUN_SNAPSHOT_FILE"];
        var snapshot = CampaignRunSnapshotJson.Deserialize(File.ReadAllText(path), path);
        var template = snapshot with { Message = new CampaignMessage { Template = new TemplateMessage { Name = "hello_world", Language = "en_US" } } };
        File.WriteAllText(path, CampaignRunSnapshotJson.Serialize(template));
    }
}
