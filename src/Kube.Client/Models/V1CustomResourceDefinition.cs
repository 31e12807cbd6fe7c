using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>An apiextensions.k8s.io/v1 CustomResourceDefinition (cluster-scoped).</summary>
[KubernetesEntity(Group = "apiextensions.k8s.io", ApiVersion = "v1", Kind = "CustomResourceDefinition", PluralName = "customresourcedefinitions")]
public sealed class V1CustomResourceDefinition : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>The group/version of the schema; <c>apiextensions.k8s.io/v1</c>.</summary>
    public string? ApiVersion { get; set; } = "apiextensions.k8s.io/v1";

    /// <summary>The kind; <c>CustomResourceDefinition</c>.</summary>
    public string? Kind { get; set; } = "CustomResourceDefinition";

    /// <summary>Standard object metadata.</summary>
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>The definition.</summary>
    public V1CustomResourceDefinitionSpec? Spec { get; set; }

    /// <summary>Written by the server: accepted names, conditions.</summary>
    public V1CustomResourceDefinitionStatus? Status { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
