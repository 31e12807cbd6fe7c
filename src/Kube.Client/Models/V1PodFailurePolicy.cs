using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>How a Job treats pod failures.</summary>
public sealed class V1PodFailurePolicy
{
    /// <summary>Rules, evaluated in order.</summary>
    public IList<V1PodFailurePolicyRule>? Rules { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
