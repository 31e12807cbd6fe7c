using System.Text.Json;
using TestSupport;
using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.SenderWorker.Tests.Acceptance;

/// <summary>The real sender's log with <c>Logging__Format=json</c>: what a log pipeline reading its stderr gets.</summary>
public sealed class SenderLoggingAcceptanceTests(RedisServerFixture redis) : IClassFixture<RedisServerFixture>
{
    [Fact]
    public async Task Run_JsonLogFormat_EveryLineJsonInTheRunScope_RecipientsOnlyMasked()
    {
        var list = new ValidMessyList(300, messy: 0.05, invalid: 0.03, duplicate: 0.02, seed: 13);
        var options = FixedPortGateway.Options();
        // 5xx bursts make sends retry, and a retried send is logged with its recipient. Bursts hang on time windows since
        // the gateway started, so the windows are short and frequent: however fast or slow the paced run goes, it spans
        // many of them (with 100 ms windows at 0.3 a fast run could fall into a quiet stretch and retry nothing).
        options.Scenario = new Scenario { Seed = 13, Chaos = new ChaosScenario { ServerErrorBursts = new BurstScenario { Probability = 0.5, DurationMs = 20 } } };
        await using var gateway = await FixedPortGateway.StartAsync(FreePort.Next(), options);
        using var scenario = new SenderScenario(redis.Endpoint, gateway.BaseAddress, list.Csv)
            .WithDelivery(d => d with { Retry = d.Retry! with { MaxAttempts = 8 } })
            .With("Logging__Format", "json")
            .With("Logging__LogLevel__WhatsAppCampaigns", "Debug");
        using var sender = SenderProcess.Start(scenario.Environment);

        Assert.Equal(0, await sender.WaitForExitAsync(TimeSpan.FromMinutes(4)));

        var lines = sender.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var events = lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.All(events, e =>
        {
            Assert.Equal(JsonValueKind.Object, e.ValueKind);
            Assert.Equal("shop", e.GetProperty("Namespace").GetString());
            Assert.Equal(scenario.Campaign, e.GetProperty("Campaign").GetString());
            Assert.Equal(scenario.Snapshot.RunId ?? "run", e.GetProperty("Run").GetString());
            Assert.Equal(scenario.Snapshot.Session, e.GetProperty("Session").GetString());
        });
        Assert.Contains(events, e => e.GetProperty("@m").GetString()!.Contains("locked with fencing token", StringComparison.Ordinal));
        var retried = events.Where(e => e.TryGetProperty("Recipient", out _)).Select(e => e.GetProperty("Recipient").GetString()!).ToList();
        Assert.NotEmpty(retried);
        Assert.All(retried, r => Assert.Matches(@"^'\+•+\d{4}'$", r));
        Assert.All(list.ExpectedValid, phone => Assert.DoesNotContain(phone[1..], sender.Stderr, StringComparison.Ordinal));
        Assert.Contains("done: 300 rows", sender.Stdout, StringComparison.Ordinal); // the summary line stays plain, on stdout
    }
}
