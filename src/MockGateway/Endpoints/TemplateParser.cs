using System.Text.Json;

namespace WhatsAppCampaigns.MockGateway.Endpoints;

/// <summary>Reads the <c>template</c> object: name, language, and the parameters of each component.</summary>
internal static class TemplateParser
{
    public static GraphError? Read(ref Utf8JsonReader reader, SendRequest request)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject) return SendRequestParser.Invalid("template must be an object");
        request.HasTemplate = true;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            GraphError? error;
            if (reader.ValueTextEquals("name"u8))
            {
                error = SendRequestParser.ReadString(ref reader, "template.name", out var value);
                request.TemplateName = value;
            }
            else if (reader.ValueTextEquals("language"u8))
            {
                error = ReadLanguage(ref reader, request);
            }
            else if (reader.ValueTextEquals("components"u8))
            {
                error = ReadComponents(ref reader, request);
            }
            else
            {
                reader.Read();
                reader.Skip();
                error = null;
            }
            if (error is not null) return error;
        }
        return null;
    }

    private static GraphError? ReadLanguage(ref Utf8JsonReader reader, SendRequest request)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject) return SendRequestParser.Invalid("template.language must be an object");
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("code"u8))
            {
                var error = SendRequestParser.ReadString(ref reader, "template.language.code", out var value);
                request.TemplateLanguage = value;
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

    private static GraphError? ReadComponents(ref Utf8JsonReader reader, SendRequest request)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray) return SendRequestParser.Invalid("template.components must be an array");
        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
                return SendRequestParser.Invalid($"template.components[{index}] must be an object");
            var error = ReadComponent(ref reader, request, index++);
            if (error is not null) return error;
        }
        return null;
    }

    private static GraphError? ReadComponent(ref Utf8JsonReader reader, SendRequest request, int index)
    {
        string? type = null;
        var parameters = 0;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("type"u8))
            {
                var error = SendRequestParser.ReadString(ref reader, "template.components[].type", out var value);
                type = value;
                if (error is not null) return error;
            }
            else if (reader.ValueTextEquals("parameters"u8))
            {
                var error = ReadParameters(ref reader, request, index, out parameters);
                if (error is not null) return error;
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }
        switch (type)
        {
            case "header": request.HeaderParameterCount += parameters; return null;
            case "body": request.BodyParameterCount += parameters; return null;
            case "button": request.ButtonParameterCount += parameters; return null;
            case null:
                return GraphErrors.Create(GraphErrors.RequiredParameterMissing, $"template.components[{index}].type is required");
            default:
                return SendRequestParser.Invalid($"template.components[{index}].type must be header, body or button, was '{type}'");
        }
    }

    private static GraphError? ReadParameters(ref Utf8JsonReader reader, SendRequest request, int component, out int count)
    {
        count = 0;
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartArray)
            return SendRequestParser.Invalid($"template.components[{component}].parameters must be an array");
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType != JsonTokenType.StartObject)
                return SendRequestParser.Invalid($"template.components[{component}].parameters[{count}] must be an object");
            request.AddTemplateParameter(ReadParameterValue(ref reader));
            count++;
        }
        return null;
    }

    /// <summary>The recorded value of one parameter: its text, fallback value, payload or media link.</summary>
    private static string ReadParameterValue(ref Utf8JsonReader reader)
    {
        var value = "";
        var depth = reader.CurrentDepth;
        while (reader.Read() && !(reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth))
        {
            if (reader.TokenType != JsonTokenType.PropertyName) continue;
            var wanted = reader.ValueTextEquals("text"u8) || reader.ValueTextEquals("fallback_value"u8)
                || reader.ValueTextEquals("payload"u8) || reader.ValueTextEquals("link"u8);
            reader.Read();
            if (wanted && reader.TokenType == JsonTokenType.String) value = reader.GetString()!;
        }
        return value;
    }
}
