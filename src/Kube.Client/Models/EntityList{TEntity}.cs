using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>A list response: one page of items and the list metadata (resourceVersion, continue token).</summary>
/// <typeparam name="TEntity">The item type.</typeparam>
public sealed class EntityList<TEntity>
{
    /// <summary>The list's apiVersion.</summary>
    public string? ApiVersion { get; set; }

    /// <summary>The list's kind, e.g. <c>JobList</c>.</summary>
    public string? Kind { get; set; }

    /// <summary>resourceVersion of the snapshot and the continue token.</summary>
    public V1ListMeta Metadata { get; set; } = new();

    /// <summary>The items (built-in kinds omit apiVersion/kind on items; the models default them).</summary>
    public IList<TEntity> Items { get; set; } = [];

    /// <summary>Fields this model does not define.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
