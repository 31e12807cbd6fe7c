using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using k8s.Models;
using Kube.Operator.Entities.Attributes;

namespace Kube.Operator.Crds;

/// <summary>
/// Turns .NET types into structural OpenAPI v3 schemas: every node has a <c>type</c> (or preserves
/// unknown fields), property names as <see cref="k8s.KubernetesJson"/> writes them, and the
/// constraints of the attributes in <see cref="Entities.Attributes"/>.
/// </summary>
internal static class SchemaBuilder
{
    public static JsonObject ForType(Type type, ICustomAttributeProvider? property, HashSet<Type> visiting)
    {
        var schema = ForTypeOnly(Nullable.GetUnderlyingType(type) ?? type, visiting);
        if (property is not null) ApplyAttributes(schema, property);
        return schema;
    }

    /// <summary>The JSON name of a property (camelCase unless <see cref="JsonPropertyNameAttribute"/> says otherwise).</summary>
    public static string JsonName(PropertyInfo property) =>
        property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name);

    /// <summary>The properties that appear in JSON, in declaration order.</summary>
    public static IEnumerable<PropertyInfo> SchemaProperties(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.GetMethod is not null)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is null && p.GetCustomAttribute<IgnoreAttribute>() is null
                && p.GetCustomAttribute<JsonExtensionDataAttribute>() is null)
            .OrderBy(p => p.MetadataToken);

    private static JsonObject ForTypeOnly(Type type, HashSet<Type> visiting)
    {
        if (type == typeof(string)) return Typed("string");
        if (type == typeof(bool)) return Typed("boolean");
        if (type == typeof(int) || type == typeof(short) || type == typeof(byte) || type == typeof(ushort))
            return Typed("integer", "int32");
        if (type == typeof(long) || type == typeof(uint) || type == typeof(ulong)) return Typed("integer", "int64");
        if (type == typeof(double) || type == typeof(decimal)) return Typed("number", "double");
        if (type == typeof(float)) return Typed("number", "float");
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset)) return Typed("string", "date-time");
        if (type.IsEnum) return EnumSchema(type);
        if (type == typeof(JsonElement) || type == typeof(JsonNode) || type == typeof(JsonObject) || type == typeof(object))
            return new JsonObject { ["x-kubernetes-preserve-unknown-fields"] = true };
        if (type == typeof(V1ObjectMeta)) return Typed("object");
        if (DictionaryValueType(type) is { } valueType)
            return new JsonObject { ["type"] = "object", ["additionalProperties"] = ForType(valueType, null, visiting) };
        if (EnumerableItemType(type) is { } itemType)
            return new JsonObject { ["type"] = "array", ["items"] = ForType(itemType, null, visiting) };
        return ObjectSchema(type, visiting);
    }

    private static JsonObject ObjectSchema(Type type, HashSet<Type> visiting)
    {
        if (!visiting.Add(type))
            throw new InvalidOperationException($"{type.Name} refers to itself; structural CRD schemas cannot be recursive.");
        try
        {
            var schema = new JsonObject { ["type"] = "object" };
            if (type.GetCustomAttribute<DescriptionAttribute>() is { } description) schema["description"] = description.Description;
            var properties = new JsonObject();
            var required = new JsonArray();
            foreach (var property in SchemaProperties(type))
            {
                var name = JsonName(property);
                properties[name] = ForType(property.PropertyType, property, visiting);
                if (property.GetCustomAttribute<RequiredAttribute>() is not null) required.Add(name);
            }
            if (properties.Count > 0) schema["properties"] = properties;
            if (required.Count > 0) schema["required"] = required;
            return schema;
        }
        finally
        {
            visiting.Remove(type);
        }
    }

    private static JsonObject EnumSchema(Type type)
    {
        // Without a string converter System.Text.Json writes numbers, which the schema would then reject.
        if (type.GetCustomAttribute<JsonConverterAttribute>() is null)
            throw new InvalidOperationException(
                $"Enum {type.Name} needs [JsonConverter(typeof(JsonStringEnumConverter<{type.Name}>))] so it is written as the names the CRD lists.");
        var values = new JsonArray();
        foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
            values.Add(field.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? field.Name);
        var schema = Typed("string");
        schema["enum"] = values;
        return schema;
    }

    private static void ApplyAttributes(JsonObject schema, ICustomAttributeProvider property)
    {
        T? Get<T>() where T : Attribute => property.GetCustomAttributes(typeof(T), false).OfType<T>().FirstOrDefault();
        if (Get<DescriptionAttribute>() is { } description) schema["description"] = description.Description;
        if (Get<PatternAttribute>() is { } pattern) schema["pattern"] = pattern.RegexPattern;
        if (Get<LengthAttribute>() is { } length)
        {
            if (length.MinLength >= 0) schema["minLength"] = length.MinLength;
            if (length.MaxLength >= 0) schema["maxLength"] = length.MaxLength;
        }
        if (Get<ItemsAttribute>() is { } items)
        {
            if (items.MinItems >= 0) schema["minItems"] = items.MinItems;
            if (items.MaxItems >= 0) schema["maxItems"] = items.MaxItems;
        }
        if (Get<RangeMinimumAttribute>() is { } minimum)
        {
            schema["minimum"] = Number(minimum.Minimum);
            if (minimum.ExclusiveMinimum) schema["exclusiveMinimum"] = true;
        }
        if (Get<RangeMaximumAttribute>() is { } maximum)
        {
            schema["maximum"] = Number(maximum.Maximum);
            if (maximum.ExclusiveMaximum) schema["exclusiveMaximum"] = true;
        }
        if (Get<System.ComponentModel.DefaultValueAttribute>() is { Value: { } value })
            schema["default"] = value is Enum ? JsonValue.Create(value.ToString()) : JsonSerializer.SerializeToNode(value);
        if (Get<PreserveUnknownFieldsAttribute>() is not null) schema["x-kubernetes-preserve-unknown-fields"] = true;
        if (Get<ListMapKeysAttribute>() is { } mapKeys && schema["items"] is JsonObject itemSchema)
        {
            schema["x-kubernetes-list-type"] = "map";
            schema["x-kubernetes-list-map-keys"] = new JsonArray([.. mapKeys.Keys.Select(k => (JsonNode)k)]);
            // The API server insists that map keys are required (or defaulted) in the item schema.
            var required = itemSchema["required"] as JsonArray ?? [];
            foreach (var key in mapKeys.Keys)
                if (!required.Any(r => r?.GetValue<string>() == key)) required.Add(key);
            itemSchema["required"] = required;
        }
    }

    private static JsonValue Number(double value) =>
        Math.Floor(value) == value && Math.Abs(value) < 1e15 ? JsonValue.Create((long)value) : JsonValue.Create(value);

    private static JsonObject Typed(string type, string? format = null)
    {
        var schema = new JsonObject { ["type"] = type };
        if (format is not null) schema["format"] = format;
        return schema;
    }

    private static Type? DictionaryValueType(Type type)
    {
        var dictionary = type.IsGenericType && type.GetGenericTypeDefinition() is var d
            && (d == typeof(IDictionary<,>) || d == typeof(Dictionary<,>) || d == typeof(IReadOnlyDictionary<,>))
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IDictionary<,>));
        if (dictionary is null) return null;
        var args = dictionary.GetGenericArguments();
        return args[0] == typeof(string) ? args[1] : throw new InvalidOperationException($"{type.Name}: map keys must be strings.");
    }

    private static Type? EnumerableItemType(Type type)
    {
        if (type.IsArray) return type.GetElementType();
        if (!typeof(IEnumerable).IsAssignableFrom(type)) return null;
        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }
}
