using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>Pod-condition match of a pod failure policy rule.</summary>
public sealed class V1PodFailurePolicyOnPodConditionsPattern
{
    /// <summary>Condition type, e.g. <c>DisruptionTarget</c>.</summary>
    public string? Type { get; set; }

    /// <summary>Required status.</summary>
    public string? Status { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
