namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>Answer of <c>POST /admin/inbound</c>.</summary>
/// <param name="Id">The inbound message's wamid.</param>
/// <param name="WaId">The user's wa_id.</param>
/// <param name="WindowOpenUntil">When the customer-service window closes, unless the user writes again.</param>
public sealed record InboundResponse(string Id, string WaId, DateTimeOffset WindowOpenUntil);
