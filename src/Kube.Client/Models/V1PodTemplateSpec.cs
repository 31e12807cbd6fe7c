using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>A pod template.</summary>
public sealed class V1PodTemplateSpec
{
    /// <summary>Labels and annotations of the pods.</summary>
    public V1ObjectMeta? Metadata { get; set; }

    /// <summary>Pod specification.</summary>
    public V1PodSpec? Spec { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
