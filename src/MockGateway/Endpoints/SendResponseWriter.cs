using System.Text.Json;

namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>Writes the send endpoint's two bodies: the success body (§1.5) and the Graph error envelope (§2.1).</summary>
internal static class SendResponseWriter
{
    public static void WriteAccepted(Utf8JsonWriter writer, string input, string waId, string wamid, bool isTemplate)
    {
        writer.WriteStartObject();
        writer.WriteString("messaging_product"u8, "whatsapp"u8);
        writer.WriteStartArray("contacts"u8);
        writer.WriteStartObject();
        writer.WriteString("input"u8, input);
        writer.WriteString("wa_id"u8, waId);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteStartArray("messages"u8);
        writer.WriteStartObject();
        writer.WriteString("id"u8, wamid);
        // Meta reports message_status for template sends only.
        if (isTemplate) writer.WriteString("message_status"u8, "accepted"u8);
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static void WriteError(Utf8JsonWriter writer, GraphError error, string fbtraceId)
    {
        writer.WriteStartObject();
        writer.WriteStartObject("error"u8);
        writer.WriteString("message"u8, error.Message);
        writer.WriteString("type"u8, error.Type);
        writer.WriteNumber("code"u8, error.Code);
        if (error.Subcode is { } subcode) writer.WriteNumber("error_subcode"u8, subcode);
        writer.WriteStartObject("error_data"u8);
        writer.WriteString("messaging_product"u8, "whatsapp"u8);
        writer.WriteString("details"u8, error.Details);
        writer.WriteEndObject();
        writer.WriteString("fbtrace_id"u8, fbtraceId);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
