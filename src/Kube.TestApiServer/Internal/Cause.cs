using System.Text.Json.Nodes;

namespace Kube.TestApiServer.Internal;

/// <summary>One entry of Status details.causes.</summary>
internal sealed record Cause(string Reason, string Field, string Message)
{
    public static Cause Required(string field, string detail = "") =>
        new("FieldValueRequired", field, detail.Length == 0 ? "Required value" : $"Required value: {detail}");

    public static Cause Invalid(string field, JsonNode? value, string detail) =>
        new("FieldValueInvalid", field, $"Invalid value: {Render(value)}: {detail}");

    public static Cause NotSupported(string field, JsonNode? value, IEnumerable<string> allowed) =>
        new("FieldValueNotSupported", field,
            $"Unsupported value: {Render(value)}: supported values: {string.Join(", ", allowed)}");

    public static Cause TypeInvalid(string field, JsonNode? value, string detail) =>
        new("FieldValueTypeInvalid", field, $"Invalid value: {Render(value)}: {detail}");

    public static Cause Forbidden(string field, string detail) =>
        new("FieldValueForbidden", field, $"Forbidden: {detail}");

    public static Cause TooLong(string field, int max) =>
        new("FieldValueTooLong", field, $"Too long: may not be more than {max} bytes");

    public static Cause TooMany(string field, int actual, int max) =>
        new("FieldValueTooMany", field, $"Too many: {actual}: must have at most {max} items");

    /// <summary>Values print like Go's %#v for the common cases: strings quoted, objects as "object".</summary>
    public static string Render(JsonNode? value) => value switch
    {
        null => "null",
        JsonValue v when v.TryGetValue<string>(out var s) => $"\"{s}\"",
        JsonValue v => v.ToJsonString(),
        JsonArray => "[]interface {}{...}",
        _ => "map[string]interface {}{...}",
    };
}
