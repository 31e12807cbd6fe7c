using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Tests.Support;

namespace WhatsAppCampaigns.MockGateway.Tests.Inspection;

/// <summary>The inspection API a test uses to assert what the sender did.</summary>
public sealed class InspectionEndpointsTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Recipients_AfterDuplicateSend_CountsTwoForThatRecipient()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host);
        await Sends.PostAsync(client, Sends.Offer("+4915100000001"));
        await Sends.PostAsync(client, Sends.Offer("+4915100000002"));
        await Sends.PostAsync(client, Sends.Offer("+49 151 0000 0001"));

        var counts = await client.GetFromJsonAsync<Dictionary<string, int>>("inspection/recipients", Ct);

        Assert.Equal(new Dictionary<string, int> { ["4915100000001"] = 2, ["4915100000002"] = 1 }, counts);
    }

    [Fact]
    public async Task Messages_FilteredByRecipient_ReturnsBodiesOfThatRecipientOnly()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host);
        await Sends.PostAsync(client, Sends.Text("+4915100000001", "first"));
        await Sends.PostAsync(client, Sends.Text("+4915100000002", "other"));

        using var doc = JsonDocument.Parse(await client.GetStringAsync("inspection/messages?recipient=%2B4915100000001", Ct));

        var message = Assert.Single(doc.RootElement.EnumerateArray());
        Assert.Equal("first", message.GetProperty("body").GetString());
        Assert.Equal("+4915100000001", message.GetProperty("to").GetString());
        Assert.Equal("text", message.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Counters_CountRequestsAcceptedAndRejectionsByCode()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host);
        await Sends.PostAsync(client, Sends.Offer("+4915100000001"));
        await Sends.PostAsync(client, Sends.Template("+4915100000001", "missing"));

        using var doc = JsonDocument.Parse(await client.GetStringAsync("inspection/counters", Ct));

        Assert.Equal(2, doc.RootElement.GetProperty("requests").GetInt64());
        Assert.Equal(1, doc.RootElement.GetProperty("accepted").GetInt64());
        Assert.Equal(1, doc.RootElement.GetProperty("rejectedByCode").GetProperty("132001").GetInt64());
    }

    [Fact]
    public async Task Reset_ClearsMessagesCountersAndRateLimits()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(configure: o => o.MessagingLimit = 1), Ct);
        using var client = Gateways.Client(host);
        var before = await Sends.PostAsync(client, Sends.Offer("+4915100000001"));
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Sends.PostAsync(client, Sends.Offer("+4915100000002"))).Status);

        using var reset = await client.PostAsync("inspection/reset", null, Ct);
        var after = await Sends.PostAsync(client, Sends.Offer("+4915100000002"));

        Assert.Equal(HttpStatusCode.NoContent, reset.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.Status);
        Assert.Single(host.Messages);
        Assert.Equal(1, host.Counters.Requests);
        Assert.NotEqual(before.Wamid, after.Wamid);
    }

    [Fact]
    public async Task Messages_MoreThanMaxRecorded_KeepsTheMostRecentInOrderAndCountsEveryRecipient()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(configure: o => o.MaxRecordedMessages = 3), Ct);
        using var client = Gateways.Client(host);
        for (var i = 1; i <= 5; i++) await Sends.PostAsync(client, Sends.Text($"+491510000000{i}", $"body {i}"));

        using var doc = JsonDocument.Parse(await client.GetStringAsync("inspection/messages", Ct));
        var counts = await client.GetFromJsonAsync<Dictionary<string, int>>("inspection/recipients", Ct);

        Assert.Equal(["body 3", "body 4", "body 5"], doc.RootElement.EnumerateArray().Select(m => m.GetProperty("body").GetString()));
        Assert.Equal([3L, 4L, 5L], host.Messages.Select(m => m.Sequence));
        Assert.Equal(5, counts!.Count);
        Assert.All(counts.Values, n => Assert.Equal(1, n));
        Assert.Equal(5, host.Counters.Accepted);
    }

    [Fact]
    public async Task Recipients_RecordMessagesOff_StillCountsEveryRecipientWithoutBodies()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(configure: o => o.RecordMessages = false), Ct);
        using var client = Gateways.Client(host);
        await Sends.PostAsync(client, Sends.Offer("+4915100000001"));
        await Sends.PostAsync(client, Sends.Offer("+4915100000001"));

        Assert.Empty(host.Messages);
        Assert.Equal(new Dictionary<string, int> { ["4915100000001"] = 2 }, host.CountsByRecipient);
    }

    [Fact]
    public async Task Recipient_TwoSends_ReturnsCountLastWamidAndPlannedStatus()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = Gateways.Client(host);
        await Sends.PostAsync(client, Sends.Offer("+4915100000001"));
        var second = await Sends.PostAsync(client, Sends.Offer("+4915100000001"));

        using var doc = JsonDocument.Parse(await client.GetStringAsync("inspection/recipients/%2B49%20151%2000000001", Ct));
        using var unknown = await client.GetAsync("inspection/recipients/4915199999999", Ct);

        Assert.Equal("4915100000001", doc.RootElement.GetProperty("waId").GetString());
        Assert.Equal(2, doc.RootElement.GetProperty("accepted").GetInt32());
        Assert.Equal(second.Wamid, doc.RootElement.GetProperty("lastMessageId").GetString());
        Assert.Equal(Gateways.NumberId, doc.RootElement.GetProperty("lastPhoneNumberId").GetString());
        Assert.Equal("read", doc.RootElement.GetProperty("lastPlannedStatus").GetString());
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("lastErrorCode").ValueKind);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task Recipient_AfterItsBodyLeftTheRing_StillReportsItsFailure()
    {
        var options = Gateways.Options(configure: o =>
        {
            o.MaxRecordedMessages = 1;
            o.Scenario.NotOnWhatsApp = ["+4915100000001"];
        });
        await using var host = await MockGatewayHost.StartAsync(options, Ct);
        using var client = Gateways.Client(host);
        var first = await Sends.PostAsync(client, Sends.Offer("+4915100000001"));
        await Sends.PostAsync(client, Sends.Offer("+4915100000002"));

        var summary = host.Recipient("+4915100000001");

        Assert.DoesNotContain(host.Messages, m => m.WaId == "4915100000001");
        Assert.NotNull(summary);
        Assert.Equal(1, summary.Accepted);
        Assert.Equal(first.Wamid, summary.LastMessageId);
        Assert.Equal("failed", summary.LastPlannedStatus);
        Assert.Equal(131026, summary.LastErrorCode);
        Assert.Null(host.Recipient("+4915100000003"));
    }

    [Fact]
    public async Task Health_WhenStarted_ReportsHealthy()
    {
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(), Ct);
        using var client = new HttpClient { BaseAddress = host.BaseAddress };

        using var doc = JsonDocument.Parse(await client.GetStringAsync("health", Ct));

        Assert.Equal("healthy", doc.RootElement.GetProperty("status").GetString());
    }
}
