using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>The component that reported a core/v1 Event.</summary>
public sealed class V1EventSource
{
    /// <summary>Component name.</summary>
    public string? Component { get; set; }

    /// <summary>Node name.</summary>
    public string? Host { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
