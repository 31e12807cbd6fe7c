using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>Validation of a custom resource version.</summary>
public sealed class V1CustomResourceValidation
{
    /// <summary>The structural schema, kept raw.</summary>
    [JsonPropertyName("openAPIV3Schema")]
    public JsonElement? OpenAPIV3Schema { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
