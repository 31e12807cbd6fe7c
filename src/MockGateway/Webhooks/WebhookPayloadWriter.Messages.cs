using System.Text.Json;

namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>Inbound <c>contacts[]</c> and <c>messages[]</c> entries (reference §4.4).</summary>
internal static partial class WebhookPayloadWriter
{
    private static void WriteContact(Utf8JsonWriter writer, InboundEvent inbound)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("profile"u8);
        writer.WriteString("name"u8, inbound.ProfileName);
        writer.WriteEndObject();
        writer.WriteString("wa_id"u8, inbound.WaId);
        writer.WriteEndObject();
    }

    private static void WriteInbound(Utf8JsonWriter writer, InboundEvent inbound)
    {
        writer.WriteStartObject();
        if (inbound.ContextId is { } contextId)
        {
            writer.WriteStartObject("context"u8);
            writer.WriteString("from"u8, inbound.DisplayPhoneNumber);
            writer.WriteString("id"u8, contextId);
            writer.WriteEndObject();
        }
        writer.WriteString("from"u8, inbound.WaId);
        writer.WriteString("id"u8, inbound.Wamid);
        writer.WriteString("timestamp"u8, inbound.UnixSeconds);
        writer.WriteString("type"u8, "text"u8);
        writer.WriteStartObject("text"u8);
        writer.WriteString("body"u8, inbound.Text);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
