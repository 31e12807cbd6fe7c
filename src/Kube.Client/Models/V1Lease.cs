using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>A coordination.k8s.io/v1 Lease, used for leader election.</summary>
[KubernetesEntity(Group = "coordination.k8s.io", ApiVersion = "v1", Kind = "Lease", PluralName = "leases")]
public sealed class V1Lease : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>The group/version of the schema; <c>coordination.k8s.io/v1</c>.</summary>
    public string? ApiVersion { get; set; } = "coordination.k8s.io/v1";

    /// <summary>The kind; <c>Lease</c>.</summary>
    public string? Kind { get; set; } = "Lease";

    /// <summary>Standard object metadata.</summary>
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>The lease record.</summary>
    public V1LeaseSpec? Spec { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
