using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>Subresources of a custom resource version.</summary>
public sealed class V1CustomResourceSubresources
{
    /// <summary>Present (as <c>{}</c>) when the status subresource is enabled.</summary>
    public JsonElement? Status { get; set; }

    /// <summary>Scale subresource paths, kept raw.</summary>
    public JsonElement? Scale { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
