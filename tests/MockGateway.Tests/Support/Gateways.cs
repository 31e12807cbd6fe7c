using System.Net.Http.Headers;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Tests.Support;

/// <summary>Options and clients for tests: one number, known templates, instant webhooks.</summary>
public static class Gateways
{
    public const string NumberId = "106540352242922";
    public const string Token = "test-token";
    public const string AppSecret = "test-app-secret";

    public static MockGatewayOptions Options(Uri? callback = null, Action<MockGatewayOptions>? configure = null)
    {
        var options = new MockGatewayOptions
        {
            PhoneNumbers = [new PhoneNumberOptions { PhoneNumberId = NumberId, AccessToken = Token, DisplayPhoneNumber = "15550783881" }],
            Templates =
            [
                new TemplateOptions { Name = "spring_offer", Language = "de", BodyParameters = 1 },
                new TemplateOptions { Name = "hello_world", Language = "en_US", Category = "UTILITY" },
                new TemplateOptions { Name = "paused_one", Language = "en_US", Status = "PAUSED" },
            ],
            Scenario = InstantScenario(),
        };
        options.Webhooks.CallbackUrl = callback;
        options.Webhooks.AppSecret = AppSecret;
        options.Webhooks.InitialRetryDelay = TimeSpan.FromMilliseconds(20);
        options.Webhooks.MaxRetryDelay = TimeSpan.FromMilliseconds(100);
        configure?.Invoke(options);
        return options;
    }

    /// <summary>All webhook latencies zero, every message read: statuses arrive as soon as they can.</summary>
    public static Scenario InstantScenario(long seed = 1) => new()
    {
        Seed = seed,
        Outcomes = new OutcomeScenario { ReadProbability = 1.0 },
        Latency = new LatencyScenario
        {
            Sent = LatencyRange.Of(0, 0),
            Delivered = LatencyRange.Of(0, 0),
            Read = LatencyRange.Of(0, 0),
            Reply = LatencyRange.Of(0, 0),
        },
    };

    public static HttpClient Client(MockGatewayHost host, string token = Token)
    {
        var client = new HttpClient { BaseAddress = host.BaseAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
