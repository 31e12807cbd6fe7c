using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using StackExchange.Redis;
using WhatsAppCampaigns.Webhooks.Delivery;
using WhatsAppCampaigns.Webhooks.Http;
using WhatsAppCampaigns.Webhooks.Metrics;

namespace WhatsAppCampaigns.Webhooks.Hosting;

/// <summary>Registration of the webhook receiver's services.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="WebhookOptions"/> (bound from <see cref="WebhookOptions.SectionName"/>, validated at start),
    /// <see cref="WebhookApplier"/>, <see cref="WebhookRequestHandler"/> and a no-op <see cref="IWebhookMetrics"/> unless one is registered. The caller registers an
    /// <see cref="IDatabaseAsync"/> (or an <see cref="IConnectionMultiplexer"/>, whose default database is used).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes applied after binding (tests set secrets and sessions here).</param>
    public static IServiceCollection AddWhatsAppWebhooks(this IServiceCollection services, Action<WebhookOptions>? configure = null)
    {
        var builder = services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName);
        if (configure is not null) builder.Configure(configure);
        builder.ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IDatabaseAsync>(sp => sp.GetRequiredService<IConnectionMultiplexer>().GetDatabase());
        services.TryAddSingleton<IWebhookMetrics>(NoWebhookMetrics.Instance); // the host may register its own before or after
        services.TryAddSingleton<WebhookApplier>();
        services.TryAddSingleton<WebhookRequestHandler>();
        return services;
    }
}
