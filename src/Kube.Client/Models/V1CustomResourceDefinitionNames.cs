using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>Names of a custom resource.</summary>
public sealed class V1CustomResourceDefinitionNames
{
    /// <summary>Plural resource name (URL segment).</summary>
    public string? Plural { get; set; }

    /// <summary>Singular name.</summary>
    public string? Singular { get; set; }

    /// <summary>Kind.</summary>
    public string? Kind { get; set; }

    /// <summary>Kind of the list.</summary>
    public string? ListKind { get; set; }

    /// <summary>Short names for kubectl.</summary>
    public IList<string>? ShortNames { get; set; }

    /// <summary>Categories, e.g. <c>all</c>.</summary>
    public IList<string>? Categories { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
