using System.Text.Json;

namespace WhatsAppCampaigns.MockGateway.Webhooks;

/// <summary>
/// Writes a webhook notification (reference §4.2–4.4): one entry for the business, one change per
/// run of events from the same number and of the same kind, statuses or messages + contacts.
/// </summary>
internal static partial class WebhookPayloadWriter
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
}
