using Kube.Client.KubernetesClient;
using Kube.Client;
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
        routes.MapGet("/healthz/ready", async (IRunProgressStore redis, IKubernetesClient kube, CancellationToken ct) =>
        {
            try
            {
                await redis.PingAsync(ct);
            }
            catch (Exception ex) when (ex is Redis.Client.RedisException or TimeoutException)
            {
                return Results.Text($"redis: {ex.Message}", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            try
            {
                await kube.GetAsync<V1WhatsAppSession>("healthz-probe", "default", ct);
            }
            catch (Exception ex) when (ex is HttpRequestException or Kube.Client.Autorest.HttpOperationException)
            {
                return Results.Text($"kubernetes API: {ex.Message}", statusCode: StatusCodes.Status503ServiceUnavailable);
            }
            return Results.Ok("ready");
        });
        return routes;
    }
}
