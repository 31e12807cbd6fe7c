using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>Observed state of a Job.</summary>
public sealed class V1JobStatus
{
    /// <summary>Pods running.</summary>
    public int? Active { get; set; }

    /// <summary>Pods with the Ready condition.</summary>
    public int? Ready { get; set; }

    /// <summary>Pods that succeeded.</summary>
    public int? Succeeded { get; set; }

    /// <summary>Pods that failed.</summary>
    public int? Failed { get; set; }

    /// <summary>Pods being deleted.</summary>
    public int? Terminating { get; set; }

    /// <summary>When the Job started.</summary>
    public DateTime? StartTime { get; set; }

    /// <summary>When the Job completed (success only).</summary>
    public DateTime? CompletionTime { get; set; }

    /// <summary>Completed indexes as an interval list, e.g. <c>1,3-5</c>.</summary>
    public string? CompletedIndexes { get; set; }

    /// <summary>Failed indexes as an interval list.</summary>
    public string? FailedIndexes { get; set; }

    /// <summary>Complete, Failed, Suspended, FailureTarget, SuccessCriteriaMet.</summary>
    public IList<V1JobCondition>? Conditions { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
