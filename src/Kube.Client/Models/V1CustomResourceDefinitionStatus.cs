using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>Status of a CRD, written by the server.</summary>
public sealed class V1CustomResourceDefinitionStatus
{
    /// <summary>NamesAccepted, Established, …</summary>
    public IList<V1CustomResourceDefinitionCondition>? Conditions { get; set; }

    /// <summary>Names the server accepted.</summary>
    public V1CustomResourceDefinitionNames? AcceptedNames { get; set; }

    /// <summary>Versions objects were ever stored in.</summary>
    public IList<string>? StoredVersions { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
