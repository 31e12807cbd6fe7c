using System.Text.Json;
using WhatsAppCampaigns.MockGateway.Endpoints;
using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary><c>statuses[]</c> entries (reference §4.3), with <c>errors[]</c> in the webhook shape of §2.2.</summary>
internal static partial class WebhookPayloadWriter
{
    private static void WriteStatus(Utf8JsonWriter writer, StatusEvent status)
    {
        writer.WriteStartObject();
        writer.WriteString("id"u8, status.Wamid);
        writer.WriteString("status"u8, StatusEvent.Name(status.Status));
        writer.WriteString("timestamp"u8, status.UnixSeconds);
        writer.WriteString("recipient_id"u8, status.WaId);
        if (status.BizOpaqueCallbackData is { } opaque) writer.WriteString("biz_opaque_callback_data"u8, opaque);
        if (status.Status == MessageStatus.Failed)
        {
            WriteErrors(writer, status.ErrorCode);
        }
        else
        {
            WriteConversation(writer, status);
            writer.WriteStartObject("pricing"u8);
            writer.WriteBoolean("billable"u8, status.Billable);
            writer.WriteString("pricing_model"u8, "PMP"u8);
            writer.WriteString("type"u8, status.Billable ? "regular" : "free_customer_service");
            writer.WriteString("category"u8, status.Category);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    private static void WriteConversation(Utf8JsonWriter writer, StatusEvent status)
    {
        writer.WriteStartObject("conversation"u8);
        writer.WriteString("id"u8, SeededDraw.Hash(status.PhoneNumberId + "/" + status.WaId).ToString("x16", System.Globalization.CultureInfo.InvariantCulture));
        // Meta sends the expiration only with the first status of a conversation.
        if (status.Status == MessageStatus.Sent)
        {
            writer.WriteString("expiration_timestamp"u8, WebhookEvent.ToUnixSeconds(status.LogicalTicks + TimeSpan.TicksPerDay));
        }
        writer.WriteStartObject("origin"u8);
        writer.WriteString("type"u8, status.Category);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteErrors(Utf8JsonWriter writer, int code)
    {
        var title = GraphErrors.Describe(code).Title;
        writer.WriteStartArray("errors"u8);
        writer.WriteStartObject();
        writer.WriteNumber("code"u8, code);
        writer.WriteString("title"u8, title);
        writer.WriteString("message"u8, title);
        writer.WriteStartObject("error_data"u8);
        writer.WriteString("details"u8, GraphErrors.AsyncDetails(code));
        writer.WriteEndObject();
        writer.WriteString("href"u8, GraphErrors.DocumentationUrl);
        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
