using System.Text.Json;
using System.Text.Json.Serialization;

namespace Kube.Client.Models;

/// <summary>Pod specification (the fields this project uses; all others are kept as extension data).</summary>
public sealed class V1PodSpec
{
    /// <summary>The containers.</summary>
    public IList<V1Container>? Containers { get; set; }

    /// <summary>Init containers.</summary>
    public IList<V1Container>? InitContainers { get; set; }

    /// <summary><c>Always</c>, <c>OnFailure</c> or <c>Never</c>.</summary>
    public string? RestartPolicy { get; set; }

    /// <summary>Service account the pod runs as.</summary>
    public string? ServiceAccountName { get; set; }

    /// <summary>Node the pod is bound to.</summary>
    public string? NodeName { get; set; }

    /// <summary>Grace period for termination.</summary>
    public long? TerminationGracePeriodSeconds { get; set; }

    /// <summary>Fields this model does not define, kept so a read-modify-write sends them back unchanged.</summary>
    [JsonExtensionData]
    public IDictionary<string, JsonElement>? ExtensionData { get; set; }
}
