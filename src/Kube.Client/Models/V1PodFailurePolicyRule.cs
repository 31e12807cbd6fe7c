using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>One pod failure policy rule.</summary>
public sealed class V1PodFailurePolicyRule
{
    /// <summary><c>FailJob</c>, <c>FailIndex</c>, <c>Ignore</c> or <c>Count</c>.</summary>
    public string? Action { get; set; }

    /// <summary>Match on container exit codes.</summary>
    public V1PodFailurePolicyOnExitCodesRequirement? OnExitCodes { get; set; }

    /// <summary>Match on pod conditions.</summary>
    public IList<V1PodFailurePolicyOnPodConditionsPattern>? OnPodConditions { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
