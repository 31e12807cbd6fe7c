using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>Options of a DELETE request.</summary>
public sealed class V1DeleteOptions
{
    /// <summary><c>v1</c>.</summary>
    public string? ApiVersion { get; set; }

    /// <summary><c>DeleteOptions</c>.</summary>
    public string? Kind { get; set; }

    /// <summary><c>Orphan</c>, <c>Background</c> or <c>Foreground</c>.</summary>
    public string? PropagationPolicy { get; set; }

    /// <summary>Grace period; 0 deletes immediately.</summary>
    public long? GracePeriodSeconds { get; set; }

    /// <summary>Conditions the stored object must meet.</summary>
    public V1Preconditions? Preconditions { get; set; }

    /// <summary><c>All</c> to validate without persisting.</summary>
    public IList<string>? DryRun { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
