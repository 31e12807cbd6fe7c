using WhatsAppCampaigns.MockGateway.Endpoints;
using WhatsAppCampaigns.MockGateway.Inspection;
using WhatsAppCampaigns.MockGateway.Rules;
using WhatsAppCampaigns.MockGateway.Webhooks;

namespace WhatsAppCampaigns.MockGateway.Hosting;

/// <summary>Maps the mock gateway's HTTP surface.</summary>
public static class EndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps <c>POST /{version}/{phoneNumberId}/messages</c>, <c>GET /health</c>, <c>/inspection/…</c>
    /// and <c>/admin/…</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapMockGateway(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var send = routes.ServiceProvider.GetRequiredService<SendMessageEndpoint>();
        routes.MapPost("/{version}/{phoneNumberId}/messages", send.HandleAsync);
        routes.MapGet("/health", (GatewayState state, WebhookDispatcher webhooks) => Results.Json(
            new HealthResponse("healthy", state.Numbers.Count, state.Templates.Count, webhooks.Enabled),
            MockGatewayJsonContext.Relaxed.HealthResponse));
        InspectionEndpoints.Map(routes);
        AdminEndpoints.Map(routes);
        return routes;
    }
}
