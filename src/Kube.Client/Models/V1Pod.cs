using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>A core/v1 Pod (read by this project, not written).</summary>
[KubernetesEntity(Group = "", ApiVersion = "v1", Kind = "Pod", PluralName = "pods")]
public sealed class V1Pod : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>The group/version of the schema; <c>v1</c>.</summary>
    public string? ApiVersion { get; set; } = "v1";

    /// <summary>The kind; <c>Pod</c>.</summary>
    public string? Kind { get; set; } = "Pod";

    /// <summary>Standard object metadata.</summary>
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>Pod specification.</summary>
    public V1PodSpec? Spec { get; set; }

    /// <summary>Observed state.</summary>
    public V1PodStatus? Status { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
