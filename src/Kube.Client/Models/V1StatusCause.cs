using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>One cause of a Status error.</summary>
public sealed class V1StatusCause
{
    /// <summary>Machine-readable cause, e.g. <c>FieldValueRequired</c>.</summary>
    public string? Reason { get; set; }

    /// <summary>Human-readable description.</summary>
    public string? Message { get; set; }

    /// <summary>The field concerned, e.g. <c>spec.replicas</c>.</summary>
    public string? Field { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
