using System.Globalization;
using System.Text.Json;

namespace WhatsAppCampaigns.Webhooks.Payload;

/// <summary>JSON access that names the path of what is missing or mistyped.</summary>
public static partial class WebhookPayloadParser
{
    private static void Expect(JsonElement element, JsonValueKind kind, string path, string what)
    {
        if (element.ValueKind != kind) throw new MalformedPayloadException($"{path}: expected {what}");
    }

    private static JsonElement Property(JsonElement parent, string name, string path) =>
        parent.TryGetProperty(name, out var value) ? value : throw new MalformedPayloadException($"{path}: missing");

    private static JsonElement Object(JsonElement parent, string name, string path)
    {
        var value = Property(parent, name, path);
        Expect(value, JsonValueKind.Object, path, "an object");
        return value;
    }

    private static string RequiredString(JsonElement parent, string name, string path)
    {
        var value = Property(parent, name, path);
        if (value.ValueKind != JsonValueKind.String || value.GetString() is not { Length: > 0 } text)
            throw new MalformedPayloadException($"{path}: expected a non-empty string");
        return text;
    }

    private static string? OptionalString(JsonElement parent, string name, string path)
    {
        if (!parent.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String) throw new MalformedPayloadException($"{path}: expected a string");
        return value.GetString();
    }

    // Statuses and messages write Unix seconds as strings, user_preferences as a number: take both.
    private static long UnixSeconds(JsonElement parent, string name, string path)
    {
        var value = Property(parent, name, path);
        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var number) && number >= 0) return number;
        if (value.ValueKind == JsonValueKind.String
            && long.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out var parsed)) return parsed;
        throw new MalformedPayloadException($"{path}: expected Unix seconds");
    }

    private static IEnumerable<(JsonElement Item, string Path)> Items(JsonElement value, string name, string valuePath)
    {
        if (!value.TryGetProperty(name, out var array) || array.ValueKind == JsonValueKind.Null) yield break;
        var path = valuePath + "." + name;
        Expect(array, JsonValueKind.Array, path, "an array");
        var i = 0;
        foreach (var item in array.EnumerateArray()) yield return (item, $"{path}[{i++}]");
    }
}
