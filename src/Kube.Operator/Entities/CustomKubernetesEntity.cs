using System.Text.Json;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Kube.Operator.Entities;

/// <summary>
/// Base of our own resources (KubeOps' <c>CustomKubernetesEntity</c>): apiVersion and kind come from the
/// type's <see cref="KubernetesEntityAttribute"/>; fields we do not model survive a read-modify-write.
/// </summary>
public abstract class CustomKubernetesEntity : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>Sets apiVersion and kind from the type's attribute.</summary>
    protected CustomKubernetesEntity()
    {
        var type = EntityMetadata.Of(GetType());
        ApiVersion = type.ApiVersion;
        Kind = type.Kind;
    }

    /// <inheritdoc/>
    [JsonPropertyName("apiVersion")]
    public string ApiVersion { get; set; }

    /// <inheritdoc/>
    [JsonPropertyName("kind")]
    public string Kind { get; set; }

    /// <inheritdoc/>
    [JsonPropertyName("metadata")]
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>Fields the model does not declare, kept as they came.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
