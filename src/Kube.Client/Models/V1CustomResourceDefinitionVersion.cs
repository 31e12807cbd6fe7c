using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>One version of a custom resource.</summary>
public sealed class V1CustomResourceDefinitionVersion
{
    /// <summary>Version name, e.g. <c>v1alpha1</c>.</summary>
    public string? Name { get; set; }

    /// <summary>Whether the version is served.</summary>
    public bool? Served { get; set; }

    /// <summary>Whether objects are stored in this version (exactly one).</summary>
    public bool? Storage { get; set; }

    /// <summary>The OpenAPI v3 schema.</summary>
    public V1CustomResourceValidation? Schema { get; set; }

    /// <summary>Status and scale subresources.</summary>
    public V1CustomResourceSubresources? Subresources { get; set; }

    /// <summary>kubectl columns, kept raw.</summary>
    public IList<JsonElement>? AdditionalPrinterColumns { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
