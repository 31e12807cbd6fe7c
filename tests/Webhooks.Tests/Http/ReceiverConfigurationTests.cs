using Microsoft.Extensions.Options;
using WhatsAppCampaigns.WebhookReceiver.Hosting;

namespace WhatsAppCampaigns.Webhooks.Tests.Http;

/// <summary>Bad configuration stops the receiver at start, naming the setting.</summary>
public sealed class ReceiverConfigurationTests
{
    [Fact]
    public async Task Start_NoRedisConfiguration_RefusedNamingIt()
    {
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => WebhookReceiverHost.StartAsync("", o =>
        {
            o.AppSecret = "s";
            o.VerifyToken = "t";
        }));
        Assert.Contains("Redis__Configuration", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_NoAppSecret_RefusedNamingIt()
    {
        // Nothing listens on port 1: the receiver starts without Redis (readiness says so), but not without its secret.
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => WebhookReceiverHost.StartAsync("127.0.0.1:1,connectTimeout=200", o => o.VerifyToken = "t"));
        Assert.Contains("AppSecret", ex.Message, StringComparison.Ordinal);
    }
}
