using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Prometheus;

/// <summary>prometheus-net.AspNetCore's endpoint mapping.</summary>
public static class EndpointRouteBuilderExtensions
{
    /// <summary>Serves <paramref name="registry"/> at <paramref name="pattern"/> (GET), in the text format 0.0.4.</summary>
    /// <param name="endpoints">The application's endpoints.</param>
    /// <param name="pattern">The route, <c>/metrics</c> by default.</param>
    /// <param name="registry">The registry; <see cref="Metrics.DefaultRegistry"/> when null.</param>
    /// <returns>The endpoint, for further conventions (authorization, host filters).</returns>
    public static IEndpointConventionBuilder MapMetrics(this IEndpointRouteBuilder endpoints, string pattern = "/metrics",
        CollectorRegistry? registry = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var source = registry ?? Metrics.DefaultRegistry;
        return endpoints.MapGet(pattern, context => MetricsResponder.RespondAsync(context, source))
            .WithDisplayName("Prometheus metrics");
    }
}
