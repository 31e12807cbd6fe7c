using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>A batch/v1 Job.</summary>
[KubernetesEntity(Group = "batch", ApiVersion = "v1", Kind = "Job", PluralName = "jobs")]
public sealed class V1Job : IKubernetesObject<V1ObjectMeta>
{
    /// <summary>The group/version of the schema; <c>batch/v1</c>.</summary>
    public string? ApiVersion { get; set; } = "batch/v1";

    /// <summary>The kind; <c>Job</c>.</summary>
    public string? Kind { get; set; } = "Job";

    /// <summary>Standard object metadata.</summary>
    public V1ObjectMeta Metadata { get; set; } = new();

    /// <summary>Desired behaviour.</summary>
    public V1JobSpec? Spec { get; set; }

    /// <summary>Observed state, written by the Job controller.</summary>
    public V1JobStatus? Status { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
