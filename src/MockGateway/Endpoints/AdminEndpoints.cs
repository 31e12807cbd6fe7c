using System.Text.Json;
using WhatsAppCampaigns.MockGateway.Hosting;
using WhatsAppCampaigns.MockGateway.Rules;
using WhatsAppCampaigns.MockGateway.Scenarios;
using WhatsAppCampaigns.MockGateway.Webhooks;

namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>
/// <c>/admin</c>: read and replace the scenario at run time, and simulate a user writing in.
/// </summary>
internal static class AdminEndpoints
{
    public static void Map(IEndpointRouteBuilder routes)
    {
        var admin = routes.MapGroup("/admin");
        admin.MapGet("/scenario", (ScenarioStore store) =>
            Results.Json(store.Current.Source, MockGatewayJsonContext.Relaxed.Scenario));
        admin.MapPut("/scenario", ReplaceScenarioAsync);
        admin.MapPost("/inbound", InboundAsync);
    }

    private static async Task<IResult> ReplaceScenarioAsync(HttpRequest request, ScenarioStore store, ILoggerFactory loggers)
    {
        try
        {
            var scenario = await JsonSerializer.DeserializeAsync(request.Body, MockGatewayJsonContext.Relaxed.Scenario, request.HttpContext.RequestAborted)
                ?? throw new ScenarioException("the body must be a scenario object");
            store.Replace(scenario);
            Log.ScenarioReplaced(loggers.CreateLogger("MockGateway.Admin"), scenario.Seed);
            return Results.Json(store.Current.Source, MockGatewayJsonContext.Relaxed.Scenario);
        }
        catch (Exception ex) when (ex is JsonException or ScenarioException)
        {
            return Results.Json(new AdminError($"scenario: {ex.Message}"), MockGatewayJsonContext.Relaxed.AdminError, statusCode: 400);
        }
    }

    private static async Task<IResult> InboundAsync(HttpRequest http, GatewayState state, WebhookDispatcher webhooks, TimeProvider time)
    {
        InboundRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync(http.Body, MockGatewayJsonContext.Relaxed.InboundRequest, http.HttpContext.RequestAborted);
        }
        catch (JsonException ex)
        {
            return Error($"inbound: {ex.Message}");
        }
        if (request is null || string.IsNullOrEmpty(request.Text)) return Error("inbound: text is required");
        if (!WaIds.TryNormalize(request.From, out var waId)) return Error($"inbound: from '{request.From}' is not a phone number");
        var numberId = request.PhoneNumberId ?? state.Options.PhoneNumbers[0].PhoneNumberId;
        if (!state.Numbers.TryGetValue(numberId, out var number)) return Error($"inbound: phoneNumberId '{numberId}' is not registered");

        var now = time.GetUtcNow();
        var pair = number.Pair(waId);
        pair.RecordInbound(now.UtcTicks);
        var wamid = WamidFactory.Create(waId, SeededDraw.Mix(SeededDraw.Hash(waId) ^ unchecked((ulong)now.UtcTicks) ^ (ulong)pair.NextAttempt()), state.Epoch);
        if (webhooks.Enabled)
        {
            var inbound = new InboundEvent
            {
                PhoneNumberId = number.PhoneNumberId,
                DisplayPhoneNumber = number.Options.DisplayPhoneNumber,
                WaId = waId,
                LogicalTicks = now.UtcTicks,
                DueTicks = now.UtcTicks,
                Wamid = wamid,
                Text = request.Text,
                ContextId = request.ContextId,
            };
            await webhooks.EnqueueAsync(WebhookJob.ForInbound(inbound), http.HttpContext.RequestAborted);
        }
        return Results.Json(new InboundResponse(wamid, waId, now.AddDays(1)), MockGatewayJsonContext.Relaxed.InboundResponse);
    }

    private static IResult Error(string message) =>
        Results.Json(new AdminError(message), MockGatewayJsonContext.Relaxed.AdminError, statusCode: 400);
}
