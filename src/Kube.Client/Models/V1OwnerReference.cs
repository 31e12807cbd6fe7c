using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>A reference from a dependent object to its owner.</summary>
public sealed class V1OwnerReference
{
    /// <summary>The owner's apiVersion.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>The owner's kind.</summary>
    public string? Kind { get; set; }

    /// <summary>The owner's name.</summary>
    public string? Name { get; set; }

    /// <summary>The owner's uid; the garbage collector matches on it.</summary>
    public string? Uid { get; set; }

    /// <summary>True for the one owner that manages this object.</summary>
    public bool? Controller { get; set; }

    /// <summary>With foreground deletion, the owner waits until this dependent is gone.</summary>
    public bool? BlockOwnerDeletion { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
