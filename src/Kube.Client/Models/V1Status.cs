using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>The Status object the API server returns for errors and some successes.</summary>
public sealed class V1Status
{
    /// <summary>Always <c>v1</c>.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Always <c>Status</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>List metadata (normally empty).</summary>
    public V1ListMeta? Metadata { get; set; }

    /// <summary><c>Success</c> or <c>Failure</c>.</summary>
    public string? Status { get; set; }

    /// <summary>Human-readable description.</summary>
    public string? Message { get; set; }

    /// <summary>Machine-readable reason, e.g. <c>NotFound</c>, <c>Conflict</c>, <c>Invalid</c>, <c>Expired</c>.</summary>
    public string? Reason { get; set; }

    /// <summary>Extra data about the object and the causes.</summary>
    public V1StatusDetails? Details { get; set; }

    /// <summary>The HTTP status code this Status stands for.</summary>
    public int? Code { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
