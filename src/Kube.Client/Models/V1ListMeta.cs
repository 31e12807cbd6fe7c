using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>Metadata of a list response.</summary>
public sealed class V1ListMeta
{
    /// <summary>The version the list is a snapshot of; start a watch from here.</summary>
    public string? ResourceVersion { get; set; }

    /// <summary>Token for the next page, empty on the last page.</summary>
    [JsonPropertyName("continue")]
    public string? Continue { get; set; }

    /// <summary>Estimate of the items after this page, when the server knows it.</summary>
    public long? RemainingItemCount { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
