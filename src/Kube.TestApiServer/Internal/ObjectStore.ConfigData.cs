using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kube.TestApiServer.Internal;

internal sealed partial class ObjectStore
{
    private const int MaxConfigDataBytes = 1024 * 1024;

    /// <summary>
    /// What the real server does to a Secret while decoding it, before validation: <c>stringData</c>
    /// is folded into <c>data</c> (base64 of its UTF-8, a stringData key wins over the same data key)
    /// and never stored; <c>data</c> values must be base64 (else 400, as JSON decoding of []byte
    /// fails); <c>type</c> defaults to Opaque.
    /// </summary>
    private static void DecodeSecret(JsonObject obj)
    {
        var data = obj["data"] as JsonObject;
        if (data is not null)
            foreach (var (key, value) in data)
            {
                var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
                var badByte = 0;
                if (text is null || !IsBase64(text, out badByte))
                    throw Errors.BadRequest($"Secret in version \"v1\" cannot be handled as a Secret: illegal base64 data at input byte {badByte} (data[{key}])");
            }
        if (obj["stringData"] is JsonObject stringData)
        {
            data ??= [];
            foreach (var (key, value) in stringData)
            {
                var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
                data[key] = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
            }
            obj["data"] = data;
        }
        obj.Remove("stringData");
        if (string.IsNullOrEmpty(obj.Str("type"))) obj["type"] = "Opaque";
    }

    /// <summary>Config keys of ConfigMaps and Secrets (<c>data</c>, <c>binaryData</c>) and their total size.</summary>
    private static void ValidateConfigData(ResourceType type, JsonObject obj, List<Cause> causes)
    {
        var fields = type == ResourceRegistry.Secrets ? new[] { "data" } : ["data", "binaryData"];
        var total = 0L;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (obj[field] is not JsonObject entries) continue;
            foreach (var (key, value) in entries)
            {
                if (!ConfigKey().IsMatch(key))
                    causes.Add(Cause.Invalid($"{field}[{key}]", key,
                        "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')"));
                if (!seen.Add(key))
                    causes.Add(Cause.Invalid($"{field}[{key}]", key, "duplicate of key present in data"));
                var text = value is JsonValue v && v.TryGetValue<string>(out var s) ? s : "";
                total += type == ResourceRegistry.Secrets || field == "binaryData" ? text.Length / 4 * 3 : Encoding.UTF8.GetByteCount(text);
            }
        }
        if (total > MaxConfigDataBytes)
            causes.Add(new Cause("FieldValueTooLong", fields[0], $"Too long: must have at most {MaxConfigDataBytes} bytes"));
    }

    private static bool IsBase64(string text, out int badByte)
    {
        badByte = 0;
        var buffer = new byte[text.Length];
        if (Convert.TryFromBase64String(text, buffer, out _)) return true;
        for (var i = 0; i < text.Length; i++)
            if (!(char.IsAsciiLetterOrDigit(text[i]) || text[i] is '+' or '/' or '='))
            {
                badByte = i;
                return false;
            }
        badByte = text.Length;
        return false;
    }

    [GeneratedRegex("^[-._a-zA-Z0-9]+$")]
    private static partial Regex ConfigKey();
}
