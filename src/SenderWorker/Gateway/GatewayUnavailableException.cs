namespace WhatsAppCampaigns.SenderWorker.Gateway;

/// <summary>The gateway stayed unavailable past the deadline: the run ends "retry me", nobody is marked failed.</summary>
public sealed class GatewayUnavailableException(string message) : Exception(message);
