using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>A core/v1 Namespace (cluster-scoped).</summary>
[KubernetesEntity(Group = "", ApiVersion = "v1", Kind = "Namespace", PluralName = "namespaces")]
public sealed class V1Namespace : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>The group/version of the schema; <c>v1</c>.</summary>
    public string? ApiVersion { get; set; } = "v1";

    /// <summary>The kind; <c>Namespace</c>.</summary>
    public string? Kind { get; set; } = "Namespace";

    /// <summary>Standard object metadata.</summary>
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>Spec (finalizers), kept raw.</summary>
    public JsonElement? Spec { get; set; }

    /// <summary>Status (phase), kept raw.</summary>
    public JsonElement? Status { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
