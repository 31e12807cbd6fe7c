using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>
/// <c>metav1.MicroTime</c> (Lease acquire/renew times, events.k8s.io event times): UTC with exactly six
/// fractional digits, <c>2025-03-01T10:15:30.123456Z</c>.
/// </summary>
public sealed class MicroTimeConverter : JsonConverter<DateTime?>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? null : KubernetesDateTimeConverter.ParseRfc3339(reader.GetString());

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (value is not { } time)
        {
            writer.WriteNullValue();
            return;
        }
        writer.WriteStringValue(KubernetesDateTimeConverter.ToUniversal(time)
            .ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture));
    }
}
