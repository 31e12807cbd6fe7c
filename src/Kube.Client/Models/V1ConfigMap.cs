using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>A core/v1 ConfigMap.</summary>
[KubernetesEntity(Group = "", ApiVersion = "v1", Kind = "ConfigMap", PluralName = "configmaps")]
public sealed class V1ConfigMap : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>The group/version of the schema; <c>v1</c>.</summary>
    public string? ApiVersion { get; set; } = "v1";

    /// <summary>The kind; <c>ConfigMap</c>.</summary>
    public string? Kind { get; set; } = "ConfigMap";

    /// <summary>Standard object metadata.</summary>
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>UTF-8 values.</summary>
    public IDictionary<string, string>? Data { get; set; }

    /// <summary>Binary values (base64 on the wire).</summary>
    public IDictionary<string, byte[]>? BinaryData { get; set; }

    /// <summary>True forbids changes to the data.</summary>
    public bool? Immutable { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
