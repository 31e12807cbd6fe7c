namespace WhatsAppCampaigns.Webhooks.Payload;

/// <summary>Internal control flow of <see cref="WebhookPayloadParser"/>: it never leaves <see cref="WebhookPayloadParser.TryParse"/>.</summary>
internal sealed class MalformedPayloadException(string message) : Exception(message);
