using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>Observed state of a pod.</summary>
public sealed class V1PodStatus
{
    /// <summary><c>Pending</c>, <c>Running</c>, <c>Succeeded</c>, <c>Failed</c> or <c>Unknown</c>.</summary>
    public string? Phase { get; set; }

    /// <summary>Brief reason for the phase.</summary>
    public string? Reason { get; set; }

    /// <summary>Human-readable detail.</summary>
    public string? Message { get; set; }

    /// <summary>When the kubelet accepted the pod.</summary>
    public DateTime? StartTime { get; set; }

    /// <summary>Pod conditions.</summary>
    public IList<V1PodCondition>? Conditions { get; set; }

    /// <summary>Container statuses, kept raw.</summary>
    public IList<JsonElement>? ContainerStatuses { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
