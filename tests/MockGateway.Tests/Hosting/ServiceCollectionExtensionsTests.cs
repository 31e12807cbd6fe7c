using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Rules;
using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Tests.Hosting;

/// <summary>The <c>dotnet run</c> path: options and scenario bound from configuration keys, as environment variables give them.</summary>
public sealed class ServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddMockGateway();
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddMockGateway_ConfigurationKeys_BindNumbersTemplatesAndScenario()
    {
        using var provider = Build(new()
        {
            ["MockGateway:PhoneNumbers:0:PhoneNumberId"] = "111",
            ["MockGateway:PhoneNumbers:0:AccessToken"] = "t1",
            ["MockGateway:PhoneNumbers:0:ThroughputPerSecond"] = "1000",
            ["MockGateway:Templates:0:Name"] = "promo",
            ["MockGateway:Templates:0:Language"] = "de",
            ["MockGateway:MessagingLimit"] = "250",
            ["MockGateway:Webhooks:CallbackUrl"] = "http://127.0.0.1:9/webhook",
            ["MockGateway:Scenario:Seed"] = "7",
            ["MockGateway:Scenario:NotOnWhatsApp:0"] = "+4915100000001",
            ["MockGateway:Scenario:Chaos:LatencySpike:Shape"] = "Exponential",
        });

        var state = provider.GetRequiredService<GatewayState>();
        var scenario = provider.GetRequiredService<ScenarioStore>().Current;

        Assert.Equal(1000, state.Numbers["111"].Options.ThroughputPerSecond);
        Assert.Equal(1, state.Templates.Count);
        Assert.Equal(250, state.MessagingLimit.Limit);
        Assert.Equal(7, scenario.Seed);
        Assert.Contains("4915100000001", (IReadOnlySet<string>)scenario.NotOnWhatsApp);
        Assert.Equal(LatencyShape.Exponential, scenario.Source.Chaos.LatencySpike.Shape);
    }

    [Fact]
    public void AddMockGateway_NoConfiguration_StartsWithDevelopmentDefaults()
    {
        using var provider = Build([]);

        var state = provider.GetRequiredService<GatewayState>();

        Assert.True(state.Numbers.ContainsKey("106540352242922"));
        Assert.Equal(3, state.Templates.Count);
    }

    [Fact]
    public void AddMockGateway_InvalidConfiguration_FailsValidationNamingTheField()
    {
        using var provider = Build(new()
        {
            ["MockGateway:PhoneNumbers:0:PhoneNumberId"] = "111",
            ["MockGateway:PhoneNumbers:0:AccessToken"] = "",
        });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<MockGatewayOptions>>().Value);

        Assert.Contains("PhoneNumbers[0].AccessToken", error.Message);
    }
}
