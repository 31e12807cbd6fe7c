using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>Details of a Status: which object, and the field-level causes.</summary>
public sealed class V1StatusDetails
{
    /// <summary>Name of the object concerned.</summary>
    public string? Name { get; set; }

    /// <summary>API group of the object.</summary>
    public string? Group { get; set; }

    /// <summary>Kind or plural resource of the object (the server uses both).</summary>
    public string? Kind { get; set; }

    /// <summary>Uid of the object.</summary>
    public string? Uid { get; set; }

    /// <summary>Field-level causes (validation errors, apply conflicts).</summary>
    public IList<V1StatusCause>? Causes { get; set; }

    /// <summary>Seconds to wait before retrying, for throttling and timeouts.</summary>
    public int? RetryAfterSeconds { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
