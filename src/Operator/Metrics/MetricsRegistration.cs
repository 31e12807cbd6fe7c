using Kube.Operator.Metrics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Prometheus;

namespace WhatsAppCampaigns.Operator.Metrics;

/// <summary>Registration of the operator's Prometheus metrics and their <c>/metrics</c> endpoint.</summary>
public static class MetricsRegistration
{
    /// <summary>
    /// Adds <see cref="OperatorMetrics"/> (in its own <see cref="CollectorRegistry"/> unless one is registered
    /// before) as the runtime's <see cref="IOperatorMetrics"/>, replacing the no-op, before or after
    /// <c>AddWhatsAppOperator</c>.
    /// </summary>
    public static IServiceCollection AddOperatorMetrics(this IServiceCollection services)
    {
        // A registry per host rather than the static default: two operators in one test process never share series,
        // and a custom registry holds only our metrics (no process_*/dotnet_*). Program.cs registers Metrics.DefaultRegistry first.
        services.TryAddSingleton(_ => Prometheus.Metrics.NewCustomRegistry());
        services.TryAddSingleton<OperatorMetrics>();
        services.RemoveAll<IOperatorMetrics>();
        services.AddSingleton<IOperatorMetrics>(sp => sp.GetRequiredService<OperatorMetrics>());
        services.TryAddSingleton<CampaignMetricsRefresher>();
        return services;
    }

    /// <summary>Serves the metrics at <paramref name="pattern"/>, refreshing the campaign gauges at each scrape.</summary>
    public static IEndpointConventionBuilder MapOperatorMetrics(this IEndpointRouteBuilder routes, string pattern = "/metrics")
    {
        ArgumentNullException.ThrowIfNull(routes);
        var metrics = routes.ServiceProvider.GetRequiredService<OperatorMetrics>();
        var refresher = routes.ServiceProvider.GetRequiredService<CampaignMetricsRefresher>();
        metrics.Registry.AddBeforeCollectCallback(refresher.RefreshAsync);
        return routes.MapMetrics(pattern, metrics.Registry);
    }
}
