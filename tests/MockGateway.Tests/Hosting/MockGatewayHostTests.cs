using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using TestSupport;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Tests.Support;

namespace WhatsAppCampaigns.MockGateway.Tests.Hosting;

/// <summary>Starting on a chosen port, stopping (an outage) and restarting with the recorded state.</summary>
public sealed class MockGatewayHostTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task StartAsync_FixedPort_ListensThereAndTheNextHostCanTakeItAfterDispose()
    {
        var port = FreePort.Next();
        await using (var first = await MockGatewayHost.StartAsync(Gateways.Options(), TimeProvider.System, port, Ct))
        {
            Assert.Equal(port, first.Port);
            using var client = Gateways.Client(first);
            Assert.Equal(HttpStatusCode.OK, (await Sends.PostAsync(client, Sends.Offer("+4915100000001"))).Status);
        }

        await using var second = await MockGatewayHost.StartAsync(Gateways.Options(), TimeProvider.System, port, Ct);
        using var again = Gateways.Client(second);

        Assert.Equal(HttpStatusCode.OK, (await Sends.PostAsync(again, Sends.Offer("+4915100000001"))).Status);
        Assert.Equal(new Dictionary<string, int> { ["4915100000001"] = 1 }, second.CountsByRecipient);
    }

    [Fact]
    public async Task StopAsync_AfterSends_RefusesConnectionsAndStillAnswersInspection()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host);
        await Sends.PostAsync(client, Sends.Offer("+4915100000001"));

        await host.StopAsync(Ct);

        Assert.False(host.IsRunning);
        await Assert.ThrowsAsync<HttpRequestException>(() => Sends.PostAsync(client, Sends.Offer("+4915100000002")));
        Assert.Equal(new Dictionary<string, int> { ["4915100000001"] = 1 }, host.CountsByRecipient);
        Assert.Single(host.Messages);
        Assert.Equal(1, host.Counters.Accepted);
    }

    [Fact]
    public async Task RestartAsync_AfterStop_SamePortAndCountsAddUpOverBothRuns()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        var address = host.BaseAddress;
        using var client = Gateways.Client(host);
        var before = await Sends.PostAsync(client, Sends.Offer("+4915100000001"));
        await Sends.PostAsync(client, Sends.Offer("+4915100000002"));
        await host.StopAsync(Ct);

        await host.RestartAsync(Ct);
        var after = await Sends.PostAsync(client, Sends.Offer("+4915100000001"));

        Assert.True(host.IsRunning);
        Assert.Equal(address, host.BaseAddress);
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.NotEqual(before.Wamid, after.Wamid); // the pair's ordinal carried on: a new message, not a replay
        Assert.Equal(new Dictionary<string, int> { ["4915100000001"] = 2, ["4915100000002"] = 1 }, host.CountsByRecipient);
        Assert.Equal(2, host.Recipient("+4915100000001")!.Accepted);
        Assert.Equal(3, host.Counters.Accepted);
        Assert.Equal(3, host.Messages.Count);
    }

    [Fact]
    public async Task RestartAsync_WhileRunning_KeepsTheMessagingLimitWindow()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(configure: o => o.MessagingLimit = 1), Ct);
        using var client = Gateways.Client(host);
        await Sends.PostAsync(client, Sends.Offer("+4915100000001"));

        await host.RestartAsync(Ct);
        var refused = await Sends.PostAsync(client, Sends.Offer("+4915100000002"));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.Status);
        Assert.Equal(131048, refused.ErrorCode);
    }

    [Fact]
    public async Task RestartAsync_ReplacedScenario_StaysInForce()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        host.ReplaceScenario(Gateways.InstantScenario(seed: 42));

        await host.RestartAsync(Ct);

        Assert.Equal(42, host.Services.GetRequiredService<WhatsAppCampaigns.MockGateway.Scenarios.ScenarioStore>().Current.Seed);
    }

    [Fact]
    public async Task StopAsync_WebhookAwaitingRetry_CountsItAbandonedSoCountersReadSettled()
    {
        // Nothing listens at the callback; the first attempt fails and the retry is an hour away.
        var callback = new Uri($"http://127.0.0.1:{FreePort.Next()}/webhook");
        var options = Gateways.Options(callback, o =>
        {
            o.Webhooks.InitialRetryDelay = TimeSpan.FromHours(1);
            o.Webhooks.MaxRetryDelay = TimeSpan.FromHours(1);
        });
        await using var host = await MockGatewayHost.StartAsync(options, Ct);
        using var client = Gateways.Client(host);
        await Sends.PostAsync(client, Sends.Offer("+4915100000001"));
        await Eventually.UntilAsync(() => host.Counters.WebhookFailures > 0, "a failed webhook attempt", TimeSpan.FromSeconds(30));
        Assert.False(host.Counters.WebhooksSettled);

        await host.StopAsync(Ct);

        Assert.True(host.Counters.WebhooksSettled);
    }

    [Fact]
    public async Task StartAsync_MaxRecordedMessagesZero_FailsNamingTheField()
    {
        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            MockGatewayHost.StartAsync(Gateways.Options(configure: o => o.MaxRecordedMessages = 0), Ct));

        Assert.Contains("MaxRecordedMessages", error.Message);
    }

    [Fact]
    public async Task DisposeAsync_Twice_SecondCallDoesNothingAndThePortIsFree()
    {
        var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        await host.DisposeAsync();

        await host.DisposeAsync();
        await using var next = await MockGatewayHost.StartAsync(Gateways.Options(), TimeProvider.System, host.Port, Ct);

        Assert.Equal(host.Port, next.Port);
    }

    [Fact]
    public async Task StartAsync_NegativePort_Throws()
    {
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            MockGatewayHost.StartAsync(Gateways.Options(), TimeProvider.System, -1, Ct));
    }
}
