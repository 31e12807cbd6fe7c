using System.Text.Json;
using System.Text.Json.Serialization;
using Kube.Client.Models;

namespace Kube.Client;

/// <summary>
/// The JSON conventions of the Kubernetes API: camelCase names, nulls omitted, RFC 3339 timestamps.
/// Every model keeps unknown fields in its extension data, so values survive a round trip.
/// </summary>
public static class KubernetesJson
{
    /// <summary>The serializer options every request and response of this client uses.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serializes <paramref name="value"/> to compact JSON.</summary>
    /// <param name="value">The object to serialize.</param>
    /// <returns>The JSON text.</returns>
    public static string Serialize(object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return JsonSerializer.Serialize(value, value.GetType(), Options);
    }

    /// <summary>Deserializes JSON text into <typeparamref name="TValue"/>.</summary>
    /// <typeparam name="TValue">The target type.</typeparam>
    /// <param name="json">The JSON text.</param>
    /// <returns>The value; throws <see cref="JsonException"/> for malformed or null input.</returns>
    public static TValue Deserialize<TValue>(string json) =>
        JsonSerializer.Deserialize<TValue>(json, Options)
        ?? throw new JsonException($"Expected a {typeof(TValue).Name} but the JSON was null.");

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            NumberHandling = JsonNumberHandling.Strict,
        };
        options.Converters.Add(new KubernetesDateTimeConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
