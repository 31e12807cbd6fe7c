using System.Text.Json;

namespace WhatsAppCampaigns.Webhooks.Payload;

/// <summary>
/// Reads a notification body (reference §4.2–4.4, §5): lenient about what it does not use (unknown
/// fields, fields and statuses it has no use for are skipped), strict about what it does, and
/// never throwing: a malformed body gives a reason naming the JSON path of the first problem,
/// e.g. <c>entry[0].changes[1].value.statuses[0].id: expected a string</c>. Pure.
/// </summary>
public static partial class WebhookPayloadParser
{
    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 64 };

    /// <summary>Parses <paramref name="body"/>; false with <paramref name="error"/> set when it is malformed.</summary>
    /// <param name="body">The raw request body (UTF-8 JSON).</param>
    /// <param name="payload">The notification, when it parsed.</param>
    /// <param name="error">Why it did not, naming the field.</param>
    public static bool TryParse(ReadOnlyMemory<byte> body, out WebhookPayload? payload, out string? error)
    {
        payload = null;
        error = null;
        if (body.IsEmpty)
        {
            error = "body: empty, expected a JSON object";
            return false;
        }
        try
        {
            using var document = JsonDocument.Parse(body, DocumentOptions);
            payload = Read(document.RootElement);
            return true;
        }
        catch (JsonException ex)
        {
            error = $"body: not valid JSON ({ex.Message})";
            return false;
        }
        catch (MalformedPayloadException ex)
        {
            error = ex.Message;
            return false;
        }
    }

    private static WebhookPayload Read(JsonElement root)
    {
        Expect(root, JsonValueKind.Object, "body", "a JSON object");
        var kind = Property(root, "object", "object");
        if (kind.ValueKind != JsonValueKind.String || kind.GetString() != "whatsapp_business_account")
            throw new MalformedPayloadException("object: expected \"whatsapp_business_account\"");
        var entries = Property(root, "entry", "entry");
        Expect(entries, JsonValueKind.Array, "entry", "an array");
        var sink = new Sink();
        var e = 0;
        foreach (var entry in entries.EnumerateArray())
        {
            var entryPath = $"entry[{e++}]";
            Expect(entry, JsonValueKind.Object, entryPath, "an object");
            var changes = Property(entry, "changes", entryPath + ".changes");
            Expect(changes, JsonValueKind.Array, entryPath + ".changes", "an array");
            var c = 0;
            foreach (var change in changes.EnumerateArray()) ReadChange(change, $"{entryPath}.changes[{c++}]", sink);
        }
        return new WebhookPayload(sink.Statuses, sink.Messages, sink.Preferences, sink.Ignored);
    }

    private static void ReadChange(JsonElement change, string path, Sink sink)
    {
        Expect(change, JsonValueKind.Object, path, "an object");
        var field = OptionalString(change, "field", path + ".field");
        if (field is not ("messages" or "user_preferences"))
        {
            sink.Ignored++; // template, account and quality updates: not this receiver's business
            return;
        }
        var valuePath = path + ".value";
        var value = Property(change, "value", valuePath);
        Expect(value, JsonValueKind.Object, valuePath, "an object");
        var metadata = Property(value, "metadata", valuePath + ".metadata");
        Expect(metadata, JsonValueKind.Object, valuePath + ".metadata", "an object");
        var phoneNumberId = RequiredString(metadata, "phone_number_id", valuePath + ".metadata.phone_number_id");
        if (field == "user_preferences")
        {
            foreach (var (item, itemPath) in Items(value, "user_preferences", valuePath))
                sink.Preferences.Add(ReadPreference(item, itemPath, phoneNumberId));
            return;
        }
        foreach (var (item, itemPath) in Items(value, "statuses", valuePath))
        {
            var status = ReadStatus(item, itemPath, phoneNumberId);
            if (status is null) sink.Ignored++;
            else sink.Statuses.Add(status);
        }
        foreach (var (item, itemPath) in Items(value, "messages", valuePath))
            sink.Messages.Add(ReadMessage(item, itemPath, phoneNumberId));
        if (value.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array)
            sink.Ignored += errors.GetArrayLength(); // system-level errors: logged by count only
    }

    private sealed class Sink
    {
        public List<StatusUpdate> Statuses { get; } = [];

        public List<InboundMessage> Messages { get; } = [];

        public List<PreferenceChange> Preferences { get; } = [];

        public int Ignored { get; set; }
    }
}
