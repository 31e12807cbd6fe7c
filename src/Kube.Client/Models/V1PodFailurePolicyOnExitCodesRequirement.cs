using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>Exit-code match of a pod failure policy rule.</summary>
public sealed class V1PodFailurePolicyOnExitCodesRequirement
{
    /// <summary>Restrict to this container.</summary>
    public string? ContainerName { get; set; }

    /// <summary><c>In</c> or <c>NotIn</c>.</summary>
    [JsonPropertyName("operator")]
    public string? Operator { get; set; }

    /// <summary>Exit codes.</summary>
    public IList<int>? Values { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
