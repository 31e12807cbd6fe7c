namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>An admin or inspection request the gateway cannot carry out; <paramref name="Error"/> names the field.</summary>
public sealed record AdminError(string Error);
