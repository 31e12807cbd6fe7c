using System.Buffers;
using System.Text.Json;
using WhatsAppCampaigns.CampaignState.Snapshot;

namespace WhatsAppCampaigns.SenderWorker.Gateway;

/// <summary>Writes the send request body (reference section 1.2-1.4). Pure.</summary>
internal static class SendRequestWriter
{
    /// <summary>The JSON body for <paramref name="message"/> to <paramref name="e164"/>.</summary>
    public static byte[] Write(string e164, CampaignMessage message, string callbackData)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("messaging_product", "whatsapp");
            json.WriteString("recipient_type", "individual");
            json.WriteString("to", e164);
            if (message.Template is { } template)
                WriteTemplate(json, template);
            else
            {
                json.WriteString("type", "text");
                json.WriteStartObject("text");
                json.WriteBoolean("preview_url", false);
                json.WriteString("body", message.Text ?? "");
                json.WriteEndObject();
            }
            json.WriteString("biz_opaque_callback_data", callbackData);
            json.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    private static void WriteTemplate(Utf8JsonWriter json, TemplateMessage template)
    {
        json.WriteString("type", "template");
        json.WriteStartObject("template");
        json.WriteString("name", template.Name);
        json.WriteStartObject("language");
        json.WriteString("code", template.Language);
        json.WriteEndObject();
        if (template.Components is { Count: > 0 } components)
        {
            json.WriteStartArray("components");
            foreach (var component in components)
            {
                json.WriteStartObject();
                json.WriteString("type", component.Type);
                if (component.SubType is { } subType) json.WriteString("sub_type", subType);
                if (component.Index is { } index) json.WriteString("index", index.ToString(System.Globalization.CultureInfo.InvariantCulture));
                json.WriteStartArray("parameters");
                foreach (var parameter in component.Parameters ?? [])
                {
                    json.WriteStartObject();
                    json.WriteString("type", "text");
                    if (parameter.ParameterName is { } name) json.WriteString("parameter_name", name);
                    json.WriteString("text", parameter.Text);
                    json.WriteEndObject();
                }
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }
}
