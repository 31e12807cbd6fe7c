using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Rules;

namespace WhatsAppCampaigns.MockGateway.Inspection;

/// <summary>
/// <c>/inspection</c>, for tests: the recent accepted messages (all, or to one recipient), counts per
/// recipient (a count above 1 is a duplicate) and one recipient's count and last message,
/// counters, and a reset between test cases.
/// </summary>
internal static class InspectionEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var inspection = routes.MapGroup("/inspection");
        inspection.MapGet("/messages", (MessageLog log, string? recipient) =>
        {
            var waId = recipient is not null && WaIds.TryNormalize(recipient, out var normalized) ? normalized : recipient;
            return Results.Json(log.Snapshot(waId), MockGatewayJsonContext.Relaxed.IReadOnlyListAcceptedMessage);
        });
        inspection.MapGet("/recipients", (MessageLog log) =>
            Results.Json(log.CountsByRecipient(), MockGatewayJsonContext.Relaxed.IReadOnlyDictionaryStringInt32));
        inspection.MapGet("/recipients/{recipient}", (MessageLog log, string recipient) =>
            log.Recipient(WaIds.TryNormalize(recipient, out var waId) ? waId : recipient) is { } summary
                ? Results.Json(summary, MockGatewayJsonContext.Relaxed.AcceptedRecipient)
                : Results.NotFound());
        inspection.MapGet("/counters", (GatewayCounters counters) =>
            Results.Json(counters.Snapshot(), MockGatewayJsonContext.Relaxed.CountersSnapshot));
        inspection.MapPost("/reset", (MessageLog log, GatewayCounters counters, GatewayState state, ILoggerFactory loggers) =>
        {
            log.Clear();
            counters.Reset();
            state.Reset();
            Log.StateReset(loggers.CreateLogger("MockGateway.Inspection"));
            return Results.NoContent();
        });
    }
}
