using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Kube.TestApiServer.Internal;

/// <summary>
/// Structural OpenAPI v3 schema handling of apiextensions-apiserver for custom resources: defaulting,
/// pruning of unknown fields (recording their paths), and validation into causes whose field paths
/// read like <c>spec.foo</c> / <c>spec.items[0].name</c> and whose messages follow kube-openapi.
/// </summary>
internal static class SchemaValidator
{
    private static readonly HashSet<string> RootKeys = ["apiVersion", "kind", "metadata"];

    /// <summary>Defaults, prunes and validates a whole custom resource in place.</summary>
    public static void Apply(JsonObject obj, JsonObject schema, List<Cause> causes, List<string> pruned)
    {
        // The root's apiVersion, kind and metadata are handled by the generic machinery, not the schema.
        var properties = schema["properties"] as JsonObject;
        ApplyDefaults(obj, properties);
        foreach (var (key, value) in obj.ToList())
        {
            if (RootKeys.Contains(key)) continue;
            if (properties?[key] is JsonObject propertySchema)
                Check(value, propertySchema, key, causes, pruned, replacement => obj[key] = replacement);
            else if (!PreservesUnknown(schema))
            {
                obj.Remove(key);
                pruned.Add(key);
            }
        }
        CheckRequired(obj, schema, "", causes);
    }

    private static bool PreservesUnknown(JsonObject schema) =>
        schema["x-kubernetes-preserve-unknown-fields"] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static bool Flag(JsonObject schema, string name) =>
        schema[name] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static void ApplyDefaults(JsonObject obj, JsonObject? properties)
    {
        if (properties is null) return;
        foreach (var (key, propertySchema) in properties)
            if (!obj.ContainsKey(key) && propertySchema?["default"] is { } def)
                obj[key] = def.DeepClone();
    }

    private static void CheckRequired(JsonObject obj, JsonObject schema, string path, List<Cause> causes)
    {
        if (schema["required"] is not JsonArray required) return;
        foreach (var name in required.Select(r => r?.GetValue<string>() ?? ""))
            if (!obj.ContainsKey(name))
                causes.Add(Cause.Required(Join(path, name)));
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static void Check(JsonNode? value, JsonObject schema, string path, List<Cause> causes, List<string> pruned, Action<JsonNode?> replace)
    {
        if (value is null)
        {
            // Go's JSON decoding drops explicit nulls of non-nullable fields (pruning), it does not reject them.
            if (!Flag(schema, "nullable")) replace(null);
            return;
        }
        if (Flag(schema, "x-kubernetes-int-or-string"))
        {
            if (!IsInteger(value) && !IsString(value))
                causes.Add(TypeError(path, value, "integer-or-string"));
            else CheckScalarConstraints(value, schema, path, causes);
            return;
        }
        var type = schema.Str("type");
        if (type is not null && !HasType(value, type))
        {
            causes.Add(TypeError(path, value, type));
            return;
        }
        CheckEnum(value, schema, path, causes);
        switch (value)
        {
            case JsonObject obj:
                CheckObject(obj, schema, path, causes, pruned);
                break;
            case JsonArray array:
                CheckArray(array, schema, path, causes, pruned);
                break;
            default:
                CheckScalarConstraints(value, schema, path, causes);
                break;
        }
    }

    private static void CheckObject(JsonObject obj, JsonObject schema, string path, List<Cause> causes, List<string> pruned)
    {
        var properties = schema["properties"] as JsonObject;
        var additional = schema["additionalProperties"];
        var embedded = Flag(schema, "x-kubernetes-embedded-resource");
        ApplyDefaults(obj, properties);
        foreach (var (key, child) in obj.ToList())
        {
            var childPath = Join(path, key);
            if (properties?[key] is JsonObject childSchema)
                Check(child, childSchema, childPath, causes, pruned, r => obj[key] = r);
            else if (additional is JsonObject additionalSchema)
                Check(child, additionalSchema, childPath, causes, pruned, r => obj[key] = r);
            else if (embedded && key is "apiVersion" or "kind" or "metadata")
                continue;
            else if (!PreservesUnknown(schema) && !(additional is JsonValue a && a.TryGetValue<bool>(out var allow) && allow))
            {
                obj.Remove(key);
                pruned.Add(childPath);
            }
        }
        CheckRequired(obj, schema, path, causes);
        if (schema["minProperties"] is JsonValue minP && obj.Count < minP.GetValue<int>())
            causes.Add(Cause.Invalid(path, JsonValue.Create(obj.Count), $"{path} in body should have at least {minP} properties"));
        if (schema["maxProperties"] is JsonValue maxP && obj.Count > maxP.GetValue<int>())
            causes.Add(new Cause("FieldValueTooMany", path, $"Too many: {obj.Count}: must have at most {maxP} items"));
    }

    private static void CheckArray(JsonArray array, JsonObject schema, string path, List<Cause> causes, List<string> pruned)
    {
        if (schema["items"] is JsonObject itemSchema)
            for (var i = 0; i < array.Count; i++)
            {
                var index = i;
                Check(array[i], itemSchema, $"{path}[{i}]", causes, pruned, r => array[index] = r);
            }
        if (schema["minItems"] is JsonValue min && array.Count < min.GetValue<int>())
            causes.Add(Cause.Invalid(path, JsonValue.Create(array.Count), $"{path} in body should have at least {min} items"));
        if (schema["maxItems"] is JsonValue max && array.Count > max.GetValue<int>())
            causes.Add(Cause.TooMany(path, array.Count, max.GetValue<int>()));
    }

    private static void CheckEnum(JsonNode value, JsonObject schema, string path, List<Cause> causes)
    {
        if (schema["enum"] is not JsonArray allowed) return;
        if (allowed.Any(a => JsonNode.DeepEquals(a, value))) return;
        causes.Add(Cause.NotSupported(path, value, allowed.Select(a => a is JsonValue v && v.TryGetValue<string>(out var s) ? $"\"{s}\"" : a?.ToJsonString() ?? "null")));
    }

    private static void CheckScalarConstraints(JsonNode value, JsonObject schema, string path, List<Cause> causes)
    {
        if (value is JsonValue v && v.GetValueKind() == JsonValueKind.Number)
        {
            var number = v.GetValue<double>();
            var exclusiveMin = Flag(schema, "exclusiveMinimum");
            var exclusiveMax = Flag(schema, "exclusiveMaximum");
            if (schema["minimum"] is JsonValue min)
            {
                var m = min.GetValue<double>();
                if (exclusiveMin ? number <= m : number < m)
                    causes.Add(Cause.Invalid(path, value, $"{path} in body should be greater than {(exclusiveMin ? "" : "or equal to ")}{Format(m)}"));
            }
            if (schema["maximum"] is JsonValue max)
            {
                var m = max.GetValue<double>();
                if (exclusiveMax ? number >= m : number > m)
                    causes.Add(Cause.Invalid(path, value, $"{path} in body should be less than {(exclusiveMax ? "" : "or equal to ")}{Format(m)}"));
            }
            if (schema["multipleOf"] is JsonValue multiple)
            {
                var m = multiple.GetValue<double>();
                if (m != 0 && Math.Abs(Math.IEEERemainder(number, m)) > 1e-9)
                    causes.Add(Cause.Invalid(path, value, $"{path} in body should be a multiple of {Format(m)}"));
            }
        }
        if (value is JsonValue sv && sv.TryGetValue<string>(out var text))
        {
            // Go counts runes (code points), not UTF-16 units.
            var length = text.EnumerateRunes().Count();
            if (schema["minLength"] is JsonValue minLength && length < minLength.GetValue<int>())
                causes.Add(Cause.Invalid(path, value, $"{path} in body should be at least {minLength} chars long"));
            if (schema["maxLength"] is JsonValue maxLength && length > maxLength.GetValue<int>())
                causes.Add(Cause.TooLong(path, maxLength.GetValue<int>()));
            if (schema.Str("pattern") is { } pattern && !Regex.IsMatch(text, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
                causes.Add(Cause.Invalid(path, value, $"{path} in body should match '{pattern}'"));
        }
    }

    private static string Format(double d) => d.ToString(CultureInfo.InvariantCulture);

    private static Cause TypeError(string path, JsonNode value, string expected)
    {
        var actual = TypeName(value);
        return Cause.TypeInvalid(path, JsonValue.Create(actual), $"{path} in body must be of type {expected}: \"{actual}\"");
    }

    private static string TypeName(JsonNode value) => value switch
    {
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v => v.GetValueKind() switch
        {
            JsonValueKind.String => "string",
            JsonValueKind.True or JsonValueKind.False => "boolean",
            JsonValueKind.Number => IsInteger(v) ? "integer" : "number",
            _ => "null",
        },
        _ => "null",
    };

    private static bool IsString(JsonNode value) => value is JsonValue v && v.GetValueKind() == JsonValueKind.String;

    private static bool IsInteger(JsonNode value) =>
        value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && v.GetValue<double>() is var d && Math.Floor(d) == d && !double.IsInfinity(d);

    private static bool HasType(JsonNode value, string type) => type switch
    {
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => IsString(value),
        "integer" => IsInteger(value),
        "number" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number,
        "boolean" => value is JsonValue b && b.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        _ => true,
    };
}
