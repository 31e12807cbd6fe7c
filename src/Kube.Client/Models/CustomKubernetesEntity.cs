using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>
/// Base of our own custom resources (KubeOps' shape): apiVersion, kind and metadata. Derive from
/// <see cref="CustomKubernetesEntity{TSpec}"/> or <see cref="CustomKubernetesEntity{TSpec, TStatus}"/> and
/// mark the class with <see cref="KubernetesEntityAttribute"/>.
/// </summary>
public abstract class CustomKubernetesEntity : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>Sets apiVersion and kind from the class's <see cref="KubernetesEntityAttribute"/>.</summary>
    protected CustomKubernetesEntity()
    {
        var type = Http.ResourceType.Of(GetType());
        ApiVersion = type.ApiVersion;
        Kind = type.Kind;
    }

    /// <inheritdoc/>
    public string? ApiVersion { get; set; }

    /// <inheritdoc/>
    public string? Kind { get; set; }

    /// <inheritdoc/>
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>Fields the class does not define, kept across a read-modify-write.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
