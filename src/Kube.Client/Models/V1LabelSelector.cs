using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>A label query: matchLabels AND every matchExpressions requirement.</summary>
public sealed class V1LabelSelector
{
    /// <summary>Labels that must equal these values.</summary>
    public IDictionary<string, string>? MatchLabels { get; set; }

    /// <summary>Set-based requirements.</summary>
    public IList<V1LabelSelectorRequirement>? MatchExpressions { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
