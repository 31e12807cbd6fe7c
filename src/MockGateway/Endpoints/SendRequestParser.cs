using System.Buffers;
using System.Text.Json;

namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>
/// Reads a send request body with <see cref="Utf8JsonReader"/> straight from the request buffers
/// (no DOM, no reflection). Unknown fields are skipped, as newer API fields keep appearing.
/// Returns the Graph error Meta gives for a body it cannot read, naming the field.
/// </summary>
internal static class SendRequestParser
{
    public static GraphError? Parse(ReadOnlySequence<byte> body, SendRequest request)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 16 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return Invalid("the request body must be a JSON object");
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var error = ReadTopLevel(ref reader, request);
                if (error is not null) return error;
            }
            return null;
        }
        catch (JsonException ex)
        {
            return Invalid($"the request body is not valid JSON: {ex.Message}");
        }
    }

    private static GraphError? ReadTopLevel(ref Utf8JsonReader reader, SendRequest request)
    {
        GraphError? error;
        string? value;
        if (reader.ValueTextEquals("messaging_product"u8))
        {
            error = ReadKnownString(ref reader, "messaging_product", "whatsapp"u8, "whatsapp", out value);
            request.MessagingProduct = value;
            return error;
        }
        if (reader.ValueTextEquals("recipient_type"u8))
        {
            error = ReadKnownString(ref reader, "recipient_type", "individual"u8, "individual", out value);
            request.RecipientType = value;
            return error;
        }
        if (reader.ValueTextEquals("to"u8))
        {
            error = ReadString(ref reader, "to", out value);
            request.To = value;
            return error;
        }
        if (reader.ValueTextEquals("biz_opaque_callback_data"u8))
        {
            error = ReadString(ref reader, "biz_opaque_callback_data", out value);
            request.BizOpaqueCallbackData = value;
            return error;
        }
        if (reader.ValueTextEquals("type"u8))
        {
            reader.Read();
            if (reader.TokenType != JsonTokenType.String) return Invalid("type must be a string");
            request.Kind = reader.ValueTextEquals("text"u8) ? MessageKind.Text
                : reader.ValueTextEquals("template"u8) ? MessageKind.Template
                : MessageKind.Unsupported;
            if (request.Kind == MessageKind.Unsupported) request.TypeName = reader.GetString();
            return null;
        }
        if (reader.ValueTextEquals("text"u8)) return ReadText(ref reader, request);
        if (reader.ValueTextEquals("template"u8)) return TemplateParser.Read(ref reader, request);
        if (reader.ValueTextEquals("context"u8)) return ReadContext(ref reader, request);
        reader.Read();
        reader.Skip();
        return null;
    }

    private static GraphError? ReadText(ref Utf8JsonReader reader, SendRequest request)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject) return Invalid("text must be an object");
        request.HasText = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("body"u8))
            {
                var error = ReadString(ref reader, "text.body", out var value);
                request.TextBody = value;
                if (error is not null) return error;
            }
            else if (reader.ValueTextEquals("preview_url"u8))
            {
                reader.Read();
                if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
                    return Invalid("text.preview_url must be a boolean");
                request.PreviewUrl = reader.GetBoolean();
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return null;
    }

    private static GraphError? ReadContext(ref Utf8JsonReader reader, SendRequest request)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject) return Invalid("context must be an object");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("message_id"u8))
            {
                var error = ReadString(ref reader, "context.message_id", out var value);
                request.ContextMessageId = value;
                if (error is not null) return error;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        return null;
    }

    /// <summary>Reads the value after a property name as a string (null stays null).</summary>
    internal static GraphError? ReadString(ref Utf8JsonReader reader, string field, out string? value)
    {
        value = null;
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.String) return Invalid($"{field} must be a string");
        value = reader.GetString();
        return null;
    }

    /// <summary>
    /// Like <see cref="ReadString"/>, but the value every well-formed request carries comes back as
    /// the shared <paramref name="expected"/> string instead of a new one per request.
    /// </summary>
    private static GraphError? ReadKnownString(ref Utf8JsonReader reader, string field, ReadOnlySpan<byte> expectedUtf8, string expected,
        out string? value)
    {
        value = null;
        reader.Read();
        if (reader.TokenType == JsonTokenType.Null) return null;
        if (reader.TokenType != JsonTokenType.String) return Invalid($"{field} must be a string");
        value = reader.ValueTextEquals(expectedUtf8) ? expected : reader.GetString();
        return null;
    }

    internal static GraphError Invalid(string details) => GraphErrors.Create(GraphErrors.InvalidParameter, details);
}
