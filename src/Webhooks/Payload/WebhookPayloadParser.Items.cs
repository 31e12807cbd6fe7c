using System.Text.Json;

namespace WhatsAppCampaigns.Webhooks.Payload;

/// <summary>The entries of each kind: statuses, inbound messages, preference changes.</summary>
public static partial class WebhookPayloadParser
{
    private static StatusUpdate? ReadStatus(JsonElement item, string path, string phoneNumberId)
    {
        Expect(item, JsonValueKind.Object, path, "an object");
        var status = RequiredString(item, "status", path + ".status");
        if (!DeliveryStatus.IsKnown(status)) return null; // played, deleted, ...: nothing to record
        var wamid = RequiredString(item, "id", path + ".id");
        var timestamp = UnixSeconds(item, "timestamp", path + ".timestamp");
        var recipient = RequiredString(item, "recipient_id", path + ".recipient_id");
        var callback = OptionalString(item, "biz_opaque_callback_data", path + ".biz_opaque_callback_data");
        WebhookError? error = null;
        if (status == DeliveryStatus.Failed)
        {
            var errorsPath = path + ".errors";
            var errors = Property(item, "errors", errorsPath);
            if (errors.ValueKind != JsonValueKind.Array || errors.GetArrayLength() == 0)
                throw new MalformedPayloadException($"{errorsPath}: a failed status needs a non-empty array");
            error = ReadError(errors[0], errorsPath + "[0]");
        }
        StatusPricing? pricing = null;
        if (item.TryGetProperty("pricing", out var p) && p.ValueKind == JsonValueKind.Object)
        {
            pricing = new StatusPricing(
                p.TryGetProperty("billable", out var b) && b.ValueKind == JsonValueKind.True,
                OptionalString(p, "pricing_model", path + ".pricing.pricing_model"),
                OptionalString(p, "type", path + ".pricing.type"),
                OptionalString(p, "category", path + ".pricing.category"));
        }
        return new StatusUpdate(phoneNumberId, wamid, status, timestamp, recipient, callback, error, pricing);
    }

    private static WebhookError ReadError(JsonElement error, string path)
    {
        Expect(error, JsonValueKind.Object, path, "an object");
        var code = Property(error, "code", path + ".code");
        if (code.ValueKind != JsonValueKind.Number || !code.TryGetInt32(out var value))
            throw new MalformedPayloadException($"{path}.code: expected an integer");
        string? details = null;
        if (error.TryGetProperty("error_data", out var data) && data.ValueKind == JsonValueKind.Object)
            details = OptionalString(data, "details", path + ".error_data.details");
        return new WebhookError(value, OptionalString(error, "title", path + ".title"),
            OptionalString(error, "message", path + ".message"), details);
    }

    private static InboundMessage ReadMessage(JsonElement item, string path, string phoneNumberId)
    {
        Expect(item, JsonValueKind.Object, path, "an object");
        var from = RequiredString(item, "from", path + ".from");
        var wamid = RequiredString(item, "id", path + ".id");
        var timestamp = UnixSeconds(item, "timestamp", path + ".timestamp");
        var type = RequiredString(item, "type", path + ".type");
        string? text = null, payload = null;
        switch (type)
        {
            case "text":
                text = RequiredString(Object(item, "text", path + ".text"), "body", path + ".text.body");
                break;
            case "button":
                var button = Object(item, "button", path + ".button");
                text = OptionalString(button, "text", path + ".button.text");
                payload = OptionalString(button, "payload", path + ".button.payload");
                break;
            case "interactive":
                var interactive = Object(item, "interactive", path + ".interactive");
                var replyType = RequiredString(interactive, "type", path + ".interactive.type");
                if (interactive.TryGetProperty(replyType, out var reply) && reply.ValueKind == JsonValueKind.Object)
                {
                    text = OptionalString(reply, "title", $"{path}.interactive.{replyType}.title");
                    payload = OptionalString(reply, "id", $"{path}.interactive.{replyType}.id");
                }
                break;
        }
        string? contextId = null;
        if (item.TryGetProperty("context", out var context) && context.ValueKind == JsonValueKind.Object)
            contextId = OptionalString(context, "id", path + ".context.id");
        return new InboundMessage(phoneNumberId, from, wamid, timestamp, type, text, payload, contextId);
    }

    private static PreferenceChange ReadPreference(JsonElement item, string path, string phoneNumberId)
    {
        Expect(item, JsonValueKind.Object, path, "an object");
        return new PreferenceChange(phoneNumberId,
            RequiredString(item, "wa_id", path + ".wa_id"),
            OptionalString(item, "category", path + ".category"),
            RequiredString(item, "value", path + ".value"),
            UnixSeconds(item, "timestamp", path + ".timestamp"));
    }
}
