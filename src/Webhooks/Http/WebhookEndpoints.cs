using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using WhatsAppCampaigns.Webhooks.Hosting;

namespace WhatsAppCampaigns.Webhooks.Http;

/// <summary>Maps the callback URL: GET for Meta's verification handshake, POST for notifications.</summary>
public static class WebhookEndpoints
{
    /// <summary>Maps GET and POST on <see cref="WebhookOptions.Path"/>. Needs <see cref="ServiceCollectionExtensions.AddWhatsAppWebhooks"/>.</summary>
    /// <param name="routes">The application's routes.</param>
    public static IEndpointRouteBuilder MapWhatsAppWebhooks(this IEndpointRouteBuilder routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var path = routes.ServiceProvider.GetRequiredService<IOptions<WebhookOptions>>().Value.Path;
        routes.MapGet(path, (HttpContext context, WebhookRequestHandler handler) => handler.Handshake(context.Request.Query));
        routes.MapPost(path, (HttpContext context, WebhookRequestHandler handler) => handler.HandleAsync(context.Request, context.RequestAborted));
        return routes;
    }
}
