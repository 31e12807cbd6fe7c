namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>Answer of <c>GET /health</c>.</summary>
public sealed record HealthResponse(string Status, int PhoneNumbers, int Templates, bool Webhooks);
