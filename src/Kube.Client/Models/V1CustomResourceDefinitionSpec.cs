using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>A CRD's definition.</summary>
public sealed class V1CustomResourceDefinitionSpec
{
    /// <summary>API group of the resources.</summary>
    public string? Group { get; set; }

    /// <summary><c>Namespaced</c> or <c>Cluster</c>.</summary>
    public string? Scope { get; set; }

    /// <summary>Plural, singular, kind and short names.</summary>
    public V1CustomResourceDefinitionNames? Names { get; set; }

    /// <summary>Served versions.</summary>
    public IList<V1CustomResourceDefinitionVersion>? Versions { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
