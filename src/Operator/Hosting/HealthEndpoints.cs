using k8s;
using k8s.Autorest;
using k8s.Exceptions;
using Kube.Operator.Client;
using Kube.Operator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WhatsAppCampaigns.Operator.Entities;
using WhatsAppCampaigns.Operator.Progress;

namespace WhatsAppCampaigns.Operator.Hosting;

/// <summary><c>/healthz/live</c> (the process answers) and <c>/healthz/ready</c> (Redis and the API server answer).</summary>
public static class HealthEndpoints
{
    /// <summary>Maps both endpoints.</summary>
    public static IEndpointRouteBuilder MapOperatorHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/healthz/live", () => Results.Ok("live"));
        routes.MapGet("/healthz/ready", ReadyAsync);
        return routes;
    }

    /// <summary>
    /// Ready when Redis answers PING and the API server answers a list of WhatsAppSessions (at most one,
    /// <c>limit=1</c>) where the operator works: its watched namespace, or all namespaces. That is a read
    /// its informers make anyway, so it needs no permission beyond the operator's own Role or ClusterRole
    /// (a fixed object in another namespace would need a Role there), and a 403 there is a real fault.
    /// </summary>
    private static async Task<IResult> ReadyAsync(IRunProgressStore redis, IKubernetesClient kube, OperatorSettings settings,
        CancellationToken ct)
    {
        try
        {
            await redis.PingAsync(ct);
        }
        catch (Exception ex) when (ex is StackExchange.Redis.RedisException or TimeoutException)
        {
            return Results.Text($"redis: {ex.Message}", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        try
        {
            await kube.ListAsync<V1WhatsAppSession>(settings.Namespace, new ListOptions { Limit = 1 }, ct);
        }
        catch (Exception ex) when (ex is HttpRequestException or HttpOperationException or TimeoutException or KubernetesClientException)
        {
            var where = settings.Namespace is { } ns ? $"namespace {ns}" : "all namespaces";
            return Results.Text($"kubernetes API ({where}): {ex.Message}", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
        return Results.Ok("ready");
    }
}
