using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>A core/v1 Secret.</summary>
[KubernetesEntity(Group = "", ApiVersion = "v1", Kind = "Secret", PluralName = "secrets")]
public sealed class V1Secret : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>The group/version of the schema; <c>v1</c>.</summary>
    public string? ApiVersion { get; set; } = "v1";

    /// <summary>The kind; <c>Secret</c>.</summary>
    public string? Kind { get; set; } = "Secret";

    /// <summary>Standard object metadata.</summary>
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>Values (base64 on the wire).</summary>
    public IDictionary<string, byte[]>? Data { get; set; }

    /// <summary>Write-only plain values merged into Data by the server.</summary>
    public IDictionary<string, string>? StringData { get; set; }

    /// <summary>Secret type, e.g. <c>Opaque</c>.</summary>
    public string? Type { get; set; }

    /// <summary>True forbids changes to the data.</summary>
    public bool? Immutable { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
