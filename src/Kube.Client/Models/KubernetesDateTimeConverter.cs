using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>
/// Reads RFC 3339 timestamps of any precision and writes <c>metav1.Time</c>: UTC with second
/// precision (<c>2025-03-01T10:15:30Z</c>), the form the API server stores and returns.
/// </summary>
public sealed class KubernetesDateTimeConverter : JsonConverter<DateTime>
{
    /// <inheritdoc/>
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        ParseRfc3339(reader.GetString());

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(ToUniversal(value).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
    }

    internal static DateTime ParseRfc3339(string? text)
    {
        if (string.IsNullOrEmpty(text))
            throw new JsonException("Expected an RFC 3339 timestamp, found an empty string.");
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            throw new JsonException($"'{text}' is not an RFC 3339 timestamp.");
        return parsed.UtcDateTime;
    }

    // Unspecified kinds are taken as UTC: the wire has no notion of local time.
    internal static DateTime ToUniversal(DateTime value) => value.Kind switch
    {
        DateTimeKind.Local => value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value, DateTimeKind.Utc),
        _ => value,
    };
}
