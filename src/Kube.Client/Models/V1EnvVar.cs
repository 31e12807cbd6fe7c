using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>An environment variable of a container.</summary>
public sealed class V1EnvVar
{
    /// <summary>Variable name.</summary>
    public string? Name { get; set; }

    /// <summary>Literal value.</summary>
    public string? Value { get; set; }

    /// <summary>Source of the value (secret, config map, field), kept raw.</summary>
    public JsonElement? ValueFrom { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
