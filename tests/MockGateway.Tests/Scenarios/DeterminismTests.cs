using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Scenarios;
using WhatsAppCampaigns.MockGateway.Tests.Support;

namespace WhatsAppCampaigns.MockGateway.Tests.Scenarios;

/// <summary>A fixed seed replays the same outcomes, whatever order and concurrency the sends come in.</summary>
public sealed class DeterminismTests
{
    private const int Recipients = 150;

    [Fact]
    public async Task Run_SameSeedTwiceWithDifferentConcurrency_ProducesSameOutcomes()
    {
        var first = await RunAsync(seed: 42, parallelism: 1, reverse: false);
        var second = await RunAsync(seed: 42, parallelism: 8, reverse: true);

        Assert.Equal(Recipients, first.Count);
        Assert.Equal(first, second);
        // The scenario really varies outcomes, so equality above means something.
        Assert.True(first.Values.Select(o => o.Split('|')[0]).Distinct().Count() >= 3, string.Join("; ", first.Values.Take(10)));
    }

    [Fact]
    public async Task Run_DifferentSeeds_ProduceDifferentOutcomes()
    {
        var first = await RunAsync(seed: 42, parallelism: 4, reverse: false);
        var other = await RunAsync(seed: 43, parallelism: 4, reverse: false);

        Assert.NotEqual(first, other);
    }

    /// <summary>Per recipient: planned status, error code, wamid, the statuses received (sorted) and any reply.</summary>
    private static async Task<SortedDictionary<string, string>> RunAsync(long seed, int parallelism, bool reverse)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var options = Gateways.Options(receiver.Url, o =>
        {
            o.PhoneNumbers[0].ThroughputPerSecond = 1000;
            o.Webhooks.Concurrency = 4;
            o.Scenario = Gateways.InstantScenario(seed);
            o.Scenario.Outcomes = new OutcomeScenario
            {
                FailureProbability = 0.2, FailureCodes = [131000, 131049], DeliveredProbability = 0.8, ReadProbability = 0.5,
            };
            o.Scenario.Replies = new ReplyScenario { Probability = 0.4, Texts = ["yes", "no", "maybe"], StopProbability = 0.2 };
            o.Scenario.Webhooks = new WebhookScenario { DuplicateProbability = 0.2, ReorderProbability = 0.3 };
        });
        await using var host = await MockGatewayHost.StartAsync(options, CancellationToken.None);
        using var client = Gateways.Client(host);

        var recipients = Enumerable.Range(0, Recipients).Select(i => $"+4915200{i:D6}").ToList();
        if (reverse) recipients.Reverse();
        await Parallel.ForEachAsync(recipients, new ParallelOptions { MaxDegreeOfParallelism = parallelism },
            async (to, _) => await Sends.PostAsync(client, Sends.Offer(to)));

        await receiver.WaitUntilAsync(_ => host.Counters.WebhooksSettled, "every planned webhook delivered");

        var statuses = receiver.Statuses.ToLookup(s => s.RecipientId);
        var replies = receiver.Inbound.ToLookup(m => m.From);
        return new SortedDictionary<string, string>(host.Messages.ToDictionary(m => m.WaId, m =>
            $"{m.PlannedStatus}|{m.ErrorCode}|{m.Id}|{string.Join(",", statuses[m.WaId].Select(s => s.Status + s.ErrorCode).Order())}" +
            $"|{string.Join(",", replies[m.WaId].Select(r => r.Text))}"), StringComparer.Ordinal);
    }
}
