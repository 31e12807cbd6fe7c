using System.Text;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Scenarios;
using WhatsAppCampaigns.MockGateway.Tests.Support;
using WhatsAppCampaigns.MockGateway.Webhooks;

namespace WhatsAppCampaigns.MockGateway.Tests.Webhooks;

/// <summary>Webhooks as a receiver on loopback sees them: signed, retried, duplicated and reordered only when asked.</summary>
public sealed class WebhookDeliveryTests
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task Webhook_Signature_VerifiesWithAppSecretAndFailsWithOneByteFlipped()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(receiver.Url), Ct);
        using var client = Gateways.Client(host);

        await Sends.PostAsync(client, Sends.Offer("+4915112345678"));
        await receiver.WaitUntilAsync(r => r.Received.Count >= 1, "a webhook");

        var webhook = receiver.Received[0];
        Assert.StartsWith("sha256=", webhook.Signature);
        Assert.True(WebhookSignature.Verify(Gateways.AppSecret, webhook.Body, webhook.Signature));
        var tampered = (byte[])webhook.Body.Clone();
        tampered[tampered.Length / 2] ^= 0x01;
        Assert.False(WebhookSignature.Verify(Gateways.AppSecret, tampered, webhook.Signature));
        Assert.False(WebhookSignature.Verify("another-secret", webhook.Body, webhook.Signature));
    }

    [Theory]
    [InlineData("MARKETING", "marketing")]
    [InlineData("UTILITY", "utility")]
    [InlineData("Authentication", "authentication")]
    public async Task Webhook_TemplateCategory_IsThePricingCategoryInLowercase(string category, string expected)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var options = Gateways.Options(receiver.Url, o => o.Templates[0].Category = category);
        await using var host = await MockGatewayHost.StartAsync(options, Ct);
        using var client = Gateways.Client(host);

        await Sends.PostAsync(client, Sends.Offer("+4915112345678"));
        await receiver.WaitUntilAsync(r => r.Statuses.Count >= 1, "a status webhook");

        var raw = Encoding.UTF8.GetString(receiver.Received[0].Body);
        Assert.Contains($"\"category\":\"{expected}\"", raw);
    }

    [Fact]
    public async Task Webhook_NonAsciiReply_IsEscapedLowercaseAndSignedOverSentBytes()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(receiver.Url), Ct);
        using var client = Gateways.Client(host);

        using var response = await client.PostAsync("admin/inbound", new StringContent(
            """{"from":"+4915112345678","text":"Grüße 👍"}""", Encoding.UTF8, "application/json"), Ct);
        await receiver.WaitUntilAsync(r => r.Inbound.Count >= 1, "an inbound webhook");

        var webhook = receiver.Received[0];
        var raw = Encoding.ASCII.GetString(webhook.Body);
        Assert.Contains("""Gr\u00fc\u00dfe \ud83d\udc4d""", raw);
        Assert.True(WebhookSignature.Verify(Gateways.AppSecret, webhook.Body, webhook.Signature));
        Assert.Equal("Grüße 👍", receiver.Inbound[0].Text);
    }

    [Fact]
    public async Task Webhook_Statuses_CarryBizOpaqueCallbackDataAndArriveInOrderOnce()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var host = await MockGatewayHost.StartAsync(Gateways.Options(receiver.Url), Ct);
        using var client = Gateways.Client(host);

        var wamids = new List<string>();
        for (var i = 0; i < 20; i++) wamids.Add((await Sends.PostAsync(client, Sends.Offer($"+4915100000{i:D3}"))).Wamid);
        await receiver.WaitUntilAsync(r => r.Statuses.Count >= 60, "three statuses per message");

        var byMessage = receiver.Statuses.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.Select(s => s.Status).ToList());
        Assert.Equal(wamids.Order(), byMessage.Keys.Order());
        Assert.All(byMessage.Values, order => Assert.Equal(["sent", "delivered", "read"], order));
        Assert.All(receiver.Statuses, s => Assert.Equal("r=+" + s.RecipientId, s.BizOpaque));
        Assert.Equal(0, host.Counters.DuplicatesInjected);
        Assert.Equal(0, host.Counters.Reordered);
    }

    [Fact]
    public async Task Webhook_DuplicateAndReorderConfigured_DeliversDuplicatesAndReadBeforeDelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var options = Gateways.Options(receiver.Url, o => o.Scenario.Webhooks = new WebhookScenario
        {
            DuplicateProbability = 1.0,
            ReorderProbability = 1.0,
        });
        await using var host = await MockGatewayHost.StartAsync(options, Ct);
        using var client = Gateways.Client(host);

        for (var i = 0; i < 10; i++) await Sends.PostAsync(client, Sends.Offer($"+4915100000{i:D3}"));
        await receiver.WaitUntilAsync(r => r.Statuses.Count >= 40, "three statuses plus one duplicate per message");

        var byMessage = receiver.Statuses.GroupBy(s => s.Id).Select(g => g.Select(s => s.Status).ToList()).ToList();
        Assert.Equal(10, byMessage.Count);
        Assert.All(byMessage, order =>
        {
            Assert.Equal(4, order.Count);
            Assert.True(order.IndexOf("read") < order.IndexOf("delivered"), string.Join(",", order));
        });
        Assert.Equal(10, host.Counters.DuplicatesInjected);
        Assert.Equal(10, host.Counters.Reordered);
    }

    [Fact]
    public async Task Webhook_ReceiverFailsTwice_IsRetriedUntilDelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var options = Gateways.Options(receiver.Url, o => o.Scenario.Outcomes.DeliveredProbability = 0);
        await using var host = await MockGatewayHost.StartAsync(options, Ct);
        using var client = Gateways.Client(host);
        receiver.FailNext(2);

        var result = await Sends.PostAsync(client, Sends.Offer("+4915112345678"));
        await receiver.WaitUntilAsync(r => r.Statuses.Count >= 1 && host.Counters.WebhookPosts == 1, "the sent status after two failures");

        var status = Assert.Single(receiver.Statuses);
        Assert.Equal((result.Wamid, "sent"), (status.Id, status.Status));
        Assert.Equal(2, host.Counters.WebhookFailures);
        Assert.Equal(1, host.Counters.WebhookPosts);
    }

    [Fact]
    public async Task Webhook_ReplyScenarioWithStop_PostsInboundStopQuotingOurMessage()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var options = Gateways.Options(receiver.Url, o =>
        {
            o.Scenario.Replies = new ReplyScenario { Probability = 1.0, StopProbability = 1.0, StopKeyword = "STOP" };
            o.Scenario.NeverReply = ["+4915187654321"];
        });
        await using var host = await MockGatewayHost.StartAsync(options, Ct);
        using var client = Gateways.Client(host);

        var replied = await Sends.PostAsync(client, Sends.Offer("+4915112345678"));
        await Sends.PostAsync(client, Sends.Offer("+4915187654321"));
        await receiver.WaitUntilAsync(r => r.Inbound.Count >= 1 && r.Statuses.Count >= 6, "statuses and the reply");

        var inbound = Assert.Single(receiver.Inbound);
        Assert.Equal(("4915112345678", "STOP", replied.Wamid), (inbound.From, inbound.Text, inbound.ContextId));
    }

    [Fact]
    public async Task Webhook_ReplyOpensWindow_SoAFollowUpTextIsDelivered()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var options = Gateways.Options(receiver.Url, o => o.Scenario.Replies = new ReplyScenario { Probability = 1.0 });
        await using var host = await MockGatewayHost.StartAsync(options, Ct);
        using var client = Gateways.Client(host);

        await Sends.PostAsync(client, Sends.Offer("+4915112345678"));
        await receiver.WaitUntilAsync(r => r.Inbound.Count >= 1, "the reply");
        var followUp = await Sends.PostAsync(client, Sends.Text("+4915112345678", "Thanks for answering"));
        await receiver.WaitUntilAsync(r => r.Statuses.Count(s => s.Id == followUp.Wamid) >= 3, "the follow-up's statuses");

        Assert.DoesNotContain(receiver.Statuses, s => s.Id == followUp.Wamid && s.Status == "failed");
    }

    [Fact]
    public async Task Webhook_OneUsersReceiverHangs_OtherLanesKeepDelivering()
    {
        const string held = "4915100000001";
        var other = Enumerable.Range(2, 50).Select(i => $"49151000000{i:D2}")
            .First(w => SeededDraw.Hash(w) % 2 != SeededDraw.Hash(held) % 2);
        await using var receiver = await WebhookReceiver.StartAsync();
        var options = Gateways.Options(receiver.Url, o =>
        {
            o.Webhooks.Concurrency = 2;
            o.Webhooks.RequestTimeout = TimeSpan.FromMinutes(5);
        });
        await using var host = await MockGatewayHost.StartAsync(options, Ct);
        using var client = Gateways.Client(host);
        receiver.Hold(held);

        // 30 messages = 90 status POSTs on the held lane: more than a lane's queue of 64.
        for (var i = 0; i < 30; i++) await Sends.PostAsync(client, Sends.Offer("+" + held));
        var unblocked = await Sends.PostAsync(client, Sends.Offer("+" + other));
        await receiver.WaitUntilAsync(r => r.Statuses.Count(s => s.Id == unblocked.Wamid) == 3, "the other lane's statuses");
        var heldSoFar = receiver.Statuses.Count(s => s.RecipientId == held);
        receiver.Release();
        await receiver.WaitUntilAsync(_ => host.Counters.WebhooksSettled, "everything delivered after the release");

        Assert.Equal(0, heldSoFar);
        Assert.Equal(93, receiver.Statuses.Count);
    }
}
