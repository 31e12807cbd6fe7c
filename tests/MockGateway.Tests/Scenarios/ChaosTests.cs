using System.Net;
using Microsoft.Extensions.Time.Testing;
using TestSupport;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Scenarios;
using WhatsAppCampaigns.MockGateway.Tests.Support;

namespace WhatsAppCampaigns.MockGateway.Tests.Scenarios;

/// <summary>Chaos on the send endpoint: 5xx bursts, 429 storms, connection resets after acceptance, latency spikes.</summary>
public sealed class ChaosTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Send_InServerErrorBurst_Returns5xxWithGraphBody()
    {
        var options = Gateways.Options(configure: o => o.Scenario.Chaos.ServerErrorBursts = new BurstScenario { Probability = 1.0, DurationMs = 60_000 });
        await using var host = await MockGatewayHost.StartAsync(options, Ct);
        using var client = Gateways.Client(host);

        var results = new List<SendResult>();
        for (var i = 0; i < 10; i++) results.Add(await Sends.PostAsync(client, Sends.Offer($"+4915100000{i:D3}")));

        Assert.All(results, r => Assert.True(
            (r.Status, r.ErrorCode) is (HttpStatusCode.InternalServerError, 131000) or (HttpStatusCode.ServiceUnavailable, 2),
            $"{r.Status} {r.ErrorCode}"));
        Assert.Empty(host.Messages);
    }

    [Fact]
    public async Task Send_InRateLimitStorm_Returns429With130429()
    {
        var options = Gateways.Options(configure: o => o.Scenario.Chaos.RateLimitStorms = new BurstScenario { Probability = 1.0 });
        await using var host = await MockGatewayHost.StartAsync(options, Ct);
        using var client = Gateways.Client(host);

        var result = await Sends.PostAsync(client, Sends.Offer("+4915112345678"));

        Assert.Equal((HttpStatusCode.TooManyRequests, 130429), (result.Status, result.ErrorCode));
    }

    [Fact]
    public async Task Send_WithConnectionReset_ClientSeesErrorButMessageWasAccepted()
    {
        var options = Gateways.Options(configure: o => o.Scenario.Chaos.ConnectionResetProbability = 1.0);
        await using var host = await MockGatewayHost.StartAsync(options, Ct);
        using var client = Gateways.Client(host);

        await Assert.ThrowsAsync<HttpRequestException>(() => Sends.PostAsync(client, Sends.Offer("+4915112345678")));

        var message = Assert.Single(host.Messages);
        Assert.True(message.ConnectionReset);
        Assert.Equal(1, host.Counters.ConnectionResets);
    }

    [Fact]
    public async Task Send_WithLatencySpike_AnswersOnlyAfterTheSpikeHasPassed()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var options = Gateways.Options(configure: o =>
        {
            o.Scenario.Chaos.LatencySpikeProbability = 1.0;
            o.Scenario.Chaos.LatencySpike = LatencyRange.Of(2000, 2000);
        });
        await using var host = await MockGatewayHost.StartAsync(options, clock, Ct);
        using var client = Gateways.Client(host);

        var send = Sends.PostAsync(client, Sends.Offer("+4915112345678"));
        await Eventually.UntilAsync(() => host.Counters.Requests == 1, "the request to arrive");
        var answeredEarly = send.IsCompleted;
        // The delay's timer may not exist yet when the request is counted; keep moving time until it fires.
        await Eventually.UntilAsync(() =>
        {
            clock.Advance(TimeSpan.FromSeconds(2));
            return send.IsCompleted;
        }, "the answer after the spike");
        var result = await send;

        Assert.False(answeredEarly);
        Assert.Equal(HttpStatusCode.OK, result.Status);
    }

    [Fact]
    public async Task Send_ClientTimesOutDuringLatencySpike_MessageIsStillAccepted()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var options = Gateways.Options(configure: o =>
        {
            o.Scenario.Chaos.LatencySpikeProbability = 1.0;
            o.Scenario.Chaos.LatencySpike = LatencyRange.Of(60_000, 60_000);
        });
        await using var host = await MockGatewayHost.StartAsync(options, clock, Ct);
        using var client = Gateways.Client(host);
        using var giveUp = new CancellationTokenSource();

        var send = client.PostAsync("v21.0/" + Gateways.NumberId + "/messages",
            new StringContent(Sends.Offer("+4915112345678"), System.Text.Encoding.UTF8, "application/json"), giveUp.Token);
        await Eventually.UntilAsync(() => host.Messages.Count == 1, "the message to be accepted");
        await giveUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => send);
        Assert.Equal("4915112345678", Assert.Single(host.Messages).WaId);
    }
}
