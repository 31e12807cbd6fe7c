using Microsoft.Extensions.DependencyInjection.Extensions;
using Prometheus;
using WhatsAppCampaigns.Webhooks.Metrics;

namespace WhatsAppCampaigns.WebhookReceiver.Metrics;

/// <summary>Registration of the receiver's Prometheus metrics and their <c>/metrics</c> endpoint.</summary>
public static class ReceiverMetricsRegistration
{
    /// <summary>
    /// Adds <see cref="ReceiverMetrics"/> (in its own <see cref="CollectorRegistry"/> unless one is registered before)
    /// as the webhook library's <see cref="IWebhookMetrics"/>, replacing the no-op.
    /// </summary>
    /// <param name="services">The services.</param>
    public static IServiceCollection AddReceiverMetrics(this IServiceCollection services)
    {
        // A registry per host rather than the static default: two receivers in one test process never share series,
        // and a custom registry holds only our metrics (no process_*/dotnet_*). Program.cs registers Metrics.DefaultRegistry first.
        services.TryAddSingleton(_ => Prometheus.Metrics.NewCustomRegistry());
        services.TryAddSingleton<ReceiverMetrics>();
        services.RemoveAll<IWebhookMetrics>();
        services.AddSingleton<IWebhookMetrics>(sp => sp.GetRequiredService<ReceiverMetrics>());
        return services;
    }

    /// <summary>Serves the receiver's metrics at <paramref name="pattern"/>.</summary>
    /// <param name="routes">The application's routes.</param>
    /// <param name="pattern">The route.</param>
    public static IEndpointConventionBuilder MapReceiverMetrics(this IEndpointRouteBuilder routes, string pattern = "/metrics")
    {
        ArgumentNullException.ThrowIfNull(routes);
        return routes.MapMetrics(pattern, routes.ServiceProvider.GetRequiredService<ReceiverMetrics>().Registry);
    }
}
