using System.Text.Json;
using WhatsAppCampaigns.MockGateway.Endpoints;
using WhatsAppCampaigns.MockGateway.Scenarios;

namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>
/// Writes a webhook notification (reference §4.2–4.4): one entry for the business, one change per
/// run of events from the same number and of the same kind, statuses or messages + contacts.
/// </summary>
internal static class WebhookPayloadWriter
{
    public static void Write(Utf8JsonWriter writer, string businessAccountId, IReadOnlyList<WebhookEvent> events)
    {
        writer.WriteStartObject();
        writer.WriteString("object"u8, "whatsapp_business_account"u8);
        writer.WriteStartArray("entry"u8);
        writer.WriteStartObject();
        writer.WriteString("id"u8, businessAccountId);
        writer.WriteStartArray("changes"u8);
        var start = 0;
        while (start < events.Count)
        {
            var end = start + 1;
            while (end < events.Count && events[end].PhoneNumberId == events[start].PhoneNumberId
                   && events[end].GetType() == events[start].GetType())
                end++;
            WriteChange(writer, events, start, end);
            start = end;
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteChange(Utf8JsonWriter writer, IReadOnlyList<WebhookEvent> events, int start, int end)
    {
        var first = events[start];
        writer.WriteStartObject();
        writer.WriteStartObject("value"u8);
        writer.WriteString("messaging_product"u8, "whatsapp"u8);
        writer.WriteStartObject("metadata"u8);
        writer.WriteString("display_phone_number"u8, first.DisplayPhoneNumber);
        writer.WriteString("phone_number_id"u8, first.PhoneNumberId);
        writer.WriteEndObject();
        if (first is StatusEvent)
        {
            writer.WriteStartArray("statuses"u8);
            for (var i = start; i < end; i++) WriteStatus(writer, (StatusEvent)events[i]);
            writer.WriteEndArray();
        }
        else
        {
            writer.WriteStartArray("contacts"u8);
            for (var i = start; i < end; i++) WriteContact(writer, (InboundEvent)events[i]);
            writer.WriteEndArray();
            writer.WriteStartArray("messages"u8);
            for (var i = start; i < end; i++) WriteInbound(writer, (InboundEvent)events[i]);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
        writer.WriteString("field"u8, "messages"u8);
        writer.WriteEndObject();
    }

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
