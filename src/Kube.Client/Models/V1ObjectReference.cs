using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>A reference to another object.</summary>
public sealed class V1ObjectReference
{
    /// <summary>apiVersion of the referent.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>Kind of the referent.</summary>
    public string? Kind { get; set; }

    /// <summary>Name of the referent.</summary>
    public string? Name { get; set; }

    /// <summary>Namespace of the referent.</summary>
    [JsonPropertyName("namespace")]
    public string? NamespaceProperty { get; set; }

    /// <summary>Uid of the referent.</summary>
    public string? Uid { get; set; }

    /// <summary>resourceVersion of the referent.</summary>
    public string? ResourceVersion { get; set; }

    /// <summary>A field within the referent.</summary>
    public string? FieldPath { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
