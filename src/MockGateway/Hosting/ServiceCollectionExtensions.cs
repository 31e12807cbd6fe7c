using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using WhatsAppCampaigns.MockGateway.Endpoints;
using WhatsAppCampaigns.MockGateway.Inspection;
using WhatsAppCampaigns.MockGateway.Rules;
using WhatsAppCampaigns.MockGateway.Scenarios;
using WhatsAppCampaigns.MockGateway.Webhooks;

namespace WhatsAppCampaigns.MockGateway.Hosting;

/// <summary>Registers the mock gateway's services.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds the gateway. Without <paramref name="options"/>, binds the <c>MockGateway</c>
    /// configuration section (validated at start). Empty number or template lists get the
    /// development defaults of <see cref="MockGatewayOptions.CreateDefault"/>. The clock is
    /// <see cref="TimeProvider.System"/> unless a <see cref="TimeProvider"/> was registered first.
    /// </summary>
    public static IServiceCollection AddMockGateway(this IServiceCollection services, MockGatewayOptions? options = null)
    {
        if (options is null)
        {
            services.AddOptions<MockGatewayOptions>().BindConfiguration(MockGatewayOptions.SectionName)
                .PostConfigure(ApplyDefaults).ValidateOnStart();
            services.AddSingleton<IValidateOptions<MockGatewayOptions>, MockGatewayOptionsValidator>();
        }
        else
        {
            services.AddSingleton(Options.Create(options));
        }

        services.TryAddSingleton(TimeProvider.System);
        // TryAdd: a restarted MockGatewayHost registers the previous run's state objects first.
        services.TryAddSingleton(sp =>
        {
            var value = sp.GetRequiredService<IOptions<MockGatewayOptions>>().Value;
            ApplyDefaults(value);
            MockGatewayOptionsValidator.ThrowIfInvalid(value);
            return new GatewayState(value, sp.GetRequiredService<TimeProvider>());
        });
        services.TryAddSingleton(sp => new ScenarioStore(CompiledScenario.Compile(InitialScenario(sp))));
        services.TryAddSingleton<MessageLog>();
        services.TryAddSingleton<GatewayCounters>();
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<WebhookDispatcher>());
        services.AddSingleton<SendMessageEndpoint>();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.TypeInfoResolverChain.Insert(0, MockGatewayJsonContext.Default));
        return services;
    }

    private static Scenario InitialScenario(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<MockGatewayOptions>>().Value;
        if (options.ScenarioFile is not { Length: > 0 } path) return options.Scenario;
        var scenario = ScenarioFileLoader.Load(path);
        Log.ScenarioLoaded(services.GetRequiredService<ILoggerFactory>().CreateLogger("MockGateway.Scenarios"), path, scenario.Seed);
        return scenario;
    }

    private static void ApplyDefaults(MockGatewayOptions options)
    {
        var defaults = MockGatewayOptions.CreateDefault();
        if (options.PhoneNumbers.Count == 0) options.PhoneNumbers.AddRange(defaults.PhoneNumbers);
        if (options.Templates.Count == 0) options.Templates.AddRange(defaults.Templates);
    }
}
